// One form control for one command argument, chosen by the argument's spec kind.
import type { ArgSpec } from '../lib/arg-spec';
import type { FieldValue } from '../lib/build-command';

interface ArgFieldProps {
  spec: ArgSpec;
  value: FieldValue;
  onChange(value: FieldValue): void;
}

export function ArgField({ spec, value, onChange }: ArgFieldProps) {
  const text = typeof value === 'string' ? value : '';
  const label = (
    <span className="arg-label">
      {spec.label}
      {spec.optional && <span className="muted"> optional</span>}
      {spec.hint && <span className="muted"> · {spec.hint}</span>}
    </span>
  );

  switch (spec.kind) {
    case 'boolean':
      if (spec.optional)
        // Three states: leaving it out is not the same command as passing false.
        return (
          <label className="arg">
            {label}
            <select value={text} onChange={(event) => onChange(event.target.value)}>
              <option value="">— leave out —</option>
              <option value="true">true</option>
              <option value="false">false</option>
            </select>
          </label>
        );
      return (
        <label className="switch arg-inline">
          <input type="checkbox" checked={value === true} onChange={(event) => onChange(event.target.checked)} />
          <span className="switch-track" aria-hidden />
          {label}
          <code className="muted">{String(value === true)}</code>
        </label>
      );
    case 'choice':
      return (
        <label className="arg">
          {label}
          <select value={text} onChange={(event) => onChange(event.target.value)}>
            {spec.options.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        </label>
      );
    case 'json':
      return (
        <label className="arg">
          {label}
          <textarea
            className="mono"
            rows={Math.min(4, Math.max(2, Math.ceil((text.length || spec.default.length) / 60)))}
            value={text}
            placeholder={spec.optional ? spec.default : undefined}
            spellCheck={false}
            onChange={(event) => onChange(event.target.value)}
          />
        </label>
      );
    case 'callback':
      return (
        <label className="switch arg-inline">
          <input type="checkbox" checked={value !== false} onChange={(event) => onChange(event.target.checked)} />
          <span className="switch-track" aria-hidden />
          {label}
          <span className="muted small">pass a function that logs when Crisp calls it</span>
        </label>
      );
    default:
      return (
        <label className="arg">
          {label}
          <input
            type={spec.kind === 'number' ? 'number' : 'text'}
            value={text}
            spellCheck={false}
            onChange={(event) => onChange(event.target.value)}
          />
        </label>
      );
  }
}
