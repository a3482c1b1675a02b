// Crisp's vocabulary at run time, checked against the protocol types (`satisfies Record<Name, …>`
// fails to compile on a missing, extra or misspelt name). The `set` and `do` tables are the
// argument rules in rules.ts.
import type { CrispConfigKey, CrispEventName } from './protocol';

/** Events Crisp accepts in `on` (besides `hugo:tool:<name>`). Used in production too. */
export const EVENT_NAMES = {
  'session:loaded': 1,
  'chat:initiated': 1,
  'chat:opened': 1,
  'chat:closed': 1,
  'message:sent': 1,
  'message:received': 1,
  'message:compose:sent': 1,
  'message:compose:received': 1,
  'user:email:changed': 1,
  'user:phone:changed': 1,
  'user:nickname:changed': 1,
  'user:avatar:changed': 1,
  'website:availability:changed': 1,
  'helpdesk:queried': 1,
} satisfies Record<CrispEventName, 1>;

/** `config` keys (values are not checked: Crisp accepts any). */
export const CONFIG_KEYS = {
  'availability:tooltip': 1,
  'hide:vacation': 1,
  'hide:on:away': 1,
  'hide:on:mobile': 1,
  'position:reverse': 1,
  'sound:mute': 1,
  'show:operator:count': 1,
  'container:index': 1,
  'color:theme': 1,
} satisfies Record<CrispConfigKey, 1>;

/** An own key of a table: `'toString' in table` would be true, this is not. */
export const isName = (table: object, name: unknown): boolean =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(table, name);

/** Whether Crisp accepts a handler for this event name. */
export const isEventName = (name: unknown): boolean =>
  isName(EVENT_NAMES, name) || (typeof name === 'string' && /^hugo:tool:[^:]+$/.test(name));
