// clientPart: how a separately imported function (setUser, warmUp, ...) finds one part of a
// client (its visitor, its store, ...), each part attached by createCrisp under its own key.
import type { CrispOptions } from '../contract/types';
import type { Page } from './page';
import { isPageClient } from './registry';

export interface ClientPart<T> {
  attach(client: object, part: T): void;
  /** The part while `client` is the page's client; undefined otherwise (a destroyed client is inert). */
  of(client: unknown): T | undefined;
  /** The part of any client createCrisp made in a browser, the page's or not. */
  held(client: unknown): T | undefined;
}

/**
 * A key per part, from `Symbol.for`, so that a function from a second copy of the package (a
 * script tag beside a bundle) still finds the parts of the page's one client.
 */
export function clientPart<T>(name: string): ClientPart<T> {
  const key = Symbol.for('crispkit.' + name);
  const held = (client: unknown) => (client && typeof client === 'object' ? (client as { [key]?: T })[key] : undefined);
  return {
    attach: (client, part) => void Object.defineProperty(client, key, { value: part }),
    of: (client) => (isPageClient(client) ? held(client) : undefined),
    held,
  };
}

/** What a client was made with and never changes: the page and its options. */
export interface Setup {
  readonly page: Page;
  readonly options: CrispOptions;
}

export const setupPart = clientPart<Setup>('setup');
