// contribute: what a mounted component adds to the session, kept through every session reset.
import type { CrispClient, CrispContribution, CrispContributionHandle } from './types';
import { kitOf, type Kit } from './kit';
import { setSessionData } from './session-data';
import { setSegments } from './segments';
import { isObject } from './rules';

const send = (crisp: CrispClient, { data, segments }: CrispContribution): void => {
  // Anything given is checked (and a bad value reported) by the function it goes to.
  if (data !== undefined) setSessionData(crisp, data);
  if (segments !== undefined) setSegments(crisp, segments);
};

const inert = Object.assign(() => {}, { update() {} });

/**
 * Sends `contribution` (session data merged, segments added) and keeps it while it lives: after
 * any session reset (login, logout, locale) it is sent again, with every other live one. Returns
 * the release, whose `update` replaces what the contribution holds (only changed keys and new
 * segments are pushed); released data stays in the session (it is what operators see).
 */
export function contribute(crisp: CrispClient, contribution: CrispContribution): CrispContributionHandle {
  const kit = kitOf(crisp);
  if (!kit) return inert;
  if (!isObject(contribution)) return (kit.report('contribution'), inert);
  const live = (kit.contributions ||= createContributions(crisp, kit));
  // A copy: the caller may reuse or mutate its object.
  const own = { ...contribution };
  live.add(own);
  send(crisp, own);
  return Object.assign(
    () => {
      live.delete(own);
    },
    {
      update(next: CrispContribution) {
        if (!live.has(own)) return;
        if (!isObject(next)) return kit.report('contribution');
        // Replaced in place, so the order of contributions (which wins a shared key) is kept.
        own.data = next.data;
        own.segments = next.segments;
        send(crisp, own);
      },
    },
  );
}

/** The live contributions, sent again after each session reset as one command per kind. */
function createContributions(crisp: CrispClient, kit: Kit): Set<CrispContribution> {
  const live = new Set<CrispContribution>();
  kit.restarted.add(() => {
    const all = [...live];
    send(crisp, {
      // fromEntries defines keys (a `__proto__` key stays a key), where Object.assign would not.
      data: Object.fromEntries(all.flatMap(({ data }) => Object.entries(data || {}))),
      segments: all.flatMap(({ segments }) => segments || []),
    });
  });
  return live;
}
