// The page's tools, one table per client: one handler per name (a tool is a function, not an
// event), registered with Crisp once per name and sent again after a session reset.
import type { Kit } from '../client/kit';
import type { CrispToolArguments, CrispToolEventName } from '../protocol/tools';
import { answerOf, type Tool } from './answer';

export interface ToolTable {
  readonly tools: Map<string, Tool>;
  /** The function Crisp holds per name; it calls whichever tool is current for that name. */
  readonly calls: Map<string, (args: CrispToolArguments) => Promise<unknown>>;
}

const tables = new WeakMap<Kit, ToolTable>();

export const eventOf = (name: string): CrispToolEventName => `hugo:tool:${name}`;

/** Sends Crisp every current tool again (it keeps one handler per name, so this replaces, never adds). */
const sendAll = (kit: Kit, table: ToolTable) =>
  table.calls.forEach((call, name) => kit.send(['on', eventOf(name), call]));

export function tableOf(kit: Kit): ToolTable {
  let table = tables.get(kit);
  if (!table) {
    const created: ToolTable = { tools: new Map(), calls: new Map() };
    table = created;
    tables.set(kit, created);
    // Whether Crisp keeps page-registered handlers across `session:reset` is not documented
    // (and cannot be observed offline): after each reset (the session id goes to null, then to
    // the new session's), the tools are sent again. Sending one that Crisp kept costs nothing.
    let hadSession = kit.store.get().sessionId !== null;
    let resetting = false;
    kit.store.subscribe(({ sessionId }) => {
      if (sessionId === null) resetting = hadSession;
      else {
        if (resetting) sendAll(kit, created);
        hadSession = true;
        resetting = false;
      }
    });
  }
  return table;
}

/** The one function Crisp calls for `name`, made (and sent) when the name is first registered. */
export function callFor(kit: Kit, table: ToolTable, name: string): void {
  if (table.calls.has(name)) return;
  const call = (args: CrispToolArguments) => {
    const tool = table.tools.get(name);
    // Released between Crisp's call and now: Hugo gets an error, never a silent undefined.
    return tool ? answerOf(kit, name, tool, args) : Promise.reject(new Error(`No tool "${name}" on this page`));
  };
  table.calls.set(name, call);
  kit.send(['on', eventOf(name), call]);
}

/** Tells Crisp the tool is gone: taken back from the pre-load queue, or `off` to the live client. */
export function dropCall(kit: Kit, table: ToolTable, name: string): void {
  const call = table.calls.get(name);
  if (!call) return;
  table.calls.delete(name);
  const pending = kit.page.$crisp;
  const at = Array.isArray(pending) ? pending.findIndex((command) => command[2] === call) : -1;
  if (at >= 0) (pending as unknown[]).splice(at, 1);
  else kit.send(['off', eventOf(name)]);
}
