// Top bar: kit name, live status, mode, and the "nothing reloads" figures.
import { useEffect, useState } from 'react';
import { useCrispState } from '@crispkit/react';
import { setup, PAGE_STARTED_AT } from '../setup';
import { useScriptRequests } from '../lib/script-requests';
import { useRouteChanges } from '../lib/route-changes';
import { StatusPill } from './StatusPill';

function useSecondsSince(start: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return Math.max(0, Math.round((now - start) / 1000));
}

const ago = (seconds: number) => (seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m ${seconds % 60}s`);

export function Header() {
  const status = useCrispState((s) => s.status);
  const error = useCrispState((s) => s.error);
  const requests = useScriptRequests().length;
  const routeChanges = useRouteChanges();
  const uptime = useSecondsSince(PAGE_STARTED_AT);

  return (
    <header className="header">
      <h1 className="brand">
        <svg viewBox="0 0 24 24" aria-hidden className="brand-logo">
          <path fill="currentColor" d="M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H9l-5 4V6a2 2 0 0 1 1-2z" />
        </svg>
        <span className="brand-name">crispkit</span>
        <span className="brand-sub">playground</span>
      </h1>
      <StatusPill status={status} error={error} />
      <span
        className={`chip chip-${setup.mode}`}
        title={setup.mode === 'real' ? 'VITE_CRISP_WEBSITE_ID is set' : 'served by the crisp-sim Vite plugin'}
      >
        {setup.mode === 'real' ? 'Real Crisp' : 'Simulated Crisp'}
      </span>
      <span className="chip">load: {setup.strategy}</span>
      {setup.fault !== 'none' && <span className="chip chip-fault">fault: {setup.fault}</span>}
      <div className="header-figures">
        <span
          className={requests > 1 ? 'figure figure-bad' : 'figure'}
          title="PerformanceObserver resource entries ending in /l.js"
        >
          <b>{requests}</b> l.js request{requests === 1 ? '' : 's'}
        </span>
        <span className="figure" title="client-side navigations since the document loaded">
          <b>{routeChanges}</b> route change{routeChanges === 1 ? '' : 's'}
        </span>
        <span className="figure" title="time since the document loaded">
          page loaded <b>{ago(uptime)}</b> ago
        </span>
      </div>
    </header>
  );
}
