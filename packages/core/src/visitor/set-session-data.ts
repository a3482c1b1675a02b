// setSessionData: merge keys into the visitor's Crisp session data.
import type { CrispClient, CrispSessionData } from '../client/types';
import { activeKit } from '../client/kit';
import { isObject } from '../protocol/guards';
import { reconcile } from './visitor';
import { want } from './want';

/**
 * Merges `data` into the session data: Crisp upserts, so keys other code or operators set are
 * kept. Only keys whose value Crisp's session does not have yet are pushed, in one command.
 * `null` or `""` deletes a key. Refused keys or values are reported through `onError`; the
 * others are sent. The data belongs to the visitor: a login with another token or a logout
 * forgets it (use `contribute` for what every visitor of a page should carry).
 */
export function setSessionData(crisp: CrispClient, data: CrispSessionData): void {
  const kit = activeKit(crisp);
  if (!kit) return;
  if (!isObject(data)) return kit.report('session:data');
  // Own keys only: a key named like an Object.prototype member (or `__proto__`) is a key like any other.
  const keys = Object.keys(data);
  if (!keys.length) return;
  want(kit, ['set', 'session:data', [keys.map((key) => [key, data[key] ?? ''])]]);
  reconcile(kit);
}
