// The command console: pick any typed Crisp command, fill its generated form, push it through
// the kit, and see whether it was queued, handed to Crisp, or refused (with the kit's message).
import { useState, type FormEvent } from 'react';
import { useCrisp } from '@crispkit/react';
import type { CrispCommand } from '@crispkit/core';
import { FORMS, type Verb } from '../lib/command-specs';
import { isVariantForm, type ArgSpecs, type CommandForm } from '../lib/arg-spec';
import { buildCommand, initialValues, preview, type FieldValues } from '../lib/build-command';
import { addLog, getLog, nextLogId } from '../lib/log-store';
import { refreshFake } from '../lib/fake-probe';
import { ArgField } from './ArgField';
import { Panel } from './Panel';

const RAW = 'raw';
const VERBS: Verb[] = ['do', 'set', 'config'];

interface Selection {
  /** `"<verb> <name>"` or `raw`. */
  id: string;
  variant: string | undefined;
  values: FieldValues;
  raw: string;
}

interface Outcome {
  tone: 'ok' | 'queued' | 'error';
  text: string;
  details?: string[];
}

/** Presets that show the kit's validation at work as much as the happy path. */
const PRESETS: { label: string; id: string; variant?: string; values?: FieldValues; raw?: string }[] = [
  { label: 'Open chat', id: 'do chat:open' },
  { label: 'Send a message', id: 'do message:send', variant: 'text' },
  { label: 'Theme: teal', id: 'config color:theme' },
  { label: '✕ Bad email', id: 'set user:email', values: { '0': 'ada-at-example', '1': '' } },
  { label: '✕ Bad data key', id: 'set session:data', values: { '0': '[["plan", "pro"], ["bad key!", 1]]' } },
  { label: '✕ Unknown action', id: RAW, raw: '["do", "chat:explode"]' },
];

const splitId = (id: string): [Verb, string] => {
  const space = id.indexOf(' ');
  return [id.slice(0, space) as Verb, id.slice(space + 1)];
};
const formOf = (id: string): CommandForm => {
  const [verb, name] = splitId(id);
  return FORMS[verb][name] ?? [];
};
const specsOf = (form: CommandForm, variant: string | undefined): ArgSpecs =>
  isVariantForm(form) ? (form.variants[variant ?? ''] ?? []) : form;
const firstVariant = (form: CommandForm) => (isVariantForm(form) ? Object.keys(form.variants)[0] : undefined);

function select(id: string, variant?: string, values?: FieldValues, raw?: string): Selection {
  if (id === RAW) return { id, variant: undefined, values: {}, raw: raw ?? '["do", "chat:toggle"]' };
  const form = formOf(id);
  const chosen = variant ?? firstVariant(form);
  return { id, variant: chosen, values: { ...initialValues(specsOf(form, chosen)), ...values }, raw: '' };
}

export function CommandConsole() {
  const client = useCrisp();
  const [selection, setSelection] = useState(() => select('do message:send'));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { id, variant, values, raw } = selection;
  const form = id === RAW ? null : formOf(id);
  const specs = form ? specsOf(form, variant) : [];

  // Rebuilt on every render: it is cheap, and the preview must match the form exactly.
  const built = ((): ReturnType<typeof buildCommand> => {
    if (id === RAW) {
      try {
        // Raw mode hands the kit whatever you typed: its runtime checks are what is on show.
        return { ok: true as const, command: JSON.parse(raw) as CrispCommand };
      } catch (error) {
        return { ok: false as const, problem: `not valid JSON (${(error as Error).message})` };
      }
    }
    const [verb, name] = splitId(id);
    return buildCommand(verb, name, specs, values, variant, () =>
      addLog('note', 'overlay:open callback', 'called by Crisp'),
    );
  })();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!built.ok) return setOutcome({ tone: 'error', text: built.problem });
    const firstNew = nextLogId();
    client.push(built.command);
    refreshFake();
    // onError runs synchronously inside push, so the refusals of this push are already logged.
    const refusals = getLog().entries.filter((entry) => entry.kind === 'error' && entry.id >= firstNew);
    if (refusals.length)
      return setOutcome({
        tone: 'error',
        text: 'Refused by the kit (onError):',
        details: refusals.map((entry) => String(entry.payload)).reverse(),
      });
    const queued = Array.isArray((window as Window & { $crisp?: unknown }).$crisp);
    setOutcome(
      queued
        ? { tone: 'queued', text: 'Queued in $crisp: Crisp has not loaded yet; it runs on load, in order.' }
        : { tone: 'ok', text: 'Handed to the live $crisp.' },
    );
  };

  const setValue = (index: number, value: FieldValues[string]) =>
    setSelection({ ...selection, values: { ...values, [String(index)]: value } });

  return (
    <Panel
      title="Command console"
      className="panel-console"
      aside={<code className="muted small">client.push(command)</code>}
    >
      <form
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) submit(event);
        }}
      >
        <div className="row">
          <select
            className="command-select mono grow"
            value={id}
            aria-label="Command"
            onChange={(event) => {
              setSelection(select(event.target.value));
              setOutcome(null);
            }}
          >
            {VERBS.map((verb) => (
              <optgroup key={verb} label={verb}>
                {Object.keys(FORMS[verb]).map((name) => (
                  <option key={name} value={`${verb} ${name}`}>
                    {verb} {name}
                  </option>
                ))}
              </optgroup>
            ))}
            <optgroup label="anything">
              <option value={RAW}>raw JSON command…</option>
            </optgroup>
          </select>
          {form && isVariantForm(form) && (
            <select
              className="mono"
              aria-label="Message type"
              value={variant}
              onChange={(event) => setSelection(select(id, event.target.value))}
            >
              {Object.keys(form.variants).map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          )}
          <button type="submit" className="btn btn-primary" title="Ctrl/⌘ + Enter">
            Push
          </button>
        </div>

        <div className="args">
          {id === RAW ? (
            <label className="arg">
              <span className="arg-label">command</span>
              <textarea
                className="mono"
                rows={2}
                value={raw}
                spellCheck={false}
                onChange={(event) => setSelection({ ...selection, raw: event.target.value })}
              />
            </label>
          ) : specs.length ? (
            specs.map((spec, index) => (
              <ArgField
                key={`${id}/${variant}/${index}`}
                spec={spec}
                value={values[String(index)] ?? ''}
                onChange={(value) => setValue(index, value)}
              />
            ))
          ) : (
            <p className="muted small no-args">No arguments.</p>
          )}
        </div>

        <pre className={'command-preview' + (built.ok ? '' : ' invalid')}>
          {built.ok ? preview(built.command) : built.problem}
        </pre>
      </form>

      {outcome && (
        <div className={`outcome outcome-${outcome.tone}`} role="status">
          {outcome.text}
          {outcome.details?.map((detail) => (
            <div key={detail} className="mono">
              {detail}
            </div>
          ))}
        </div>
      )}

      <div className="presets">
        <span className="muted small">Try</span>
        {PRESETS.map((preset) => (
          <button
            key={preset.label}
            type="button"
            className={'chip chip-button' + (preset.label.startsWith('✕') ? ' chip-bad' : '')}
            onClick={() => {
              setSelection(select(preset.id, preset.variant, preset.values, preset.raw));
              setOutcome(null);
            }}
          >
            {preset.label}
          </button>
        ))}
      </div>
    </Panel>
  );
}
