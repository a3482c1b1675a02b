// Reading (and, on uninstall, removing) the `CRISP_*` globals and `$crisp` of a window.
import { CRISP_GLOBALS } from './protocol';
import { copy } from './state';
import type { FakeGlobals } from './types';

/** A window seen as the bag of globals the snippet writes to. */
export type GlobalBag = Record<string, unknown>;

export const bagOf = (win: Window): GlobalBag => win as unknown as GlobalBag;

const stringOrUndefined = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const recordOrUndefined = <T>(value: unknown): Readonly<Record<string, T>> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? copy(value as Record<string, T>) : undefined;

export const EMPTY_GLOBALS: FakeGlobals = {
  readCount: 0,
  websiteId: undefined,
  tokenId: undefined,
  runtimeConfig: undefined,
  cookieDomain: undefined,
  cookieExpire: undefined,
  includeAttrs: undefined,
};

/** The values as they are now, copied, so a later change by the page cannot alter the snapshot. */
export function readGlobals(win: Window, previousReads: number): FakeGlobals {
  const bag = bagOf(win);
  const token = bag.CRISP_TOKEN_ID;
  return {
    readCount: previousReads + 1,
    websiteId: stringOrUndefined(bag.CRISP_WEBSITE_ID),
    tokenId: typeof token === 'string' || typeof token === 'number' || token === null ? token : undefined,
    runtimeConfig: recordOrUndefined<unknown>(bag.CRISP_RUNTIME_CONFIG),
    cookieDomain: stringOrUndefined(bag.CRISP_COOKIE_DOMAIN),
    cookieExpire: typeof bag.CRISP_COOKIE_EXPIRE === 'number' ? bag.CRISP_COOKIE_EXPIRE : undefined,
    includeAttrs: recordOrUndefined<string>(bag.CRISP_INCLUDE_ATTRS),
  };
}

/** The function the page set as `CRISP_READY_TRIGGER`, if any. */
export function readReadyTrigger(win: Window): ((this: Window) => void) | undefined {
  const trigger = bagOf(win).CRISP_READY_TRIGGER;
  return typeof trigger === 'function' ? (trigger as (this: Window) => void) : undefined;
}

/** `CRISP_INCLUDE_ATTRS` as the loader applies it to the elements it injects. */
export function includeAttrsOf(win: Window): [string, string][] {
  const attrs = bagOf(win).CRISP_INCLUDE_ATTRS;
  if (attrs === null || typeof attrs !== 'object') return [];
  return Object.entries(attrs as Record<string, unknown>)
    .filter((entry): entry is [string, string | number | boolean] =>
      ['string', 'number', 'boolean'].includes(typeof entry[1]),
    )
    .map(([name, value]) => [name, String(value)]);
}

/** The stable session id Crisp derives for a token, or a fresh anonymous one. */
export function sessionIdFor(token: FakeGlobals['tokenId'], fresh: () => string): string {
  return token === undefined || token === null || token === '' ? fresh() : `session_tok_${String(token)}`;
}

export function deleteCrispGlobals(win: Window): void {
  const bag = bagOf(win);
  // Every CRISP_* key, not only the known ones, so a test that set an unusual one is cleaned too.
  const keys = new Set<string>([...CRISP_GLOBALS, ...Object.keys(bag).filter((k) => k.startsWith('CRISP_'))]);
  for (const key of [...keys, '$crisp']) forget(bag, key);
}

/** `var`-declared globals are not configurable; deleting them throws in strict code, so blank them. */
function forget(bag: GlobalBag, key: string): void {
  try {
    delete bag[key];
  } catch {
    bag[key] = undefined;
  }
}
