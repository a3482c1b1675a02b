// Crisp's vocabulary and the shapes its loader and client accept (what the real v2.7.0 checks).

export const KNOWN_EVENTS: ReadonlySet<string> = new Set([
  'session:loaded',
  'chat:initiated',
  'chat:opened',
  'chat:closed',
  'message:sent',
  'message:received',
  'message:compose:sent',
  'message:compose:received',
  'user:email:changed',
  'user:phone:changed',
  'user:nickname:changed',
  'user:avatar:changed',
  'website:availability:changed',
  'helpdesk:queried',
]);

/** Newer clients also accept one handler per AI-agent tool. */
const HUGO_TOOL = /^hugo:tool:[^:]+$/;

export const isKnownEvent = (event: unknown): event is string =>
  typeof event === 'string' && (KNOWN_EVENTS.has(event) || HUGO_TOOL.test(event));

/** The exact message the real client throws for an unknown event name. */
export const UNKNOWN_EVENT_MESSAGE = 'Event namespace not recognized';

export const CONFIG_KEYS: ReadonlySet<string> = new Set([
  'availability:tooltip',
  'hide:vacation',
  'hide:on:away',
  'hide:on:mobile',
  'position:reverse',
  'sound:mute',
  'show:operator:count',
  'container:index',
  'color:theme',
]);

export const MESSAGE_SEND_TYPES: ReadonlySet<string> = new Set(['text', 'file', 'animation', 'audio']);
export const MESSAGE_SHOW_TYPES: ReadonlySet<string> = new Set([...MESSAGE_SEND_TYPES, 'picker', 'field', 'carousel']);

/** Identity verification: HMAC-SHA256 hex, as the real client checks it. */
export const SIGNATURE = /^[0-9a-f]{64}$/;
/** Session data keys, as Crisp's SDK checks them. */
export const DATA_KEY = /^[A-Za-z0-9_-]{1,50}$/;
/** No whitespace, exactly one `@`, a dot after it: all the real client asks of an address. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/**
 * A phone number: an optional country code (`+` or `00` with digits, optionally in parentheses),
 * digit groups joined by exactly one of `-` `.` space `/` `\`, an optional extension
 * (`#`, `x`, `ext`, `extension`, then digits).
 */
export const PHONE =
  /^(?:(?:\((?:\+|00)\d+\)|\+|00)[-. /\\]?)?\d+(?:[-. /\\]\d+)*(?:\s*(?:#|x|ext|extension)\.?\s*\d+)?$/i;
/** An absolute http(s) URL with a host. */
export const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
/** Segments longer than this are refused. */
export const MAX_SEGMENT_LENGTH = 80;
/** Session data string values the client stores as numbers (inferred: plain decimal notation). */
export const NUMERIC_STRING = /^-?\d+(?:\.\d+)?$/;
/** The website-id form of the loader URL: `https://client.crisp.chat/l/<website-id>.js`. */
export const LOADER_URL_WEBSITE_ID = /\/l\/([A-Za-z0-9-]+)\.js(?:[?#].*)?$/;

export const EVENT_COLORS: ReadonlySet<string> = new Set([
  'red',
  'orange',
  'yellow',
  'green',
  'blue',
  'purple',
  'pink',
  'brown',
  'grey',
  'black',
]);

/** Every `CRISP_*` global the loader reads or the page may set (section 1). */
export const CRISP_GLOBALS = [
  'CRISP_WEBSITE_ID',
  'CRISP_TOKEN_ID',
  'CRISP_RUNTIME_CONFIG',
  'CRISP_COOKIE_DOMAIN',
  'CRISP_COOKIE_EXPIRE',
  'CRISP_READY_TRIGGER',
  'CRISP_INCLUDE_ATTRS',
] as const;

/** What `$crisp.help()` lists in v2.7.0. */
export const HELP_TEXT = [
  'Crisp (fake) — $crisp methods: push, get, set, is, on, off, do, config, safe, help',
  'push(["do", action, args?]) push(["set", key, args]) push(["config", key, args])',
  'push(["on", event, handler]) push(["off", event]) push(["safe", true])',
  'get(key, arg?) is(key)',
].join('\n');

/** The kit's page registry; `uninstall()` deletes it so each test starts clean. */
export const KIT_REGISTRY_KEY = Symbol.for('crispkit');
