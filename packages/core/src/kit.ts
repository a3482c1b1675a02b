// The client's internals, shared by the separately imported functions (setUser, login, ...).
import type { CrispCommand, CrispGlobals } from './protocol';
import type { CrispClient, CrispContribution, CrispOptions, CrispVisitor } from './types';
import type { Store } from './store';
import type { Report } from './errors';
import type { Subscribe } from './events';
import type { Loader } from './loader';

export type Page = Window & CrispGlobals;

export interface Kit {
  /** The window. Under server rendering a client has no kit, so every function is a no-op. */
  readonly page: Page;
  readonly options: CrispOptions;
  readonly store: Store;
  readonly report: Report;
  /** Pushes onto the current `$crisp`, unless this client is no longer the page's. */
  readonly send: (command: CrispCommand) => void;
  readonly subscribe: Subscribe;
  readonly loader: Loader;
  /** What was last sent this session, so unchanged input pushes nothing: command by set key. */
  sent: Map<string, string>;
  /** Session data sent this session, by key ('' once deleted). */
  data: Map<string, string | number | boolean>;
  /** Every segment sent this session (Crisp appends). */
  segments: Set<string>;
  /** Called after every session reset the kit makes, to send again what must hold in any session. */
  readonly restarted: Set<() => void>;
  /** Mounted contributions (see contribute.ts), created on first use. */
  contributions?: Set<CrispContribution>;
  /** Live hideChat holds, and whether the kit last pushed chat:hide (see hide.ts). */
  hides: number;
  hidden: boolean;
  /** Commands waiting while consent is revoked, sent when it is granted again (see consent.ts). */
  held?: CrispCommand[];
  /** What setVisitor last applied, by content (see set-visitor.ts). */
  visitor?: { identity: string; consent: CrispVisitor['consent'] };
  /** Whether warmUp has run on this page (see warm-up.ts). */
  warmed?: boolean;
}

// Symbol.for, so a function from a second copy of the package (a script tag beside a bundle)
// still finds the internals of the page's one client.
const KIT = Symbol.for('crispkit.kit');

export const attach = (client: CrispClient, kit: Kit): void => {
  Object.defineProperty(client, KIT, { value: kit });
};

/** The internals of a client made by createCrisp; undefined for anything else. */
export const kitOf = (client: unknown): Kit | undefined =>
  client && typeof client === 'object' ? (client as { [KIT]?: Kit })[KIT] : undefined;
