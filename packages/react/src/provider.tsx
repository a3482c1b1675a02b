// <CrispProvider>: gets the page's client once and binds its props to the core's binding.
import { useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import {
  bindCrisp,
  clientFor,
  type CrispBinding,
  type CrispBindingInputs,
  type CrispClient,
  type CrispOptions,
  type CrispUser,
  type CrispVisitor,
} from '@crispkit/core';
import { CrispContext } from './context';

/** The declarative inputs, the same in every crispkit binding; the core compares them on every change. */
export interface CrispProviderInputs extends CrispBindingInputs {
  /** @deprecated Pass `visitor={{ tokenId }}`; this prop is read until the next minor version. */
  tokenId?: string | number | null | undefined;
  /** @deprecated Pass `visitor={{ locale }}`; this prop is read until the next minor version. */
  locale?: string | undefined;
  /** @deprecated Pass `visitor={{ user }}`; this prop is read until the next minor version. */
  user?: CrispUser | null | undefined;
  /** @deprecated Pass `visitor={{ consent }}`; this prop is read until the next minor version. */
  consent?: 'required' | 'granted' | 'revoked' | undefined;
  children?: ReactNode;
}

/** Either the core's options (the provider creates, or finds, the page's client) or a client. */
export type CrispProviderProps = CrispProviderInputs &
  (
    | (Omit<CrispOptions, 'consent' | 'tokenId' | 'locale'> & { client?: undefined })
    | { client: CrispClient; websiteId?: string | undefined }
  );

let warned = false;

/** The visitor the props declare: `visitor`, or the flat props of earlier versions. */
function visitorOf(props: CrispProviderProps): CrispVisitor | null | undefined {
  const { visitor, tokenId, locale, user, consent } = props;
  if (visitor !== undefined || (tokenId === undefined && locale === undefined && user === undefined && !consent))
    return visitor;
  if (process.env.NODE_ENV !== 'production' && !warned) {
    warned = true;
    console.warn(
      'crispkit: <CrispProvider tokenId user locale consent> are deprecated; pass visitor={{ tokenId, user, locale, consent }} (the same shape in every crispkit binding).',
    );
  }
  return { tokenId, locale, user, consent };
}

/**
 * Makes the page's Crisp client available to the hooks below it. Mounting, unmounting and
 * remounting it (StrictMode, a provider inside a route, hot reload) is harmless: the client is
 * page-wide, nothing is torn down on unmount, and inputs equal to what was sent push nothing.
 */
export function CrispProvider(props: CrispProviderProps): ReactElement {
  const visitor = visitorOf(props);
  // Created during the first render so that children's effects, which run before the
  // provider's, can already push commands; the core's page registry makes this idempotent.
  const [client] = useState(() => {
    const { tokenId: _tokenId, locale: _locale, user: _user, consent: _consent, children: _children, ...setup } = props;
    return clientFor({ ...setup, visitor } as Parameters<typeof clientFor>[0]);
  });
  const { sessionData, segments, websiteId } = props;

  if (process.env.NODE_ENV !== 'production' && websiteId && websiteId !== client.websiteId)
    console.error(
      `crispkit: <CrispProvider websiteId="${websiteId}"> changed while mounted; the page stays on ${client.websiteId}. One page holds one Crisp website (Crisp's loader keeps it until the page reloads): load the other website on another page.`,
    );

  // Every rule (content comparison, null versus undefined, the order of visitor and data) is the core's.
  const binding = useRef<CrispBinding>(undefined);
  useEffect(() => {
    const own = bindCrisp(client);
    binding.current = own;
    return () => own.release();
  }, [client]);
  useEffect(() => binding.current!.update({ visitor, sessionData, segments }));

  return <CrispContext.Provider value={client}>{props.children}</CrispContext.Provider>;
}
