// useCrispTool: a Widget Tool that Crisp's AI agent can call while the component is mounted.
import { onMount } from 'svelte';
import {
  registerTool,
  type CrispToolArguments,
  type CrispToolHandler,
  type CrispToolOptions,
  type CrispToolSchema,
  type CrispToolSchemaOutput,
} from '@crispkit/core';
import { useCrisp } from './context.js';

/**
 * Registers the tool `name` while the component is mounted: a route's tools exist only on that
 * route. The script runs once per mount, so the handler is registered once, however often the
 * component updates; it reads `$state` when Hugo calls it. Nothing is registered on the server.
 */
export function useCrispTool<Schema extends CrispToolSchema<unknown, object>, Result = unknown>(
  name: string,
  handler: CrispToolHandler<CrispToolSchemaOutput<Schema>, Result>,
  options: CrispToolOptions<Schema> & { schema: Schema },
): void;
export function useCrispTool<Args extends object = CrispToolArguments, Result = unknown>(
  name: string,
  handler: CrispToolHandler<Args, Result>,
  options?: CrispToolOptions,
): void;
export function useCrispTool(name: string, handler: CrispToolHandler<never>, options?: CrispToolOptions): void {
  const client = useCrisp();
  onMount(() => registerTool(client, name, handler, options));
}
