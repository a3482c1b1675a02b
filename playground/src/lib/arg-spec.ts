// Form-field specs for command arguments, and the types that derive the allowed specs from the
// kit's protocol types, so the console's table cannot drift from CrispDoActions & co.

interface SpecBase {
  label: string;
  hint?: string;
  /** Set exactly on the arguments the protocol marks optional (checked by TupleForm). */
  optional?: boolean;
}
export interface TextSpec extends SpecBase {
  kind: 'text';
  default?: string;
}
export interface ChoiceSpec<T extends string = string> extends SpecBase {
  kind: 'choice';
  options: readonly T[];
  default?: T;
}
export interface NumberSpec extends SpecBase {
  kind: 'number';
  default?: number;
}
export interface BooleanSpec extends SpecBase {
  kind: 'boolean';
  default?: boolean;
}
/** Comma-separated strings. */
export interface ListSpec extends SpecBase {
  kind: 'list';
  default?: string;
}
/** Free JSON, for objects and nested arrays. */
export interface JsonSpec extends SpecBase {
  kind: 'json';
  default: string;
}
/** A function argument: the console passes one that writes to the event log. */
export interface CallbackSpec extends SpecBase {
  kind: 'callback';
}

export type ArgSpec = TextSpec | ChoiceSpec | NumberSpec | BooleanSpec | ListSpec | JsonSpec | CallbackSpec;
export type ArgSpecs = readonly ArgSpec[];
/** A command whose argument list is a union of tuples tagged by their first element (`message:send`). */
export interface VariantForm {
  variants: Record<string, ArgSpecs>;
}
export type CommandForm = ArgSpecs | VariantForm;

export const isVariantForm = (form: CommandForm): form is VariantForm => !Array.isArray(form);

// ---- Deriving the allowed specs from a protocol type -------------------------------------------

/** The field kinds that can produce a value of type T. Tuples wrap T so unions stay whole. */
type KindsFor<T> = [T] extends [boolean]
  ? BooleanSpec
  : [T] extends [number]
    ? NumberSpec
    : [T] extends [string]
      ? string extends T
        ? TextSpec | JsonSpec
        : ChoiceSpec<T>
      : [T] extends [(...args: never[]) => unknown]
        ? CallbackSpec
        : [T] extends [readonly string[]]
          ? ListSpec | JsonSpec
          : JsonSpec;

/**
 * One spec per tuple element, required or optional exactly as the protocol says: an element
 * is optional when the tuple does not require its index.
 */
export type TupleForm<T extends readonly unknown[]> = {
  +readonly [I in keyof T]-?: T extends Record<I, unknown>
    ? KindsFor<T[I]> & { optional?: false }
    : KindsFor<Exclude<T[I], undefined>> & { optional: true };
};

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
type Tail<T> = T extends readonly [unknown, ...infer R] ? R : never;

/** `{ variants: { text: [...], file: [...] } }` for a union of tagged tuples. */
type TaggedForm<T extends readonly [string, ...unknown[]]> = {
  variants: { [K in T[0]]: TupleForm<Tail<Extract<T, readonly [K, ...unknown[]]>>> };
};

/** The form a command with argument list T must have. */
export type FormFor<T extends readonly unknown[]> =
  true extends IsUnion<T> ? ([T] extends [readonly [string, ...unknown[]]] ? TaggedForm<T> : never) : TupleForm<T>;
