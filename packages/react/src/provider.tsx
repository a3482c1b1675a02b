// <CrispProvider>: gets the page's client once and binds its props to the core's functions.
import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import {
  createCrisp,
  setVisitor,
  type CrispClient,
  type CrispOptions,
  type CrispSessionData,
  type CrispUser,
} from '@crispkit/core';
import { CrispContext } from './context';
import { useContribution } from './hooks/contribute';

/** The declarative inputs, diffed by the core on every change. */
export interface CrispProviderInputs {
  /**
   * The signed-in user's session token. A string or number runs the core's `login` (nothing
   * when it is already the page's token), `null` runs `logout`; `undefined` leaves the session.
   */
  tokenId?: string | number | null | undefined;
  /** Chatbox locale; a change resets the session (Crisp reads the locale only then). */
  locale?: string | undefined;
  /** User fields; only fields whose value changed are pushed. */
  user?: CrispUser | null | undefined;
  /** Session data merged into the session while mounted; only changed keys are pushed. */
  sessionData?: CrispSessionData | null | undefined;
  /** Segments added to the session while mounted; each is pushed once per session. */
  segments?: string[] | null | undefined;
  /**
   * The visitor's consent, from your consent manager: `'required'` (nothing of Crisp is
   * requested yet), then `'granted'` or `'revoked'` (see the core's grantConsent and
   * revokeConsent). Any value makes the client require consent; leave it out when Crisp needs none.
   */
  consent?: 'required' | 'granted' | 'revoked' | undefined;
  children?: ReactNode;
}

/** Either the core's options (the provider creates, or finds, the page's client) or a client. */
export type CrispProviderProps = CrispProviderInputs &
  ((Omit<CrispOptions, 'consent'> & { client?: undefined }) | { client: CrispClient; websiteId?: string | undefined });

/**
 * Makes the page's Crisp client available to the hooks below it. Mounting, unmounting and
 * remounting it (StrictMode, a provider inside a route, hot reload) is harmless: the client is
 * page-wide, nothing is torn down on unmount, and inputs equal to what was sent push nothing.
 */
export function CrispProvider(props: CrispProviderProps): ReactElement {
  // Created during the first render so that children's effects, which run before the
  // provider's, can already push commands; the core's page registry makes this idempotent.
  const [client] = useState(
    () => props.client || createCrisp({ ...(props as CrispOptions), consent: props.consent && 'required' }),
  );
  const { tokenId, locale, user, sessionData, segments, websiteId, consent } = props;

  if (process.env.NODE_ENV !== 'production' && websiteId && websiteId !== client.websiteId)
    console.error(
      `crispkit: <CrispProvider websiteId="${websiteId}"> changed while mounted; the page stays on ${client.websiteId}. One page holds one Crisp website (Crisp's loader keeps it until the page reloads): load the other website on another page.`,
    );

  // Every rule (content comparison, null versus undefined, a grant after a revoke) is the core's.
  useEffect(() => setVisitor(client, { tokenId, user, locale, consent }));
  useContribution(client, { data: sessionData || undefined, segments: segments || undefined });

  return <CrispContext.Provider value={client}>{props.children}</CrispContext.Provider>;
}
