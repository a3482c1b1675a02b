// Turns the console's form values into the Crisp command array the kit will receive.
import type { CrispCommand } from '@crispkit/core';
import type { ArgSpec, ArgSpecs } from './arg-spec';
import type { Verb } from './command-specs';

/** A field's raw value: text for inputs and selects, a boolean for checkboxes. */
export type FieldValue = string | boolean;
export type FieldValues = Record<string, FieldValue>;

export type Built = { ok: true; command: CrispCommand } | { ok: false; problem: string };

/** The value a field starts with, from its spec's default. */
export function initialValue(spec: ArgSpec): FieldValue {
  switch (spec.kind) {
    case 'boolean':
      // An optional boolean is a three-way select ('' = leave out); a required one a checkbox.
      return spec.optional ? '' : (spec.default ?? false);
    case 'number':
      return spec.default === undefined ? '' : String(spec.default);
    case 'callback':
      return true;
    case 'json':
      return spec.optional ? '' : spec.default;
    default:
      return spec.default ?? '';
  }
}

export const initialValues = (specs: ArgSpecs): FieldValues =>
  Object.fromEntries(specs.map((spec, index) => [String(index), initialValue(spec)]));

/** `undefined` = left out (only for optional fields); a string result is a problem to show. */
function parse(spec: ArgSpec, raw: FieldValue, onCallback: () => void): { value: unknown } | string {
  const text = typeof raw === 'string' ? raw : '';
  const empty = typeof raw === 'string' && raw.trim() === '';
  if (spec.optional && empty) return { value: undefined };
  switch (spec.kind) {
    case 'boolean':
      return { value: typeof raw === 'boolean' ? raw : raw === 'true' };
    case 'number': {
      const value = Number(text);
      return empty || !Number.isFinite(value) ? `${spec.label} needs a number` : { value };
    }
    case 'list':
      return {
        value: text
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      };
    case 'json':
      try {
        return { value: JSON.parse(text) as unknown };
      } catch (error) {
        return `${spec.label} is not valid JSON (${(error as Error).message})`;
      }
    case 'callback':
      return { value: raw === false ? undefined : onCallback };
    default:
      // Text goes to the kit as typed: refusing bad input (an email, a key) is the kit's job.
      return { value: text };
  }
}

/**
 * Builds `[verb, name, args]` the way `$crisp.push` expects it: `config` wraps its single value,
 * `do` leaves out an empty argument list, trailing omitted optionals are dropped.
 */
export function buildCommand(
  verb: Verb,
  name: string,
  specs: ArgSpecs,
  values: FieldValues,
  variant: string | undefined,
  onCallback: () => void,
): Built {
  const args: unknown[] = variant === undefined ? [] : [variant];
  for (const [index, spec] of specs.entries()) {
    const parsed = parse(spec, values[String(index)] ?? initialValue(spec), onCallback);
    if (typeof parsed === 'string') return { ok: false, problem: parsed };
    args.push(parsed.value);
  }
  while (args.length && args[args.length - 1] === undefined) args.pop();
  const tuple = verb === 'do' && !args.length ? [verb, name] : [verb, name, args];
  // The form is generated from a table checked against the protocol types; the values are
  // deliberately unchecked here so the kit's own validation is what the console exercises.
  return { ok: true, command: tuple as unknown as CrispCommand };
}

/** One-line JSON for display; functions show as Crisp's fake shows them. */
export const preview = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === 'function' ? '[function]' : item)) ?? 'undefined';
