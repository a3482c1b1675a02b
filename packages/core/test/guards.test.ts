// The checks production builds keep: the phone guard must let through every phone Crisp accepts,
// keep away the ones that would freeze the page inside Crisp, and itself refuse them at once.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isDataKey, isDataValue, isSafePhone } from '../src/protocol/guards';
import { CRISP_PHONE } from '../../testing/src/protocol';
import { crispVectors } from '../../testing/test/vectors/crisp-validators';

const argumentOf = (command: readonly unknown[]) => (command[2] as readonly unknown[])[0];

describe('isSafePhone', () => {
  const phones = crispVectors.filter((vector) => vector.table === 'user:phone');

  test.each(phones.map((vector) => [vector.source, vector] as const))('%s: agrees with Crisp', (_source, vector) => {
    expect(isSafePhone(argumentOf(vector.command))).toBe(vector.accepted);
  });

  test('accepts exactly what Crisp’s own pattern accepts (property)', () => {
    const unit = fc.constantFrom(...'0123456789+()-. /\\#xXeEtnsioa'.split(''));
    const pieces = fc
      .array(fc.constantFrom('1', '42', '0', '(', ')', ' ', '-', '.', '/', '+', '00', '+33', 'ext', 'ext.', 'x', '#'), {
        maxLength: 8,
      })
      .map((parts) => parts.join(''));
    // Short values, so that Crisp's backtracking pattern stays fast enough to compare with.
    const candidate = fc.oneof(fc.string({ unit, maxLength: 14 }), pieces);
    fc.assert(
      fc.property(candidate, (value) => {
        expect(isSafePhone(value)).toBe(value !== '' && CRISP_PHONE.test(value));
      }),
      { numRuns: 20_000 },
    );
  });

  test('a number counts as its decimal text; anything else that is not a string is refused', () => {
    expect(isSafePhone(14155552671)).toBe(true);
    expect(isSafePhone(-5)).toBe(true);
    expect(isSafePhone(true)).toBe(false);
    expect(isSafePhone(['+14155552671'])).toBe(false);
    expect(isSafePhone(null)).toBe(false);
  });

  // No timing asserted: with a backtracking guard each of these would not finish (26 digits then a
  // letter already took Crisp's pattern 1.4 s, and each further digit doubles it), so the test
  // would hang until Vitest's timeout.
  test('refuses at once the values that freeze Crisp, however long', () => {
    for (const digits of [26, 1_000, 100_000]) expect(isSafePhone('1'.repeat(digits) + 'a')).toBe(false);
    for (const value of [
      '(1) '.repeat(25_000) + 'a',
      '1-'.repeat(50_000) + 'a',
      '+33 ' + '1'.repeat(100_000) + ' ext 1a',
      '00(44)' + '12'.repeat(50_000) + 'x',
    ])
      expect(isSafePhone(value)).toBe(false);
    expect(isSafePhone('+33 ' + '1'.repeat(100_000) + ' ext. 12')).toBe(true);
  });
});

describe('isDataKey and isDataValue', () => {
  const keys = crispVectors.filter((vector) => vector.table === 'session:data keys');
  const values = crispVectors.filter((vector) => vector.table === 'session:data values');

  // Keys that are not strings too: Crisp stores them as their text, and production lets it (the
  // development build refuses them).
  test.each(keys)('key $source: as Crisp', (vector) => {
    expect(isDataKey(argumentOf(vector.command))).toBe(vector.accepted);
  });

  test.each(values)('value $source: as Crisp', (vector) => {
    expect(isDataValue((vector.command[2] as unknown[])[1])).toBe(vector.accepted);
  });
});
