// setSegments: add (or replace) the visitor's session segments.
import type { CrispClient } from '../contract/types';
import { reconcile, visitorPart, want } from './visitor';

/**
 * Crisp appends segments, so only those its session does not have yet are pushed. With
 * `overwrite`, the session's segments become exactly `segments` (pushed only when that differs).
 * The list is copied; a refused list is reported through `onError`.
 */
export function setSegments(crisp: CrispClient, segments: string[], overwrite?: boolean): void {
  const visitor = visitorPart.of(crisp);
  if (!visitor) return;
  want(visitor, [
    'set',
    'session:segments',
    [Array.isArray(segments) ? [...new Set(segments)] : segments, !!overwrite],
  ]);
  reconcile(visitor);
}
