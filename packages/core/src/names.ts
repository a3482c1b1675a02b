// Crisp's vocabulary at run time, one table per verb, each checked against the protocol types
// (`satisfies Record<Name, 1>` fails to compile on a missing, extra or misspelt name).
import type { CrispConfigKey, CrispDoAction, CrispEventName, CrispSetKey } from './protocol';

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

// The tables below are read only by development checks, so production bundles drop them.
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
  typeof name == 'string' && Object.prototype.hasOwnProperty.call(table, name);

/** Whether Crisp accepts a handler for this event name. */
export const isEventName = (name: unknown): boolean =>
  isName(EVENT_NAMES, name) || (typeof name == 'string' && /^hugo:tool:./.test(name));
