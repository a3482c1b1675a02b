// Sending only what changed: a command per key, compared by content (key order aside).
import type { CrispCommand } from './protocol';
import type { Kit } from './kit';
import { checkCommand } from './validate';

/** JSON with object keys sorted, so `{ a, b }` and `{ b, a }` compare equal. */
const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );

/** The content of `value` as comparable text, or undefined (reported) when JSON cannot hold it. */
export function contentOf(kit: Kit, field: string, value: unknown): string | undefined {
  try {
    return stableJson(value);
  } catch (error) {
    kit.report(field, error);
    return undefined;
  }
}

/**
 * Validates and sends `command` unless the same content was already sent for its key in this
 * session. What is cached is a copy (the JSON), so the caller mutating its input later changes
 * nothing, and a locale reset can send the same commands again.
 */
export function sendIfChanged(kit: Kit, command: CrispCommand): void {
  const checked = checkCommand(command, kit.report);
  if (!checked) return;
  const key = checked[1] as string;
  // Values JSON cannot hold (a cycle, a BigInt in company details) cannot reach Crisp either.
  const json = contentOf(kit, key, checked);
  if (json === undefined) return;
  if (kit.sent.get(key) !== json) {
    kit.sent.set(key, json);
    kit.send(JSON.parse(json) as CrispCommand);
  }
}
