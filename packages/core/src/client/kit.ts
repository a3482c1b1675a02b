// The client's internals, shared by the separately imported functions (setUser, login, ...).
import type { CrispCommand, CrispGlobals } from '../protocol/protocol';
import type { CrispClient, CrispOptions } from './types';
import type { Store } from '../state/store';
import type { Report } from './errors';
import type { On } from '../queue/events';
import type { Loader } from '../loader/loader';
import type { Visitor } from '../visitor/visitor';
import { registry } from './registry';

export type Page = Window & CrispGlobals;

export interface Kit {
  readonly page: Page;
  readonly options: CrispOptions;
  readonly store: Store;
  readonly report: Report;
  /** Pushes onto the current `$crisp`, unless this client is no longer the page's. */
  readonly send: (command: CrispCommand) => void;
  /** Crisp events, fanned out: one registration per name, whatever the number of listeners. */
  readonly on: On;
  readonly loader: Loader;
  /** The `$crisp` array this client started with (none when Crisp was live already). */
  readonly queue: unknown[] | undefined;
  /** The one owner of who the visitor is and what Crisp's session has received (visitor.ts). */
  readonly visitor: Visitor;
  /** How many state listeners there are, and the releases of the chat tracking they keep alive. */
  listeners: number;
  tracking: (() => void)[];
  /** Whether warmUp has run on this page (see warm-up.ts). */
  warmed?: boolean;
}

// Symbol.for, so a function from a second copy of the package (a script tag beside a bundle)
// still finds the internals of the page's one client.
const KIT = Symbol.for('crispkit.kit');

export const attach = (client: CrispClient, kit: Kit): void => {
  Object.defineProperty(client, KIT, { value: kit });
};

/** The internals of a client made by createCrisp in a browser; undefined for anything else. */
export const kitOf = (client: unknown): Kit | undefined =>
  client && typeof client === 'object' ? (client as { [KIT]?: Kit })[KIT] : undefined;

/** Whether `kit` is still the page's: a destroyed or replaced client sends and loads nothing. */
export const isActive = (kit: Kit): boolean => kitOf(registry().client) === kit;

/** The internals of `client` while it is the page's client; undefined otherwise (inert). */
export const activeKit = (client: unknown): Kit | undefined => {
  const kit = kitOf(client);
  return kit && isActive(kit) ? kit : undefined;
};
