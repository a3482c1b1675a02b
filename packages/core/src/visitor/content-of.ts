// Comparing values by content: JSON with object keys sorted, so `{ a, b }` equals `{ b, a }`.
import type { Report } from '../report/errors';

/** The content of `value` as comparable text, or undefined (reported) when JSON cannot hold it. */
export function contentOf(value: unknown, field: string, report: Report): string | undefined {
  try {
    return JSON.stringify(value, (_key, inner: unknown) =>
      inner && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
        : inner,
    );
  } catch (error) {
    // A cycle or a BigInt: Crisp could not receive it either.
    report(field, error);
    return undefined;
  }
}
