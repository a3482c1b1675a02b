// The `CRISP_*` globals: the copy the loader takes of them, and their removal on uninstall.
import { CRISP_GLOBALS, LOADER_URL_WEBSITE_ID } from './protocol';
import { copy } from './state';
import type { FakeGlobals } from './types';

/** A window seen as the bag of globals the snippet writes to. */
export type GlobalBag = Record<PropertyKey, unknown>;

export const bagOf = (win: Window): GlobalBag => win as unknown as GlobalBag;

/**
 * What the loader keeps of the globals. Taken synchronously when `l.js` executes and again when
 * `session:reset` re-runs the loader's init; the client never looks at the window's globals
 * between those moments, so a later write by the page changes nothing.
 */
export interface GlobalsCopy {
  readonly view: FakeGlobals;
  readonly readyTrigger: ((this: Window) => void) | undefined;
}

/**
 * What a loader hands the live object's `__init`: its copy, with the token also where Crisp's
 * loader puts it (`token_id`). The client starts with `token_id`, as Crisp's does, so code that
 * hands `__init` another config (the kit's, after a sign-out since `l.js` ran) is followed.
 */
export interface InitConfig extends GlobalsCopy {
  readonly token_id: FakeGlobals['tokenId'];
}

export const initConfigOf = (copy: GlobalsCopy): InitConfig => ({ ...copy, token_id: copy.view.tokenId });

/** The copy the client starts with: the loader's, with the token `__init` was given. */
export const copyOfInit = ({ view, readyTrigger, token_id }: InitConfig): GlobalsCopy => ({
  view: { ...view, tokenId: token_id },
  readyTrigger,
});

const stringOrUndefined = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const recordOrUndefined = <T>(value: unknown): Readonly<Record<string, T>> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? copy(value as Record<string, T>) : undefined;

export const EMPTY_GLOBALS: FakeGlobals = {
  readCount: 0,
  readAt: null,
  websiteId: undefined,
  tokenId: undefined,
  runtimeConfig: undefined,
  cookieDomain: undefined,
  cookieExpire: undefined,
  includeAttrs: undefined,
};

/** The id in `https://client.crisp.chat/l/<website-id>.js`, if the loader was loaded that way. */
export function websiteIdFromUrl(url: string | null | undefined): string | undefined {
  return url ? LOADER_URL_WEBSITE_ID.exec(url)?.[1] : undefined;
}

/**
 * Copies the globals as they are now (deeply: a later change by the page cannot alter the copy).
 * `urlWebsiteId` stands in when `CRISP_WEBSITE_ID` is not set, as the real loader does.
 */
export function copyGlobals(
  win: Window,
  readCount: number,
  readAt: NonNullable<FakeGlobals['readAt']>,
  urlWebsiteId: string | undefined,
): GlobalsCopy {
  const bag = bagOf(win);
  const token = bag.CRISP_TOKEN_ID;
  const trigger = bag.CRISP_READY_TRIGGER;
  return {
    view: {
      readCount,
      readAt,
      websiteId: stringOrUndefined(bag.CRISP_WEBSITE_ID) ?? urlWebsiteId,
      tokenId: typeof token === 'string' || typeof token === 'number' || token === null ? token : undefined,
      runtimeConfig: recordOrUndefined<unknown>(bag.CRISP_RUNTIME_CONFIG),
      cookieDomain: stringOrUndefined(bag.CRISP_COOKIE_DOMAIN),
      cookieExpire: typeof bag.CRISP_COOKIE_EXPIRE === 'number' ? bag.CRISP_COOKIE_EXPIRE : undefined,
      includeAttrs: recordOrUndefined<string>(bag.CRISP_INCLUDE_ATTRS),
    },
    readyTrigger: typeof trigger === 'function' ? (trigger as (this: Window) => void) : undefined,
  };
}

/** The attributes the loader copies onto each element it injects (a CSP nonce, typically). */
export function includeAttrsOf(attrs: FakeGlobals['includeAttrs']): [string, string][] {
  return Object.entries((attrs ?? {}) as Record<string, unknown>)
    .filter((entry): entry is [string, string | number | boolean] =>
      ['string', 'number', 'boolean'].includes(typeof entry[1]),
    )
    .map(([name, value]) => [name, String(value)]);
}

/** The locale the client runs with (`CRISP_RUNTIME_CONFIG.locale` of its copy), e.g. `'fr'`. */
export function localeOf(globals: FakeGlobals): string | undefined {
  const locale = globals.runtimeConfig?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

/** The stable session id Crisp derives for a token, or a fresh anonymous one. */
export function sessionIdFor(token: FakeGlobals['tokenId'], fresh: () => string): string {
  return token === undefined || token === null || token === '' ? fresh() : `session_tok_${String(token)}`;
}

export function deleteCrispGlobals(win: Window): void {
  const bag = bagOf(win);
  // Every CRISP_* key, not only the known ones, so a test that set an unusual one is cleaned too.
  const keys = new Set<string>([...CRISP_GLOBALS, ...Object.keys(bag).filter((k) => k.startsWith('CRISP_'))]);
  for (const key of [...keys, '$crisp']) forgetGlobal(bag, key);
}

/**
 * Removes a global without ever throwing. A `var`-declared global is not configurable: `delete`
 * throws in strict code (this module), so it is blanked with `undefined` instead, which is how a
 * page clears such a global too.
 */
export function forgetGlobal(bag: GlobalBag, key: PropertyKey): void {
  if (!Object.prototype.hasOwnProperty.call(bag, key)) return;
  const descriptor = Object.getOwnPropertyDescriptor(bag, key);
  if (descriptor?.configurable) {
    delete bag[key];
    return;
  }
  try {
    bag[key] = undefined;
  } catch {
    // Read-only and not configurable: nothing any page code could do either.
  }
}
