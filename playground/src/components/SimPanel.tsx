// Drives the simulated Crisp from the operator's side: messages, typing, availability, readiness.
import { useState, type FormEvent } from 'react';
import { useCrispState } from '@crispkit/react';
import { fakeHandle, refreshFake, useFake } from '../lib/fake-probe';
import { setup } from '../setup';
import { addLog } from '../lib/log-store';
import { ROUTE_TOOL } from './RouteTool';
import { Panel } from './Panel';

export function SimPanel() {
  const [text, setText] = useState('Your invoice is ready');
  const available = useCrispState((s) => s.websiteAvailable);
  const status = useCrispState((s) => s.status);
  const { present } = useFake();

  const act = (run: (fake: NonNullable<ReturnType<typeof fakeHandle>>) => void) => () => {
    const fake = fakeHandle();
    if (fake) run(fake);
    refreshFake();
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) act((fake) => fake.receiveMessage(text.trim()))();
  };

  // Plays Crisp's AI agent: calls the page's Widget Tool and logs what it would receive.
  const askTool = act((fake) => {
    addLog('event', `hugo calls ${ROUTE_TOOL}`, {});
    void fake.callTool(ROUTE_TOOL, {}).then((answer) => addLog(answer.ok ? 'event' : 'error', 'hugo received', answer));
  });

  return (
    <Panel title="Simulated operator" aside={<code className="muted small">window.__crispFake</code>}>
      {!present && <p className="help">Available once l.js has run.</p>}
      <form className="row" onSubmit={send}>
        <input
          className="grow"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-label="Operator message"
        />
        <button type="submit" className="btn" disabled={!present}>
          Receive
        </button>
      </form>
      <div className="row wrap">
        <button
          type="button"
          className="btn"
          disabled={!present}
          onClick={act((fake) =>
            fake.emit('message:compose:received', { type: 'start', excerpt: 'Let me check', timestamp: Date.now() }),
          )}
        >
          Operator typing
        </button>
        <button
          type="button"
          className="btn"
          disabled={!present}
          onClick={act((fake) => fake.setAvailability(available === false))}
        >
          Set {available === false ? 'online' : 'away'}
        </button>
        <button type="button" className="btn" disabled={!present} onClick={askTool}>
          Hugo asks the route
        </button>
        {setup.fault === 'never-ready' && (
          <button
            type="button"
            className="btn"
            disabled={!present || status === 'ready'}
            onClick={act((fake) => void fake.becomeReady())}
          >
            becomeReady()
          </button>
        )}
      </div>
    </Panel>
  );
}
