// contribute: what a mounted component adds to every session while it lives.
import type { CrispClient, CrispContribution, CrispContributionHandle } from '../client/types';
import type { Kit } from '../client/kit';
import { activeKit } from '../client/kit';
import { isObject } from '../protocol/guards';
import { acceptedPairs } from './want';
import { refusalOf } from '../development/refusal-of';
import { reconcile } from './visitor';

const inert: CrispContributionHandle = Object.assign(() => {}, { update() {} });

/** A copy of what Crisp accepts of `contribution`; refusals are reported, naming the field. */
function accepted(kit: Kit, contribution: unknown): CrispContribution {
  if (!isObject(contribution)) return (kit.report('contribution'), {});
  const { data, segments } = contribution;
  const copy: CrispContribution = {};
  if (data !== undefined) {
    if (!isObject(data)) kit.report('session:data');
    else
      copy.data = Object.fromEntries(
        acceptedPairs(
          Object.keys(data).map((key) => [key, data[key] ?? '']),
          kit.report,
        ),
      );
  }
  if (segments !== undefined) {
    const refusal =
      process.env.NODE_ENV !== 'production' ? refusalOf(['set', 'session:segments', [segments]]) : undefined;
    if (refusal || !Array.isArray(segments)) kit.report('session:segments', refusal);
    else copy.segments = [...segments] as string[];
  }
  return copy;
}

/**
 * Adds `contribution` (session data merged, segments added) to the session, and to every later
 * session while it lives, whoever the visitor is (login, logout, locale). Returns the release;
 * its `update` replaces what the contribution holds (only what Crisp's session lacks is pushed).
 * Released data stays in the current session (it is what operators see).
 */
export function contribute(crisp: CrispClient, contribution: CrispContribution): CrispContributionHandle {
  const kit = activeKit(crisp);
  if (!kit) return inert;
  const { contributions } = kit.visitor;
  const own = accepted(kit, contribution);
  contributions.add(own);
  reconcile(kit);
  return Object.assign(() => void contributions.delete(own), {
    update(next: CrispContribution) {
      if (!contributions.has(own)) return;
      // Replaced in place: the order of contributions (which wins a shared key) is kept.
      const { data, segments } = accepted(kit, next);
      own.data = data;
      own.segments = segments;
      reconcile(kit);
    },
  });
}
