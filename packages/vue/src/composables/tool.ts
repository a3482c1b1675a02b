// useCrispTool: a Widget Tool that Crisp's AI agent can call while the component is mounted.
import {
  registerTool,
  type CrispToolArguments,
  type CrispToolHandler,
  type CrispToolOptions,
  type CrispToolSchema,
  type CrispToolSchemaOutput,
} from '@crispkit/core';
import { useCrisp } from '../injection';
import { whileMounted } from '../while-mounted';

/**
 * Registers the tool `name` while the component is mounted (and not cached away by
 * `<KeepAlive>`): a route's tools exist only on that route. Setup runs once, so the handler is
 * registered once per mount, however often the component renders.
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
  whileMounted(() => registerTool(client, name, handler, options));
}
