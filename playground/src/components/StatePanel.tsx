// The kit's state (client.getState()) next to what the page observed: l.js requests and runs.
import type { ReactNode } from 'react';
import { useCrispState } from '@crispkit/react';
import type { CrispState } from '@crispkit/core';
import { useScriptRequests } from '../lib/script-requests';
import { useFake } from '../lib/fake-probe';
import { setup } from '../setup';
import { Panel } from './Panel';
import { StatusPill } from './StatusPill';

// Module-level identity: useCrispState then re-renders only when the state object changes.
const whole = (state: CrispState) => state;

const flag = (value: boolean | null) =>
  value === null ? (
    <span className="muted">unknown</span>
  ) : (
    <span className={value ? 'yes' : 'no'}>{value ? 'yes' : 'no'}</span>
  );

export function StatePanel() {
  const state = useCrispState(whole);
  const requests = useScriptRequests();
  const fake = useFake();
  const rows: [string, ReactNode, string][] = [
    ['status', <StatusPill status={state.status} error={state.error} />, 'status · error'],
    [
      'session',
      state.sessionId ? <code title={state.sessionId}>{state.sessionId}</code> : <span className="muted">none</span>,
      'sessionId',
    ],
    ['unread', <b className={state.unreadCount ? 'badge' : ''}>{state.unreadCount}</b>, 'unreadCount'],
    ['chat open', flag(state.chatOpened), 'chatOpened'],
    ['website available', flag(state.websiteAvailable), 'websiteAvailable'],
    [
      'l.js requests',
      <b className={requests.length > 1 ? 'no' : ''}>
        {requests.length}
        {requests[0] && <span className="muted small"> · at {Math.round(requests[0].at)} ms</span>}
      </b>,
      'PerformanceObserver: resource entries ending in /l.js',
    ],
  ];
  if (setup.mode === 'simulated')
    rows.push([
      'l.js runs',
      <span>
        <b>{fake.executions}</b> <span className="muted small">· client.js ×{fake.clientInjections}</span>
      </span>,
      'window.__crispFake.executions / clientInjections',
    ]);

  return (
    <Panel title="State" aside={<code className="muted small">useCrispState()</code>}>
      <dl className="state-grid">
        {rows.map(([label, value, source]) => (
          <div key={label} className="state-row" title={source}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
