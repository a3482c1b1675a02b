// The checks production builds keep: the phone guard must let through every phone Crisp accepts,
// keep away the ones that would freeze the page inside Crisp, and itself run in linear time.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isDataKey, isDataValue, isPhoneText, isSafePhone } from '../src/protocol/guards';
import { CRISP_PHONE } from '../../testing/src/protocol';
import { crispVectors } from '../../testing/test/vectors/crisp-validators';

const argumentOf = (command: readonly unknown[]) => (command[2] as readonly unknown[])[0];

/** A string whose character reads are counted (the guard reads characters with `charCodeAt`). */
class CountedText extends String {
  reads = 0;
  override charCodeAt(index: number): number {
    this.reads++;
    return super.charCodeAt(index);
  }
}

function readsFor(value: string): number {
  const text = new CountedText(value);
  isPhoneText(text as unknown as string);
  return text.reads;
}

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

  test('refuses, in a handful of reads per character, the values that freeze Crisp', () => {
    for (const digits of [26, 1_000, 100_000]) {
      const value = '1'.repeat(digits) + 'a';
      expect(isSafePhone(value)).toBe(false);
      expect(readsFor(value)).toBeLessThanOrEqual(6 * value.length + 20);
    }
  });

  test('reads each character a bounded number of times, whatever the value (property)', () => {
    const unit = fc.constantFrom(...'0123456789+()-. x#e'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 400 }), (value) => {
        // Up to five starting points (country code variants), each a single pass, plus the extension.
        expect(readsFor(value)).toBeLessThanOrEqual(6 * value.length + 20);
      }),
      { numRuns: 2_000 },
    );
  });

  test('reads grow linearly with the length of a refused run of digits', () => {
    const reads = [100, 200, 400, 800].map((digits) => readsFor('+33 ' + '1'.repeat(digits) + 'a'));
    const perDigit = reads.slice(1).map((count, index) => (count - reads[index]!) / (100 * 2 ** index));
    expect(new Set(perDigit).size).toBe(1);
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
