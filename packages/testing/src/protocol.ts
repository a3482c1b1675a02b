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

/** v2.7.0 takes exactly these 14 names, case-sensitive (`hugo:tool:…` included in what it refuses). */
export const isKnownEvent = (event: unknown): event is string => typeof event === 'string' && KNOWN_EVENTS.has(event);

/** What the real client throws for an unknown `get`/`set`/`is`/`do`/`config` key or event name. */
export const noSuchNamespace = (name: unknown): string =>
  `No such namespace: ${String(name)} - Call $crisp.help() for a list of available actions.`;

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

/** Identity verification: HMAC-SHA256 hex, as the real client checks it (after string coercion). */
export const SIGNATURE = /^[0-9a-f]{64}$/;
/** `is_data` keys: ASCII letters, digits, `_`, `-`, and the backslash that slips through. */
export const DATA_KEY = /^[A-Za-z0-9_\\-]{1,50}$/;
/** No whitespace, exactly one `@`, a dot after it: all the real client asks of an address. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/**
 * The real client's phone pattern, as its behaviour shows it (value by value): an optional
 * country code (`+` or `00` and 1 to 3 digits, optionally in brackets) or a lone separator, digit
 * groups each optionally in brackets and followed by at most one of space `-` `.` `/` `\`, an
 * optional extension. The nested `\d+` inside `(...)*` is what backtracks exponentially on a long
 * run of digits followed by a refused character. The fake never runs it on input (a test would
 * freeze); it stays here as the reference `PHONE` is checked against.
 */
export const CRISP_PHONE =
  /^(?:(?:\(?(?:00|\+)(?:[1-4]\d\d|[1-9]\d?)\)?)?[-. \\/]?)?(?:\(?\d+\)?[-. \\/]?)*(?:[-. \\/]?(?:#|ext\.?|extension|x)[-. \\/]?\d+)?$/i;
/**
 * The same language in linear time: each digit group is matched atomically (a lookahead captures
 * it, the back-reference consumes it), so a failing value is not retried as every split of its
 * digits into groups. Taking the longest group is safe: what follows a group can never start with
 * a digit, a `)` or need the separator it took.
 */
export const PHONE =
  /^(?:(?:\(?(?:00|\+)(?:[1-4]\d\d|[1-9]\d?)\)?)?[-. \\/]?)?(?:(?=(\(?\d+\)?[-. \\/]?))\1)*(?:[-. \\/]?(?:#|ext\.?|extension|x)[-. \\/]?\d+)?$/i;
/**
 * The paths Crisp's pattern walks before refusing a value: each run of n digits can be split into
 * groups 2^(n-1) ways, and a refused value is retried as every split.
 */
export function phoneBacktracking(value: string): number {
  let paths = 1;
  for (const run of value.match(/\d+/g) ?? []) paths *= 2 ** (run.length - 1);
  return paths === 1 ? 0 : paths;
}
/** Measured: 26 digits then a letter took about 1.4 s, i.e. 2^25 paths at about 25,000 per ms. */
export const PHONE_PATHS_PER_MS = 25_000;
/** `is_avatar`: lowercase `http://` or `https://`, then at least one character, no line break. */
export const AVATAR = /^https?:\/\/.+$/;
/** Segments longer than this (UTF-16 units, after trimming) are refused. */
export const MAX_SEGMENT_LENGTH = 80;
/** The website-id form of the loader URL: `https://client.crisp.chat/l/<website-id>.js`. */
export const LOADER_URL_WEBSITE_ID = /\/l\/([A-Za-z0-9-]+)\.js(?:[?#].*)?$/;

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
