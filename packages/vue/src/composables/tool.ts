// useCrispTool: a Widget Tool that Crisp's AI agent can call while the component is mounted.
import { registerTool, type CrispToolHandler, type CrispToolHook, type CrispToolOptions } from '@crispkit/core';
import { useCrisp } from '../injection';
import { whileMounted } from '../while-mounted';

/**
 * Registers the tool `name` while the component is mounted (and not cached away by
 * `<KeepAlive>`): a route's tools exist only on that route. Setup runs once, so the handler is
 * registered once per mount, however often the component renders.
 */
export const useCrispTool: CrispToolHook = (
  name: string,
  handler: CrispToolHandler<never>,
  options?: CrispToolOptions,
): void => {
  const client = useCrisp();
  whileMounted(() => registerTool(client, name, handler, options));
};
