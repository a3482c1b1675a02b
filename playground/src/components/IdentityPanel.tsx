// Identity and presentation controls: login/logout of the demo user, locale, hide/show.
import { DEMO_USER } from '../lib/demo-user';
import { Panel } from './Panel';

const LOCALES = ['en', 'fr', 'de', 'es', 'pt', 'ja'] as const;

interface IdentityPanelProps {
  signedIn: boolean;
  onSignIn(value: boolean): void;
  locale: string;
  onLocale(locale: string): void;
  hidden: boolean;
  onHidden(hidden: boolean): void;
}

export function IdentityPanel({ signedIn, onSignIn, locale, onLocale, hidden, onHidden }: IdentityPanelProps) {
  return (
    <Panel title="Visitor">
      <div className="identity">
        <div className={'avatar' + (signedIn ? ' avatar-in' : '')} aria-hidden>
          {signedIn ? 'AL' : '?'}
        </div>
        <div className="identity-text">
          <div>{signedIn ? DEMO_USER.user.nickname : 'Anonymous visitor'}</div>
          <code className="muted small">{signedIn ? DEMO_USER.tokenId : 'no CRISP_TOKEN_ID'}</code>
        </div>
        <button type="button" className={'btn' + (signedIn ? '' : ' btn-primary')} onClick={() => onSignIn(!signedIn)}>
          {signedIn ? 'Log out' : 'Log in'}
        </button>
      </div>
      <p className="help">
        Login sets the token, resets the session and sends the user again; logout clears the token.
      </p>

      <div className="row">
        <label className="field-label grow">
          Locale <span className="muted">(setLocale resets the session)</span>
          <select value={locale} onChange={(event) => onLocale(event.target.value)}>
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="switch">
        <input type="checkbox" checked={hidden} onChange={(event) => onHidden(event.target.checked)} />
        <span className="switch-track" aria-hidden />
        Hide the chat <code className="muted small">useCrispHidden()</code>
      </label>
    </Panel>
  );
}
