// The Svelte context that carries the page's Crisp client, and useCrisp() to read it.
import { getContext } from 'svelte';
import type { CrispClient } from '@crispkit/core';

/**
 * The context key set by `provideCrisp` (and `<CrispProvider>`). It holds the client only, never
 * state: state goes through useCrispState, which updates only what reads the changed slice.
 * `getContext(CrispKey)` is the client or `undefined`, for code that must work without a provider.
 */
export const CrispKey: unique symbol = Symbol('crispkit');

/** The client of the nearest `<CrispProvider>` (or `provideCrisp`); stable identity. Throws outside one. */
export function useCrisp(): CrispClient {
  const client = getContext<CrispClient | undefined>(CrispKey);
  if (!client)
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? 'crispkit: useCrisp() and the Crisp functions need a provider above them, called in a component\'s initialisation. Wrap your app (e.g. in +layout.svelte) in <CrispProvider websiteId="your-website-id">, or call provideCrisp({ websiteId }) in the root component\'s script.'
        : 'crispkit: no <CrispProvider>',
    );
  return client;
}
