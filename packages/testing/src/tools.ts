// Widget Tools for Crisp's AI agent, as newer clients run them: the page registers a handler with
// `on hugo:tool:<name>`, and the fake plays Hugo, calling it and reading what it answers.
import type { FakeHandler, FakeToolAnswer } from './types';

const TOOL_EVENT = /^hugo:tool:./;

/** Whether `event` names a Widget Tool (refused by v2.7.0, taken by newer clients). */
export const isToolEvent = (event: unknown): event is string => typeof event === 'string' && TOOL_EVENT.test(event);

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Calls the handler registered for `hugo:tool:<name>` with `args` (`this === window`) and waits
 * for its answer. No handler is an error answer too: Hugo hears that the tool is not there.
 */
export async function callTool(
  win: Window,
  handlers: ReadonlyMap<string, FakeHandler>,
  name: string,
  args: Record<string, unknown>,
): Promise<FakeToolAnswer> {
  const handler = handlers.get(`hugo:tool:${name}`) as ((args: unknown) => unknown) | undefined;
  if (!handler) return { ok: false, error: `No handler for tool "${name}"` };
  try {
    // A structured-clone copy, as the arguments arrive from Crisp's servers: never the test's object.
    return { ok: true, value: await handler.call(win, structuredClone(args)) };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}
