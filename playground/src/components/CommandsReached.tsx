// What the (simulated) Crisp client actually executed, from `window.__crispFake.commands`:
// the proof that the kit's queue lost nothing and duplicated nothing.
import { useFake } from '../lib/fake-probe';
import { preview } from '../lib/build-command';
import { setup } from '../setup';
import { Panel } from './Panel';

const verbOf = (command: unknown) => (Array.isArray(command) ? String(command[0]) : '?');

export function CommandsReached() {
  const { commands, present } = useFake();
  const newestFirst = commands.map((command, index) => ({ command, index })).reverse();
  return (
    <Panel
      title="Commands that reached Crisp"
      className="panel-fill panel-reached"
      scrolls
      aside={<span className="count">{commands.length}</span>}
    >
      {setup.mode === 'real' ? (
        <p className="empty">Only in simulated mode: the real Crisp client does not expose what it executed.</p>
      ) : !present ? (
        <p className="empty">Nothing yet: Crisp has not loaded. Commands pushed now wait in the $crisp queue.</p>
      ) : (
        <ol className="reached">
          {newestFirst.map(({ command, index }) => (
            <li key={index} className={`reached-${verbOf(command)}`}>
              <span className="reached-index">{index + 1}</span>
              <code>{preview(command)}</code>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
