// The root layout, a Server Component: it reads the signed-in account from the session cookie,
// signs its email, and hands both to <CrispProvider> as plain props. The provider and the
// launcher are client components of @crispkit/react, imported here directly: the package is a
// 'use client' module, so this file stays a Server Component.
import type { ReactNode } from 'react';
import Link from 'next/link';
import { CrispLauncher, CrispProvider, interaction } from '@crispkit/react';
import { ChatActivity } from '@/components/chat-activity';
import { crisp } from '@/lib/crisp-target';
import { identitySignature } from '@/lib/crisp-server';
import { currentAccount } from '@/lib/session';
import './styles.css';

export const metadata = { title: 'Acme Cloud (Next.js)' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const account = await currentAccount();
  const signature = account ? await identitySignature(account.email) : undefined;
  return (
    <html lang="en">
      <body>
        <CrispProvider
          websiteId={crisp.websiteId}
          scriptUrl={crisp.scriptUrl}
          // No Crisp byte before the visitor interacts with the page. `interaction` comes from a
          // 'use client' module, so React passes it to the provider as a client reference.
          load={interaction}
          // A new token runs the login sequence, null the logout: the next person on this
          // computer never sees the previous user's conversation.
          visitor={
            account
              ? { tokenId: account.crispTokenId, user: { email: account.email, signature, nickname: account.name } }
              : { tokenId: null, user: null }
          }
          sessionData={account ? { plan: account.plan } : null}
        >
          <header className="header">
            <Link href="/" className="brand" data-testid="nav-home">
              Acme Cloud
            </Link>
            <nav>
              <Link href="/pricing" data-testid="nav-pricing">
                Pricing
              </Link>
              <Link href="/help" data-testid="nav-help">
                Help
              </Link>
              <Link href="/account" data-testid="nav-account">
                {account ? account.name : 'Sign in'}
              </Link>
            </nav>
          </header>
          <main className="main">{children}</main>
          <footer className="footer">
            <ChatActivity />
          </footer>
          <CrispLauncher />
        </CrispProvider>
      </body>
    </html>
  );
}
