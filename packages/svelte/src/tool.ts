// useCrispTool: a Widget Tool that Crisp's AI agent can call while the component is mounted.
import { onMount } from 'svelte';
import { registerTool, type CrispToolHandler, type CrispToolHook, type CrispToolOptions } from '@crispkit/core';
import { useCrisp } from './context.js';

/**
 * Registers the tool `name` while the component is mounted: a route's tools exist only on that
 * route. The script runs once per mount, so the handler is registered once, however often the
 * component updates; it reads `$state` when Hugo calls it. Nothing is registered on the server.
 */
export const useCrispTool: CrispToolHook = (
  name: string,
  handler: CrispToolHandler<never>,
  options?: CrispToolOptions,
): void => {
  const client = useCrisp();
  onMount(() => registerTool(client, name, handler, options));
};
