// The Standard Schema interface (`~standard`, implemented by zod, valibot, arktype and others),
// declared here structurally so the kit depends on none of them.

/** One problem a schema found, with the path of the argument it concerns. */
export interface CrispToolIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>;
}

export type CrispToolValidation<Output> =
  { readonly value: Output; readonly issues?: undefined } | { readonly issues: ReadonlyArray<CrispToolIssue> };

/** Any Standard Schema (version 1): what `registerTool`'s `schema` option accepts. */
export interface CrispToolSchema<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => CrispToolValidation<Output> | Promise<CrispToolValidation<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/** What a schema's validation produces: the arguments the handler receives. */
export type CrispToolSchemaOutput<S> = S extends CrispToolSchema<unknown, infer Output> ? Output : never;
