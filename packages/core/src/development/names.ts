// Crisp's vocabulary, for development builds only: every name Crisp's client knows, checked against
// the protocol types (`satisfies Record<Name, 1>` fails to compile on a missing, extra or misspelt
// name). Nothing outside this folder refers to these tables, so production bundles leave them out.
import type { CrispConfigKey, CrispDoAction, CrispEventName, CrispSetKey } from '../protocol/protocol';

/** The 14 events Crisp v2.7.0 takes in `on` / `off`, exact and case-sensitive. */
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

export const SET_KEYS = {
  'user:email': 1,
  'user:phone': 1,
  'user:nickname': 1,
  'user:avatar': 1,
  'user:company': 1,
  'session:data': 1,
  'session:segments': 1,
  'session:event': 1,
  'message:text': 1,
} satisfies Record<CrispSetKey, 1>;

/** `do` actions, those of v2.7.0 and the few newer clients add (`bot:scenario:run`, `overlay:*`). */
export const DO_ACTIONS = {
  'chat:open': 1,
  'chat:close': 1,
  'chat:toggle': 1,
  'chat:show': 1,
  'chat:hide': 1,
  'message:send': 1,
  'message:show': 1,
  'message:read': 1,
  'message:thread:start': 1,
  'message:thread:end': 1,
  'helpdesk:search': 1,
  'helpdesk:query': 1,
  'helpdesk:article:open': 1,
  'session:reset': 1,
  'trigger:run': 1,
  'bot:scenario:run': 1,
  'overlay:open': 1,
  'overlay:close': 1,
} satisfies Record<CrispDoAction, 1>;

/** `config` keys, each with the kind of value it takes. */
export const CONFIG_KEYS = {
  'availability:tooltip': 'boolean',
  'hide:vacation': 'boolean',
  'hide:on:away': 'boolean',
  'hide:on:mobile': 'boolean',
  'position:reverse': 'boolean',
  'sound:mute': 'boolean',
  'show:operator:count': 'boolean',
  'container:index': 'number',
  'color:theme': 'theme',
} satisfies Record<CrispConfigKey, 'boolean' | 'number' | 'theme'>;

export const THEME_COLORS = [
  'default',
  'amber',
  'black',
  'blue',
  'blue_grey',
  'light_blue',
  'brown',
  'cyan',
  'green',
  'light_green',
  'grey',
  'indigo',
  'orange',
  'deep_orange',
  'pink',
  'purple',
  'deep_purple',
  'red',
  'teal',
] as const;

/** The colours Crisp documents for `session:event` (its client passes any value on unchecked). */
export const EVENT_COLORS = ['red', 'orange', 'yellow', 'green', 'blue', 'purple', 'pink', 'brown', 'grey', 'black'];

/** An own name of a table (`'toString' in table` would be true; this is not). */
export const isNameIn = (table: object, name: unknown): name is string =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(table, name);
