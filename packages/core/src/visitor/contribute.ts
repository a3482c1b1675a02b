// contribute: what a mounted component adds to every session while it lives.
import type { CrispClient, CrispContribution, CrispContributionHandle } from '../contract/types';
import type { Report } from '../report/errors';
import { isObject } from '../protocol/guards';
import { refusalOf } from '../development/refusal-of';
import { acceptedPairs } from './accepted-pairs';
import { addContribution, contributes, reconcile, reconcileSoon, reportFor, visitorPart } from './visitor';

// Pure: a bundle that never contributes drops it (esbuild cannot tell Object.assign is harmless).
const inert: CrispContributionHandle = /* @__PURE__ */ Object.assign(() => {}, { update() {} });

/** A copy of what Crisp accepts of `contribution`; refusals are reported, naming the field. */
function accepted(report: Report, contribution: unknown): CrispContribution {
  if (!isObject(contribution)) return (report('contribution'), {});
  const { data, segments } = contribution;
  const copy: CrispContribution = {};
  if (data !== undefined) {
    if (!isObject(data)) report('session:data');
    else
      copy.data = Object.fromEntries(
        acceptedPairs(
          Object.keys(data).map((key) => [key, data[key] ?? '']),
          report,
        ),
      );
  }
  if (segments !== undefined) {
    const refusal =
      process.env.NODE_ENV !== 'production' ? refusalOf(['set', 'session:segments', [segments]]) : undefined;
    if (refusal || !Array.isArray(segments)) report('session:segments', refusal);
    else copy.segments = [...segments] as string[];
  }
  return copy;
}

/**
 * Adds `contribution` (session data merged, segments added) to the session, and to every later
 * session while it lives, whoever the visitor is (login, logout, locale). Returns the release;
 * its `update` replaces what the contribution holds (only what Crisp's session lacks is pushed).
 * Released data stays in the current session (it is what operators see). What it holds reaches
 * Crisp a microtask later, in the session the rest of the task leaves: a contribution updated
 * before a sign-out in the same task never reaches the signed-out visitor's session.
 */
export function contribute(crisp: CrispClient, contribution: CrispContribution): CrispContributionHandle {
  const visitor = visitorPart.of(crisp);
  if (!visitor) return inert;
  const report = (field: string, detail?: unknown) => reportFor(visitor, field, detail);
  const own = accepted(report, contribution);
  const release = addContribution(visitor, own);
  reconcileSoon(visitor);
  return Object.assign(
    () => {
      // What it added before its release stays in the session, as if it had lived a task.
      if (contributes(visitor, own)) reconcile(visitor);
      release();
    },
    {
      update(next: CrispContribution) {
        if (!contributes(visitor, own)) return;
        // Replaced in place: the order of contributions (which wins a shared key) is kept.
        const { data, segments } = accepted(report, next);
        own.data = data;
        own.segments = segments;
        reconcileSoon(visitor);
      },
    },
  );
}
