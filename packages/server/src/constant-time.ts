// String comparison whose duration does not depend on where the strings differ, so an attacker
// timing many guesses learns nothing about the expected value, and which never throws when the
// lengths differ (Node's timingSafeEqual throws there, a classic crash in hand-written checks).

/**
 * True when `given` equals `expected`. The loop always runs over the whole of `expected` (a value
 * the server computed, so its length is no secret) and folds the length difference into the
 * result instead of returning early.
 */
export function equalInConstantTime(expected: string, given: string): boolean {
  let difference = expected.length ^ given.length;
  for (let i = 0; i < expected.length; i++)
    difference |= expected.charCodeAt(i) ^ (i < given.length ? given.charCodeAt(i) : 0);
  return difference === 0;
}
