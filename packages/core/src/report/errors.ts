// Refusals and subscriber failures: named, reported to onError, never thrown into the app.
import type { CrispKitError } from '../contract/types';
import { textOf } from '../protocol/text-of';

export type Report = (field: string, detail?: unknown) => void;

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
