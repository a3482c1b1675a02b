// One tool call, as Hugo sees it: arguments checked by the schema, the handler run, and either its
// value or an error, always within the time-out, never an uncaught error.
import type { Page } from '../page/page';
import type { CrispToolArguments } from '../protocol/tools';
import { textOf } from '../protocol/text-of';
import type { Send } from '../queue/send';
import type { Report } from '../report/errors';
import type { CrispToolIssue, CrispToolSchema } from './tool-schema';

/** What a client's tools need of it: its page, its reporter and its way of sending to Crisp. */
export interface ToolHost {
  readonly page: Page;
  readonly report: Report;
  readonly send: Send;
}

export interface Tool {
  readonly handler: (args: never) => unknown;
  readonly schema?: CrispToolSchema<unknown, unknown>;
  readonly timeoutMs: number;
}

const keyOf = (segment: PropertyKey | { readonly key: PropertyKey }): string =>
  String(typeof segment === 'object' ? segment.key : segment);

/** The issues as one sentence naming each bad argument: what Hugo reads. */
export const describeIssues = (issues: ReadonlyArray<CrispToolIssue>): string =>
  issues.map((issue) => (issue.path?.length ? issue.path.map(keyOf).join('.') + ': ' : '') + issue.message).join('; ');

/** An error as Hugo receives it: an `Error` whose message it reads. */
const asError = (value: unknown): Error => (value instanceof Error ? value : new Error(textOf(value)));

async function run(name: string, tool: Tool, args: CrispToolArguments): Promise<unknown> {
  let input: unknown = args;
  if (tool.schema) {
    const result = await tool.schema['~standard'].validate(args);
    if (result.issues) throw new Error(`Invalid arguments for tool "${name}": ${describeIssues(result.issues)}`);
    input = result.value;
  }
  return (tool.handler as (args: unknown) => unknown)(input);
}

/**
 * Crisp's client awaits what the handler returns: a promise that resolves with the value, or
 * rejects with an `Error` (the handler's own, or one naming the bad argument or the time-out).
 * Every failure is also reported to `onError`, field `tool <name>`.
 */
export const answerOf = (host: ToolHost, name: string, tool: Tool, args: CrispToolArguments): Promise<unknown> =>
  new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const answer = asError(error);
      host.report('tool ' + name, answer);
      reject(answer);
    };
    const timer = setTimeout(
      () => fail(new Error(`Tool "${name}" did not answer within ${tool.timeoutMs} ms`)),
      tool.timeoutMs,
    );
    // Run a microtask later, so a handler that throws synchronously is caught like one that rejects.
    Promise.resolve(args && typeof args === 'object' ? args : {})
      .then((input) => run(name, tool, input))
      .then((value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(value);
      }, fail);
  });
