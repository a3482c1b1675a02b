// <CrispProvider>: gets the page's client once and keeps its identity in sync with the props.
import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import {
  createCrisp,
  type CrispClient,
  type CrispGlobals,
  type CrispOptions,
  type CrispSessionData,
  type CrispUser,
} from '@crispkit/core';
import { CrispContext } from './context';
import { shared } from './shared';
import { apply, reapply } from './contributions';
import { hold } from './hold';

/** The declarative inputs, diffed through the core on every render. */
export interface CrispProviderInputs {
  /**
   * The signed-in user's session token. Changing it runs the core's login (a string or number)
   * or logout (`null`) sequence; leaving it `undefined` leaves the session as it is.
   */
  tokenId?: string | number | null;
  /** Chatbox locale; a change resets the session (Crisp reads the locale only then). */
  locale?: string;
  /** User fields; only fields whose value changed are pushed. */
  user?: CrispUser | null;
  /** Session data merged into the session; only keys whose value changed are pushed. */
  sessionData?: CrispSessionData | null;
  /** Segments added to the session; each is pushed once per session. */
  segments?: string[] | null;
  children?: ReactNode;
}

/** Either the core's options (the provider creates, or finds, the page's client) or a client. */
export type CrispProviderProps = CrispProviderInputs &
  ((CrispOptions & { client?: undefined }) | { client: CrispClient; websiteId?: string });

/**
 * Makes the page's Crisp client available to the hooks below it. Mounting, unmounting and
 * remounting it (StrictMode, a provider inside a route, hot reload) is harmless: the client is
 * page-wide (the core returns the same one for the same website id), nothing is torn down on
 * unmount, and props equal to what was already sent push nothing.
 */
export function CrispProvider(props: CrispProviderProps): ReactElement {
  // Created during the first render so that children's effects, which run before the
  // provider's, can already push commands; the core's page registry makes this idempotent.
  const [client] = useState(() => props.client || createCrisp(props as CrispOptions));
  const { tokenId, locale, user, sessionData, segments } = props;

  useEffect(
    () => {
      const w = window as Window & CrispGlobals;
      const part = {
        data: sessionData || undefined,
        segments: segments || undefined,
      };
      const { parts } = shared(client);
      parts.add(part);
      // The page's current token is the truth, whichever provider or call set it, so a
      // remounted provider with the same token does nothing.
      if (tokenId !== undefined && String(tokenId ?? '') != String(w.CRISP_TOKEN_ID ?? '')) {
        if (tokenId == null) client.logout();
        else client.login({ tokenId });
        // Identity first, as Crisp expects after a reset, then everything still mounted.
        if (user) client.setUser(user);
        reapply(client);
      } else {
        if (user) client.setUser(user);
        apply(client, part);
      }
      if (locale && locale != w.CRISP_RUNTIME_CONFIG?.locale) client.setLocale(locale);
      return () => {
        parts.delete(part);
      };
    },
    // Keyed on content: a re-render with new objects holding the same values runs nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the JSON key covers every input
    [client, JSON.stringify([tokenId, locale, user, sessionData, segments])],
  );

  // A new Crisp session (a login, logout or locale change, whoever called it: this provider,
  // another one, or app code calling the client directly) starts empty: what mounted
  // components contribute is sent again. The core's diffing drops what was already re-sent.
  useEffect(() => {
    let last = client.getState().sessionId;
    return hold(
      (listener: (sessionId: string) => void) => client.on('session:loaded', listener),
      (sessionId) => {
        if (last && sessionId != last) reapply(client);
        last = sessionId;
      },
    );
  }, [client]);

  return <CrispContext.Provider value={client}>{props.children}</CrispContext.Provider>;
}
