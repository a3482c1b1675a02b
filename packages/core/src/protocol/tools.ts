// Widget Tools for Crisp's AI agent (Hugo), as newer clients take them (not in v2.7.0): a handler
// registered under `hugo:tool:<name>` gets the arguments object Hugo chose and returns the answer
// (a value, or a promise; a rejection is the error Hugo continues with).

/** The event name a tool is registered under. */
export type CrispToolEventName = `hugo:tool:${string}`;

/** The arguments object Hugo sends, before any schema has checked it. */
export type CrispToolArguments = Record<string, unknown>;

/** What Crisp's client calls: one arguments object in, a value or a promise out. */
export type CrispToolCall = (args: CrispToolArguments) => unknown;

/** The two commands behind a tool (crisp-sdk-web's `hugo.onTool` / `hugo.offTool`). */
export type CrispToolCommand = ['on', CrispToolEventName, CrispToolCall] | ['off', CrispToolEventName];
