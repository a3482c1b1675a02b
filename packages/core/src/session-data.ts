// setSessionData: merge keys into the Crisp session data, pushing only what changed.
import type { CrispClient, CrispSessionData } from './types';
import type { CrispSessionDataPair } from './protocol';
import { kitOf } from './kit';
import { badPair, isObject } from './rules';

/**
 * Merges `data` into the session data: Crisp upserts, so keys other code or operators set are
 * kept. Only keys whose value changed in this session are pushed, in one command. `null` or `""`
 * deletes a key. Refused keys or values are reported through `onError`; the others are sent.
 */
export function setSessionData(crisp: CrispClient, data: CrispSessionData): void {
  const kit = kitOf(crisp);
  if (!kit) return;
  if (!isObject(data)) return kit.report('session:data');
  const pairs: CrispSessionDataPair[] = [];
  // Own keys only, kept in a Map: a key named like an Object.prototype member (or `__proto__`,
  // which JSON.parse makes) is a key like any other.
  for (const key of Object.keys(data)) {
    const value = data[key] ?? '';
    const bad = badPair(key, value);
    if (bad) kit.report(bad);
    else if (kit.data.get(key) !== value) {
      kit.data.set(key, value);
      pairs.push([key, value]);
    }
  }
  if (pairs.length) kit.send(['set', 'session:data', [pairs]]);
}
