// The few checks production builds keep: each one is cheap and stops a value that would cost more
// than itself once it reached Crisp (a frozen page, a whole command dropped with its good pairs).
import { textOf } from './text-of';

/** Digits (`0`-`9`) by char code (`NaN` past the end is not one). */
const isDigit = (code: number) => code > 47 && code < 58;

/** The separators Crisp allows between digit groups: space \ - . / */
const isSeparator = (code: number) => code == 32 || code == 92 || (code > 44 && code < 48);

/**
 * Whether Crisp's phone check accepts `text`, read in linear time. Crisp's own pattern tries every
 * way to split a run of digits into groups before refusing, which doubles per digit (26 digits then
 * a letter froze the page for 1.4 s). Here each part is taken whole, the longest it can be: the
 * country code (`+` or `00` and 1 to 3 digits, optionally in brackets), then each digit group
 * (bracket, digits, bracket, separator). What may follow a part never starts with a digit or a `)`
 * and never needs the separator it took, so the longest part loses no match, and every character
 * is read a bounded number of times.
 */
export function isPhoneText(text: string): boolean {
  const code = (index: number) => text.charCodeAt(index);
  let at = code(0) == 40 ? 1 : 0; // (
  const plus = code(at) == 43; // +
  if (plus || text.startsWith('00', at)) {
    at += plus ? 1 : 2;
    const first = code(at) - 48;
    // 1 digit from 1, 2 digits from 10, 3 digits from 100 to 499; else there is no country code.
    at = first > 0 && first < 10 ? at + (isDigit(code(at + 1)) ? (first < 5 && isDigit(code(at + 2)) ? 3 : 2) : 1) : 0;
    if (at && code(at) == 41) at++; // )
  } else at = 0;
  if (isSeparator(code(at))) at++;
  for (let next = at; ; at = next) {
    if (code(next) == 40) next++;
    if (!isDigit(code(next))) break;
    while (isDigit(code(++next)));
    if (code(next) == 41) next++;
    if (isSeparator(code(next))) next++;
  }
  if (at == text.length) return true;
  // An extension: `#`, `x`, `ext`, `ext.` or `extension`, then digits to the end.
  if (isSeparator(code(at))) at++;
  const word = text.slice(at, at + 9).toLowerCase();
  // The longest keyword first: `ext.` is also `ext` then the separator `.`, but not the other way.
  at +=
    word == 'extension' ? 9 : word.startsWith('ext.') ? 4 : word.startsWith('ext') ? 3 : /^[#x]/.test(word) ? 1 : 99;
  if (isSeparator(code(at))) at++;
  if (!isDigit(code(at))) return false;
  while (isDigit(code(++at)));
  return at == text.length;
}

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
