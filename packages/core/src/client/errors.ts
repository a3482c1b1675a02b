// Refusals and subscriber failures: named, reported to onError, never thrown into the app.
import type { CrispKitError } from './types';

export type Report = (field: string, detail?: unknown) => void;

/**
 * A value as text for a message: never throws, whatever the app passed (an object whose
 * `toString` is not a function, a symbol, a BigInt inside JSON).
 */
export const textOf = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
};

export const kitError = (field: string, message: string): CrispKitError =>
  Object.assign(new Error('crispkit: ' + message), { field });

export function createReporter(onError?: (error: CrispKitError) => void): Report {
  return (field, detail) => {
    // The field, then why: in development the kit's explanation, in production what Crisp threw.
    const error = kitError(field, 'invalid ' + field + (detail ? ' (' + textOf(detail) + ')' : ''));
    if (detail instanceof Error) (error as { cause?: unknown }).cause = detail;
    if (process.env.NODE_ENV !== 'production') console.warn(error.message);
    try {
      onError?.(error);
    } catch {
      // An onError that throws must not turn a refused input into a crash.
    }
  };
}
