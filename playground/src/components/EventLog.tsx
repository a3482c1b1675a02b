// The live log: one useCrispEvent per Crisp event name, plus the kit's state transitions and
// refusals, newest first with their payloads.
import { useEffect, useState } from 'react';
import { useCrisp, useCrispEvent } from '@crispkit/react';
import type { CrispEventName } from '@crispkit/core';
import { EVENT_INFO, EVENT_NAMES } from '../lib/events';
import { addLog, clearLog, useLog, type LogEntry } from '../lib/log-store';
import { refreshFake } from '../lib/fake-probe';
import { preview } from '../lib/build-command';
import { Panel } from './Panel';

function EventTap({ name }: { name: CrispEventName }): null {
  useCrispEvent(name, (payload) => {
    addLog('event', name, payload);
    // An event usually follows a command reaching Crisp: show it without waiting for the poll.
    refreshFake();
  });
  return null;
}

/** Logs status/error transitions (not the initial state), so the load lifecycle reads in order. */
function StateTap(): null {
  const client = useCrisp();
  useEffect(() => {
    let last = client.getState();
    return client.subscribe((state) => {
      if (state.status !== last.status || state.error !== last.error)
        addLog('state', state.error ? `${state.status} · ${state.error}` : state.status, { from: last.status });
      last = state;
      refreshFake();
    });
  }, [client]);
  return null;
}

export function EventTaps() {
  return (
    <>
      <StateTap />
      {EVENT_NAMES.map((name) => (
        <EventTap key={name} name={name} />
      ))}
    </>
  );
}

const formatTime = (ms: number) => `${(ms / 1000).toFixed(3)}s`;

function Entry({ entry }: { entry: LogEntry }) {
  const [open, setOpen] = useState(false);
  const hasPayload = entry.payload !== undefined;
  const title = entry.kind === 'event' ? EVENT_INFO[entry.name as CrispEventName] : entry.kind;
  return (
    <li className={`log-entry log-${entry.kind}`}>
      <button
        type="button"
        className="log-line"
        onClick={() => hasPayload && setOpen(!open)}
        aria-expanded={hasPayload ? open : undefined}
      >
        <span className="log-time">{formatTime(entry.at)}</span>
        <span className="log-name" title={title}>
          {entry.kind === 'state' ? '◆ ' : entry.kind === 'error' ? '✕ ' : ''}
          {entry.name}
        </span>
        <span className="log-payload">{hasPayload ? preview(entry.payload) : '—'}</span>
      </button>
      {open && <pre className="log-detail">{JSON.stringify(entry.payload, null, 2)}</pre>}
    </li>
  );
}

export function EventLog() {
  const { entries, events, errors } = useLog();
  return (
    <Panel
      title="Event log"
      className="panel-fill panel-log"
      scrolls
      aside={
        <>
          {/* The rows shown, whatever their kind: a blocked load logs state rows and no event. */}
          <span className="count" title={`${events} Crisp event${events === 1 ? '' : 's'} among them`}>
            {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
          </span>
          {errors > 0 && <span className="count count-error">{errors} refused</span>}
          <button type="button" className="btn btn-ghost btn-small" onClick={clearLog}>
            Clear
          </button>
        </>
      }
    >
      {entries.length ? (
        <ol className="log" aria-live="polite">
          {entries.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </ol>
      ) : (
        <p className="empty">Listening to all {EVENT_NAMES.length} Crisp events. Open the chat or send a command.</p>
      )}
    </Panel>
  );
}
