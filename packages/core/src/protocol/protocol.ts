// The shape of Crisp's browser protocol as types. Types only: nothing here reaches a bundle, so
// the whole command surface costs zero bytes (the runtime name tables in names.ts are checked
// against these types).

import type { CrispMessage, CrispCompose, CrispSendableMessage, CrispShowableMessage } from './messages';
import type { CrispToolCommand } from './tools';

/** A value Crisp accepts in `session:data` and `bot:scenario:run` variables. */
export type CrispPrimitive = string | number | boolean;

export type CrispColor =
  'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'purple' | 'pink' | 'brown' | 'grey' | 'black';

export type CrispThemeColor =
  | 'default'
  | 'amber'
  | 'black'
  | 'blue'
  | 'blue_grey'
  | 'light_blue'
  | 'brown'
  | 'cyan'
  | 'green'
  | 'light_green'
  | 'grey'
  | 'indigo'
  | 'orange'
  | 'deep_orange'
  | 'pink'
  | 'purple'
  | 'deep_purple'
  | 'red'
  | 'teal';

export interface CrispCompany {
  url?: string;
  description?: string;
  /** Crisp refuses a title without a role. */
  employment?: [title: string, role: string];
  geolocation?: [country: string, city?: string];
}

export type CrispSessionDataPair = [key: string, value: CrispPrimitive];
export type CrispSessionEvent = [name: string, data?: Record<string, CrispPrimitive>, color?: CrispColor];

/** `do` actions and their argument lists (the third element of the command). */
export interface CrispDoActions {
  'chat:open': [];
  'chat:close': [];
  'chat:toggle': [];
  'chat:show': [];
  'chat:hide': [];
  'message:send': CrispSendableMessage;
  'message:show': CrispShowableMessage;
  'message:read': [];
  'message:thread:start': [name: string];
  'message:thread:end': [name?: string];
  'helpdesk:search': [];
  'helpdesk:query': [query: string];
  'helpdesk:article:open': [locale: string, slug: string, title?: string, category?: string];
  'session:reset': [reload?: boolean];
  'trigger:run': [name: string];
  'bot:scenario:run': [name: string, variables?: Record<string, CrispPrimitive>];
  'overlay:open': [callback?: () => void];
  'overlay:close': [];
}

/** `set` keys and their argument lists. */
export interface CrispSetKeys {
  'user:email': [email: string, signature?: string];
  'user:phone': [phone: string];
  'user:nickname': [nickname: string];
  'user:avatar': [url: string];
  'user:company': [name: string, details?: CrispCompany];
  /** `[[k, v], …]` as one argument, or `(k, v)`; Crisp reads a lone `[[k, v]]` as a key and refuses it. */
  'session:data': [pairs: CrispSessionDataPair[]] | CrispSessionDataPair;
  'session:segments': [segments: string[], overwrite?: boolean];
  /** A list of `[name, data?, color?]`, or one event flat: `(name, data?, color?)`. */
  'session:event': [events: CrispSessionEvent[]] | CrispSessionEvent;
  'message:text': [text: string];
}

/** `config` keys and their value types. */
export interface CrispConfigKeys {
  'availability:tooltip': boolean;
  'hide:vacation': boolean;
  'hide:on:away': boolean;
  'hide:on:mobile': boolean;
  'position:reverse': boolean;
  'sound:mute': boolean;
  'show:operator:count': boolean;
  'container:index': number;
  'color:theme': CrispThemeColor;
}

/** `get` keys, the argument some take, and what they return. */
export interface CrispGetKeys {
  'chat:unread:count': number;
  'message:text': string;
  'session:identifier': string;
  'session:data': CrispPrimitive | Record<string, CrispPrimitive>;
  'user:email': string;
  'user:phone': string;
  'user:nickname': string;
  'user:avatar': string;
  'user:company': { name: string } & CrispCompany;
}

export type CrispIsKey =
  | 'chat:opened'
  | 'chat:closed'
  | 'chat:visible'
  | 'chat:hidden'
  | 'chat:small'
  | 'chat:large'
  | 'session:ongoing'
  | 'website:available';

/** Events and the payload their handlers receive. */
export interface CrispEvents {
  'session:loaded': string;
  'chat:initiated': void;
  'chat:opened': void;
  'chat:closed': void;
  'message:sent': CrispMessage;
  'message:received': CrispMessage;
  'message:compose:sent': CrispCompose;
  'message:compose:received': CrispCompose;
  'user:email:changed': string;
  'user:phone:changed': string;
  'user:nickname:changed': string;
  'user:avatar:changed': string;
  'website:availability:changed': boolean;
  'helpdesk:queried': unknown;
}

export type CrispDoAction = keyof CrispDoActions;
export type CrispSetKey = keyof CrispSetKeys;
export type CrispConfigKey = keyof CrispConfigKeys;
export type CrispGetKey = keyof CrispGetKeys;
export type CrispEventName = keyof CrispEvents;
export type CrispEventHandler<E extends CrispEventName> = (payload: CrispEvents[E]) => void;

/** Every command `$crisp.push` accepts, as a discriminated union on verb then name. */
export type CrispCommand =
  | {
      [A in CrispDoAction]: [] extends CrispDoActions[A]
        ? ['do', A] | ['do', A, CrispDoActions[A]]
        : ['do', A, CrispDoActions[A]];
    }[CrispDoAction]
  | { [K in CrispSetKey]: ['set', K, CrispSetKeys[K]] }[CrispSetKey]
  | { [K in CrispConfigKey]: ['config', K, [CrispConfigKeys[K]]] }[CrispConfigKey]
  | { [E in CrispEventName]: ['on', E, CrispEventHandler<E>] }[CrispEventName]
  | ['off', CrispEventName]
  | CrispToolCommand
  | ['safe', boolean];

/** The live object Crisp's client puts in `window.$crisp` once loaded. */
export interface CrispLive {
  push(command: CrispCommand): void;
  get<K extends CrispGetKey>(key: K, arg?: string): CrispGetKeys[K] | undefined;
  is(key: CrispIsKey): boolean;
  [method: string]: unknown;
}

/** `window.$crisp`: the queue array before load, the live object after. */
export type CrispQueue = CrispCommand[] | CrispLive;

/** The globals Crisp's loader reads (once, when `l.js` executes, and again at each session reset). */
export interface CrispGlobals {
  $crisp?: CrispQueue;
  CRISP_WEBSITE_ID?: string;
  CRISP_TOKEN_ID?: string | number | null;
  CRISP_RUNTIME_CONFIG?: CrispRuntimeConfig;
  CRISP_COOKIE_DOMAIN?: string;
  CRISP_COOKIE_EXPIRE?: number;
  CRISP_READY_TRIGGER?: (this: Window) => void;
  CRISP_INCLUDE_ATTRS?: Record<string, string>;
}

export interface CrispRuntimeConfig {
  locale?: string;
  session_merge?: boolean;
  lock_maximized?: boolean;
  lock_full_view?: boolean;
  disable_full_view?: boolean;
  cross_origin_cookies?: boolean;
  [key: string]: unknown;
}
