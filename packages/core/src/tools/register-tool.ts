// registerTool: a Widget Tool that Crisp's AI agent (Hugo) can call on this page.
import type { CrispClient } from '../contract/types';
import type { CrispToolArguments } from '../protocol/tools';
import type { CrispToolSchema, CrispToolSchemaOutput } from './tool-schema';
import { callFor, dropCall, tableOf } from './tool-table';
import type { Tool } from './answer';

/** How long a handler may take before Hugo is answered with a time-out error: 30 seconds. */
export const DEFAULT_TOOL_TIMEOUT_MS = 30_000;

/** A tool's handler: Hugo's arguments in, the answer (or a promise of it) out; throw to answer an error. */
export type CrispToolHandler<Args = CrispToolArguments, Result = unknown> = (
  args: Args,
) => Result | PromiseLike<Result>;

export interface CrispToolOptions<
  Schema extends CrispToolSchema<unknown, unknown> = CrispToolSchema<unknown, unknown>,
> {
  /**
   * Any Standard Schema (zod, valibot, arktype…) for Hugo's arguments: the handler gets its
   * output; arguments it refuses are answered with an error naming them, the handler not run.
   */
  schema?: Schema;
  /** Milliseconds before an unsettled handler is answered with an error. Default 30,000. */
  timeoutMs?: number;
}

/**
 * The framework adapters' `useCrispTool(name, handler, options?)`: `registerTool` without the
 * client (the component's) and without the release (the component's lifetime).
 */
export interface CrispToolHook {
  <Schema extends CrispToolSchema<unknown, object>, Result = unknown>(
    name: string,
    handler: CrispToolHandler<CrispToolSchemaOutput<Schema>, Result>,
    options: CrispToolOptions<Schema> & { schema: Schema },
  ): void;
  <Args extends object = CrispToolArguments, Result = unknown>(
    name: string,
    handler: CrispToolHandler<Args, Result>,
    options?: CrispToolOptions,
  ): void;
}

/**
 * Registers the page's handler for the Widget Tool `name` (defined in Crisp's dashboard) and
 * returns its release. One handler per name: a later registration replaces this one (and
 * releasing this one then leaves it). It lasts until released, across visitors and session
 * resets; registered before Crisp loads, Crisp gets it when it goes live.
 */
export function registerTool<Schema extends CrispToolSchema<unknown, object>, Result = unknown>(
  crisp: CrispClient,
  name: string,
  handler: CrispToolHandler<CrispToolSchemaOutput<Schema>, Result>,
  options: CrispToolOptions<Schema> & { schema: Schema },
): () => void;
export function registerTool<Args extends object = CrispToolArguments, Result = unknown>(
  crisp: CrispClient,
  name: string,
  handler: CrispToolHandler<Args, Result>,
  options?: CrispToolOptions,
): () => void;
export function registerTool(
  crisp: CrispClient,
  name: string,
  handler: CrispToolHandler<never>,
  options: CrispToolOptions = {},
): () => void {
  const table = tableOf(crisp);
  if (!table) return () => {};
  if (typeof name !== 'string' || !name || typeof handler !== 'function') {
    table.report('tool ' + String(name));
    return () => {};
  }
  const timeoutMs = options.timeoutMs;
  const tool: Tool = {
    handler,
    schema: options.schema,
    timeoutMs: typeof timeoutMs === 'number' && timeoutMs > 0 ? timeoutMs : DEFAULT_TOOL_TIMEOUT_MS,
  };
  if (process.env.NODE_ENV !== 'production' && table.tools.has(name)) {
    console.warn(`crispkit: tool "${name}" registered again; the new handler replaces the previous one`);
  }
  table.tools.set(name, tool);
  callFor(table, name);
  return () => {
    // Only the current holder of the name removes it: a replaced tool's release leaves its successor.
    if (table.tools.get(name) !== tool) return;
    table.tools.delete(name);
    dropCall(table, name);
  };
}
