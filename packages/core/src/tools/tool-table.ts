// The page's tools, one table per client: one handler per name (a tool is a function, not an
// event), registered with Crisp once per name and sent again after a session reset.
import type { CrispToolArguments, CrispToolEventName } from '../protocol/tools';
import { setupPart } from '../page/client-part';
import { isPageClient } from '../page/registry';
import { createSend } from '../queue/send';
import { createReporter } from '../report/errors';
import { storePart } from '../state/store';
import { answerOf, type Tool, type ToolHost } from './answer';

export interface ToolTable extends ToolHost {
  readonly tools: Map<string, Tool>;
  /** The function Crisp holds per name; it calls whichever tool is current for that name. */
  readonly calls: Map<string, (args: CrispToolArguments) => Promise<unknown>>;
}

// Keyed by the client: its tools go with it (a destroyed client's are inert, its sends dropped).
const tables = new WeakMap<object, ToolTable>();

export const eventOf = (name: string): CrispToolEventName => `hugo:tool:${name}`;

/** Sends Crisp every current tool again (it keeps one handler per name, so this replaces, never adds). */
const sendAll = (table: ToolTable) => table.calls.forEach((call, name) => table.send(['on', eventOf(name), call]));

/** The tools of `client` while it is the page's client; undefined otherwise. */
export function tableOf(client: object): ToolTable | undefined {
  let table = tables.get(client);
  const setup = setupPart.of(client);
  const store = storePart.of(client);
  if (!setup || !store) return undefined;
  if (!table) {
    const { page, options } = setup;
    // The client's own reporter is stateless over onError: the tools make theirs the same way.
    const report = createReporter(options.onError);
    const created: ToolTable = {
      page,
      report,
      send: createSend(page, options, report, () => isPageClient(client)),
      tools: new Map(),
      calls: new Map(),
    };
    table = created;
    tables.set(client, created);
    // Whether Crisp keeps page-registered handlers across `session:reset` is not documented
    // (and cannot be observed offline): after each reset (the session id goes to null, then to
    // the new session's), the tools are sent again. Sending one that Crisp kept costs nothing.
    let hadSession = store.get().sessionId !== null;
    let resetting = false;
    store.subscribe(({ sessionId }) => {
      if (sessionId === null) resetting = hadSession;
      else {
        if (resetting) sendAll(created);
        hadSession = true;
        resetting = false;
      }
    });
  }
  return table;
}

/** The one function Crisp calls for `name`, made (and sent) when the name is first registered. */
export function callFor(table: ToolTable, name: string): void {
  if (table.calls.has(name)) return;
  const call = (args: CrispToolArguments) => {
    const tool = table.tools.get(name);
    // Released between Crisp's call and now: Hugo gets an error, never a silent undefined.
    return tool ? answerOf(table, name, tool, args) : Promise.reject(new Error(`No tool "${name}" on this page`));
  };
  table.calls.set(name, call);
  table.send(['on', eventOf(name), call]);
}

/** Tells Crisp the tool is gone: taken back from the pre-load queue, or `off` to the live client. */
export function dropCall(table: ToolTable, name: string): void {
  const call = table.calls.get(name);
  if (!call) return;
  table.calls.delete(name);
  const pending = table.page.$crisp;
  const at = Array.isArray(pending) ? pending.findIndex((command) => command[2] === call) : -1;
  if (at >= 0) (pending as unknown[]).splice(at, 1);
  else table.send(['off', eventOf(name)]);
}
