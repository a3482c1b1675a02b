// textOf: any value as text for a message, whatever the app passed.

/**
 * A value as text: never throws (an object whose `toString` is not a function, a symbol, a BigInt
 * inside JSON).
 */
export const textOf = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
};
