// The few checks production builds keep: each one is cheap and stops a value that would cost more
// than itself once it reached Crisp (a frozen page, a whole command dropped with its good pairs).

/** Digits (`0`-`9`) by char code. */
const isDigit = (code: number) => code > 47 && code < 58;

/** The separators Crisp allows between digit groups: space - . / \ */
const isSeparator = (code: number) => code == 32 || code == 45 || code == 46 || code == 47 || code == 92;

/**
 * Whether `text` from `start` is digit groups then an optional extension, as Crisp's pattern reads
 * them. Each group is taken whole (bracket, digits, bracket, separator): what may follow a group
 * never starts with a digit or a `)` and never needs the separator it took, so taking the longest
 * group loses no match, and every character is read a bounded number of times.
 */
function isPhoneTail(text: string, start: number): boolean {
  let at = start;
  for (let next = at; ; at = next) {
    if (text.charCodeAt(next) == 40) next++; // (
    if (!isDigit(text.charCodeAt(next))) break;
    while (isDigit(text.charCodeAt(++next)));
    if (text.charCodeAt(next) == 41) next++; // )
    if (isSeparator(text.charCodeAt(next))) next++;
  }
  if (at == text.length) return true;
  if (isSeparator(text.charCodeAt(at))) at++;
  const word = text.slice(at, at + 9).toLowerCase();
  // The longest keyword first: `ext.` is also `ext` then the separator `.`, but not the other way.
  const keyword =
    word == 'extension' ? 9 : word.startsWith('ext.') ? 4 : word.startsWith('ext') ? 3 : /^[#x]/.test(word) ? 1 : 0;
  if (!keyword) return false;
  at += keyword;
  if (isSeparator(text.charCodeAt(at))) at++;
  if (!isDigit(text.charCodeAt(at))) return false;
  while (isDigit(text.charCodeAt(++at)));
  return at == text.length;
}

/**
 * Whether Crisp's phone check accepts `text`, read in linear time. Crisp's own pattern tries every
 * way to split a run of digits into groups before refusing, which doubles per digit (26 digits then
 * a letter froze the page for 1.4 s). The optional country code (`+` or `00` and 1 to 3 digits,
 * optionally in brackets) or lone separator gives at most five places to start the groups from.
 */
export function isPhoneText(text: string): boolean {
  const starts = [0];
  if (isSeparator(text.charCodeAt(0))) starts.push(1);
  let at = text.charCodeAt(0) == 40 ? 1 : 0; // (
  const plus = text.charCodeAt(at) == 43;
  if (plus || text.startsWith('00', at)) {
    at += plus ? 1 : 2;
    const first = text.charCodeAt(at) - 48;
    const second = isDigit(text.charCodeAt(at + 1));
    // 1 digit 1-9, 2 digits from 10, 3 digits from 100 to 499
    const lengths =
      first > 0 && first < 10
        ? second
          ? first < 5 && isDigit(text.charCodeAt(at + 2))
            ? [1, 2, 3]
            : [1, 2]
          : [1]
        : [];
    for (const length of lengths) {
      let end = at + length;
      if (text.charCodeAt(end) == 41) end++; // )
      if (isSeparator(text.charCodeAt(end))) end++;
      starts.push(end);
    }
  }
  return starts.some((start) => isPhoneTail(text, start));
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
 * A `session:data` key Crisp accepts: 1 to 50 ASCII letters, digits, `_`, `-` (and the backslash
 * Crisp lets through). One refused key makes Crisp drop the whole command, good pairs included.
 */
export const isDataKey = (key: unknown): key is string => typeof key == 'string' && /^[\w\\-]{1,50}$/.test(key);

/** A `session:data` value Crisp accepts; one refused value drops the whole command as well. */
export const isDataValue = (value: unknown): value is string | number | boolean =>
  typeof value == 'string' || typeof value == 'number' || typeof value == 'boolean';
