// setSessionData: merge keys into the visitor's Crisp session data.
import type { CrispClient, CrispSessionData } from '../contract/types';
import { isObject } from '../protocol/guards';
import { reconcile, reportFor, visitorPart, want } from './visitor';

/**
 * Merges `data` into the session data: Crisp upserts, so keys other code or operators set are
 * kept. Only keys whose value Crisp's session does not have yet are pushed, in one command.
 * `null` or `""` deletes a key. Refused keys or values are reported through `onError`; the
 * others are sent. The data belongs to the visitor: a login with another token or a logout
 * forgets it (use `contribute` for what every visitor of a page should carry).
 */
export function setSessionData(crisp: CrispClient, data: CrispSessionData): void {
  const visitor = visitorPart.of(crisp);
  if (!visitor) return;
  if (!isObject(data)) return reportFor(visitor, 'session:data');
  // Own keys only: a key named like an Object.prototype member (or `__proto__`) is a key like any other.
  const keys = Object.keys(data);
  if (!keys.length) return;
  want(visitor, ['set', 'session:data', [keys.map((key) => [key, data[key] ?? ''])]]);
  reconcile(visitor);
}
