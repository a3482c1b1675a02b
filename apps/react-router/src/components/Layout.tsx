// The page frame for every route: header navigation, the page, footer, and the chat launcher.
import { NavLink, Outlet, useMatches } from 'react-router';
import { CrispLauncher } from '@crispkit/react';
import { useSession } from '../auth/session';
import { SUPPORT_EMAIL } from '../crisp';
import { ChatStatus } from './ChatStatus';
import { SupportLink } from './SupportLink';

/** Routes set `handle: { hideChat: true }` where no chat should float over the page. */
export interface RouteHandle {
  hideChat?: boolean;
}

const NAV = [
  ['/', 'Home', 'nav-home'],
  ['/pricing', 'Pricing', 'nav-pricing'],
  ['/docs', 'Docs', 'nav-docs'],
  ['/checkout', 'Checkout', 'nav-checkout'],
] as const;

export function Layout() {
  const { account } = useSession();
  const hideChat = useMatches().some((match) => (match.handle as RouteHandle | undefined)?.hideChat);
  return (
    <div className="frame">
      <header className="header">
        <NavLink to="/" className="brand">
          ◆ Acme Cloud
        </NavLink>
        <nav className="nav">
          {NAV.map(([to, label, testId]) => (
            <NavLink key={to} to={to} end={to == '/'} data-testid={testId}>
              {label}
            </NavLink>
          ))}
          <NavLink to="/account" data-testid="nav-account">
            {account ? account.name : 'Sign in'}
          </NavLink>
          <SupportLink />
        </nav>
      </header>
      <main className="main">
        <Outlet />
      </main>
      <footer className="footer">
        <ChatStatus />
        <span>
          Or write to <a href={`mailto:${SUPPORT_EMAIL}`}>{SUPPORT_EMAIL}</a>
        </span>
      </footer>
      {/* Stands in for Crisp's launcher until Crisp is ready; the chat itself is hidden at checkout. */}
      {!hideChat && (
        <CrispLauncher
          label="Chat with support"
          fallback={
            <a className="mail-fallback" href={`mailto:${SUPPORT_EMAIL}`} data-testid="chat-fallback">
              Email support
            </a>
          }
        />
      )}
    </div>
  );
}
