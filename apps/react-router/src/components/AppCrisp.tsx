// The app's one <CrispProvider>: Crisp follows the signed-in account (login on sign-in, logout on sign-out).
import type { ReactNode } from 'react';
import { CrispProvider, interaction } from '@crispkit/react';
import { useSession } from '../auth/session';
import { crisp } from '../crisp';

export function AppCrisp({ children }: { children: ReactNode }) {
  const { account } = useSession();
  return (
    <CrispProvider
      websiteId={crisp.websiteId}
      scriptUrl={crisp.scriptUrl}
      // No Crisp byte before the visitor interacts with the page.
      load={interaction}
      // A new token runs the core's login sequence, null its logout: the next person on this
      // computer never sees the previous user's conversation.
      visitor={{
        tokenId: account ? account.crispTokenId : null,
        user: account ? { email: account.email, signature: account.crispSignature, nickname: account.name } : null,
      }}
      sessionData={account ? { plan: account.plan } : null}
    >
      {children}
    </CrispProvider>
  );
}
