// The request timestamp: read strictly (it is part of the signed string, so it is used as sent)
// and checked against a replay window.

/**
 * Above this a value is taken as milliseconds, below as seconds. Seconds reach it only in the
 * year 5138 and milliseconds left it behind in 1973, so the two units cannot be confused; this
 * lets the check accept either, since Crisp's documentation does not pin the header's unit down.
 */
const MILLISECONDS_FROM = 1e11;

/** The timestamp as the exact text that was signed, or null when absent or not a whole number. */
export function timestampText(timestamp: string | number | null | undefined): string | null {
  if (typeof timestamp == 'number') return Number.isSafeInteger(timestamp) && timestamp >= 0 ? String(timestamp) : null;
  if (typeof timestamp == 'string' && /^\d{1,16}$/.test(timestamp)) return timestamp;
  return null;
}

/** The timestamp in milliseconds since the epoch, whichever unit it was written in. */
export function timestampMilliseconds(text: string): number {
  const value = Number(text);
  return value >= MILLISECONDS_FROM ? value : value * 1000;
}

/** True when the timestamp is no further than `toleranceSeconds` from `now` (before or after: clocks drift). */
export function isFresh(text: string, now: number, toleranceSeconds: number): boolean {
  return Math.abs(now - timestampMilliseconds(text)) <= toleranceSeconds * 1000;
}
