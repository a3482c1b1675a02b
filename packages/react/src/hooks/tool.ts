// useCrispTool: a Widget Tool that Crisp's AI agent can call while the component is mounted.
import { useEffect, useInsertionEffect, useRef } from 'react';
import { registerTool, type CrispToolHandler, type CrispToolHook, type CrispToolOptions } from '@crispkit/core';
import { useCrisp } from '../context';

/**
 * Registers the tool `name` while the component is mounted: a route's tools exist only on that
 * route. The latest handler is the one Hugo calls, so an inline arrow does not register again on
 * every render; `options` are read when the tool registers (on mount, and when `name` changes).
 */
export const useCrispTool: CrispToolHook = (
  name: string,
  handler: CrispToolHandler<never>,
  options?: CrispToolOptions,
): void => {
  const client = useCrisp();
  const latest = useRef(handler);
  const settings = useRef(options);
  // Updated during commit, not render, so a render React throws away never leaks its handler.
  useInsertionEffect(() => {
    latest.current = handler;
    settings.current = options;
  });
  useEffect(() => registerTool(client, name, (args: never) => latest.current(args), settings.current), [client, name]);
};
