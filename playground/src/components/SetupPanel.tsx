// Page-level setup: load strategy and simulated faults. Each change reloads with a new query,
// because one page holds one client and these shape how it loads.
import { useCrisp, useCrispState } from '@crispkit/react';
import { DELAYS, FAULTS, STRATEGIES, withQuery, type Fault } from '../settings';
import { setup } from '../setup';
import { Panel } from './Panel';

const STRATEGY_HELP: Record<(typeof STRATEGIES)[number], string> = {
  eager: 'l.js is requested at once.',
  idle: 'l.js waits for the browser to be idle (the kit’s default).',
  interaction: 'Nothing loads until your first click, key, touch or scroll.',
  manual: 'Nothing loads until client.load() or a chat:open.',
};

const FAULT_HELP: Record<Fault, string> = {
  none: 'Crisp behaves.',
  blocked: 'l.js answers 404, as behind an ad blocker → failed · blocked.',
  slow: 'client.js takes a while to arrive after l.js.',
  'never-ready': 'Crisp loads but no session comes → failed · timeout after 8 s.',
  silent: 'l.js runs and does nothing, as for a bot or disabled cookies.',
};

const reload = (changes: Record<string, string | null>) => window.location.assign(withQuery(changes));

export function SetupPanel() {
  const client = useCrisp();
  const status = useCrispState((s) => s.status);
  const error = useCrispState((s) => s.error);
  const simulated = setup.mode === 'simulated';

  return (
    <Panel title="Page setup" aside={<span className="muted small">changes reload</span>}>
      <label className="field-label">Load strategy</label>
      <div className="segmented" role="group" aria-label="Load strategy">
        {STRATEGIES.map((strategy) => (
          <button
            key={strategy}
            type="button"
            className={strategy === setup.strategy ? 'active' : ''}
            aria-pressed={strategy === setup.strategy}
            onClick={() => strategy !== setup.strategy && reload({ load: strategy })}
          >
            {strategy}
          </button>
        ))}
      </div>
      <p className="help">{STRATEGY_HELP[setup.strategy]}</p>

      <div className="row">
        <label className="field-label grow">
          Fault
          <select
            value={setup.fault}
            onChange={(event) => reload({ fault: event.target.value === 'none' ? null : event.target.value })}
          >
            {FAULTS.map((fault) => (
              <option key={fault} value={fault} disabled={!simulated && fault !== 'none' && fault !== 'blocked'}>
                {fault}
              </option>
            ))}
          </select>
        </label>
        {setup.fault === 'slow' && (
          <label className="field-label">
            Delay
            <select value={setup.delayMs} onChange={(event) => reload({ delay: event.target.value })}>
              {DELAYS.map((delay) => (
                <option key={delay} value={delay}>
                  {delay / 1000} s
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="help">{FAULT_HELP[setup.fault]}</p>

      {(status === 'idle' || error === 'blocked') && (
        <button type="button" className="btn btn-primary wide" onClick={() => client.load()}>
          {error === 'blocked' ? 'Retry: client.load()' : 'Load now: client.load()'}
        </button>
      )}
    </Panel>
  );
}
