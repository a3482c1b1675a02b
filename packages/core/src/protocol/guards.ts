// The few checks production builds keep: each one is cheap and stops a value that would cost more
// than itself once it reached Crisp (a frozen page, a whole command dropped with its good pairs).
import { textOf } from './text-of';

/**
 * Crisp's phone check, in linear time. Crisp's own pattern is `(?:\(?\d+\)?[-. \\/]?)*` for the
 * digit groups: a run of n digits can be split into groups 2^(n-1) ways, and a refused value is
 * retried as every split (26 digits then a letter froze the page for 1.4 s). Here each group is
 * matched atomically: the lookahead captures the longest group (lookaheads never backtrack into
 * themselves once they have matched) and the back-reference `\1` consumes exactly that text, so a
 * group can only be taken whole or not at all. Taking the longest is safe: what may follow a group
 * never starts with a digit or a `)` and never needs the separator it took. No quantifier is nested
 * in another that can split the same characters, so on a refusal the star gives back one group at a
 * time, and after each the tail (an optional extension: `#`, `x`, `ext`, `ext.` or `extension`, then
 * digits to the end) fails at once; the few ways to read the country code in front (`+` or `00`
 * and 1 to 3 digits, optionally in brackets) each lead to one such pass. Linear overall.
 */
const PHONE =
  /^(?:(?:\(?(?:00|\+)(?:[1-4]\d\d|[1-9]\d?)\)?)?[-. \\/]?)?(?:(?=(\(?\d+\)?[-. \\/]?))\1)*(?:[-. \\/]?(?:#|ext\.?|extension|x)[-. \\/]?\d+)?$/i;

/** Whether Crisp's phone check accepts `text`. */
export const isPhoneText = (text: string): boolean => PHONE.test(text);

/**
 * Whether a `user:phone` value is one Crisp accepts (a number counts as its decimal text). Keeping
 * the others away keeps Crisp's exponential check from freezing the page on a value a visitor typed.
 */
export const isSafePhone = (value: unknown): boolean => {
  const text = typeof value == 'number' ? '' + value : value;
  return typeof text == 'string' && text != '' && isPhoneText(text);
};

/**
 * A `session:data` key Crisp accepts, as the object key it becomes (so as text): 1 to 50 ASCII
 * letters, digits, `_`, `-` (and the backslash Crisp lets through). One refused key makes Crisp drop the whole command, good pairs included.
 */
export const isDataKey = (key: unknown): boolean => {
  const text = textOf(key);
  // `__proto__` matches, but Crisp builds an object from the pairs: that key would set its
  // prototype, not a key, so the pair vanishes (alone, Crisp refuses the command).
  return /^[\w\\-]{1,50}$/.test(text) && text !== '__proto__';
};

/** A `session:data` value Crisp accepts; one refused value drops the whole command as well. */
export const isDataValue = (value: unknown): value is string | number | boolean =>
  typeof value == 'string' || typeof value == 'number' || typeof value == 'boolean';

/** A plain object (not null, not an array): what the kit's object parameters must be. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);
