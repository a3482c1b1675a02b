// setSegments: add (or replace) the session's segments, each sent once per session.
import type { CrispClient } from './types';
import { kitOf } from './kit';
import { checkCommand } from './validate';

/**
 * Crisp appends segments, so only those not yet sent in this session are pushed. With
 * `overwrite`, the session's segments become exactly `segments` (pushed only when that differs
 * from what was sent). The list is copied and de-duplicated; invalid lists are reported.
 */
export function setSegments(crisp: CrispClient, segments: string[], overwrite?: boolean): void {
  const kit = kitOf(crisp);
  if (!kit) return;
  const list = Array.isArray(segments) ? [...new Set(segments)] : segments;
  if (!checkCommand(['set', 'session:segments', [list, !!overwrite]], kit.report)) return;
  const sent = kit.segments;
  const fresh = list.filter((segment) => !sent.has(segment));
  if (overwrite ? !fresh.length && list.length === sent.size : !fresh.length) return;
  if (overwrite) sent.clear();
  list.forEach((segment) => sent.add(segment));
  kit.send(['set', 'session:segments', [overwrite ? list : fresh, !!overwrite]]);
}
