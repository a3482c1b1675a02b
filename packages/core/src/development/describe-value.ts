// Values as they appear in development messages: short, readable, never throwing.

/** `"a b"`, `42`, `null`, `["CTO"]`, `a function`: what the app passed, in a message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint' || typeof value === 'symbol' || value === undefined) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    // A cycle or a BigInt inside.
    return Array.isArray(value) ? 'an array' : 'an object';
  }
  // NaN and Infinity print as null in JSON.
  if (typeof value === 'number') text = String(value);
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}
