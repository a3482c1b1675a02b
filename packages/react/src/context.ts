// The React context that carries the page's Crisp client, and useCrisp() to read it.
import { createContext, useContext } from 'react';
import type { CrispClient } from '@crispkit/core';

/**
 * Holds the client only, never state: the client's identity never changes, so opening the chat
 * or a new message re-renders no consumer through the context. State goes through
 * useCrispState, which re-renders only the components whose selection changed.
 */
export const CrispContext = createContext<CrispClient | null>(null);

/** The Crisp client of the nearest `<CrispProvider>`; stable identity. Throws outside a provider. */
export function useCrisp(): CrispClient {
  const client = useContext(CrispContext);
  if (!client)
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? 'crispkit: useCrisp() and the Crisp hooks must be used inside <CrispProvider>. Wrap your app (or this part of it) in <CrispProvider websiteId="your-website-id">, or pass an existing client: <CrispProvider client={crisp}>.'
        : 'crispkit: no <CrispProvider>',
    );
  return client;
}
