// <CrispLauncher>: a light stand-in for Crisp's launcher until the real one is ready.
import { useState, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import { warmUp } from '@crispkit/core';
import { useCrisp } from './context';
import { useCrispStatus } from './hooks/selectors';

export interface CrispLauncherProps {
  /** Accessible name of the button. Default "Open chat". */
  label?: string;
  /** Rendered instead when Crisp could not load (blocked, or never ready): e.g. a mailto link. */
  fallback?: ReactNode;
  /** Replaces the chat icon. */
  children?: ReactNode;
  className?: string;
  /** Merged over the default style (fixed bottom-right, round, Crisp blue). */
  style?: CSSProperties;
}

// Where Crisp draws its own launcher, so nothing moves when the real one replaces this.
const STYLE: CSSProperties = {
  position: 'fixed',
  right: 24,
  bottom: 24,
  zIndex: 1000000,
  width: 60,
  height: 60,
  border: 0,
  borderRadius: '50%',
  background: '#1972f5',
  color: '#fff',
  boxShadow: '0 4px 10px rgba(0,0,0,.25)',
  cursor: 'pointer',
  display: 'grid',
  placeItems: 'center',
};

// Inline styles cannot express :focus-visible or an animation; this rule is the focus ring a
// keyboard user sees (outside the blue circle) and the loading spinner.
const CSS =
  '.crispkit-launcher:focus-visible{outline:3px solid #1972f5;outline-offset:3px}' +
  '.crispkit-spin{animation:crispkit-spin 1s linear infinite}' +
  '@keyframes crispkit-spin{to{transform:rotate(360deg)}}';

/**
 * A button that looks like Crisp's launcher, for `load: interaction` or `'manual'`: no Crisp
 * byte is fetched until the visitor clicks. Hover or focus warms up (the core's warmUp: a
 * preconnect and prefetches, once per page, never before consent); a click loads Crisp,
 * shows a spinner, and opens the chat once (one `chat:open`) when it is ready. Then the button
 * unmounts, leaving Crisp's own launcher: nothing stays over the page. If Crisp fails to load,
 * `fallback` is rendered instead.
 */
export function CrispLauncher({
  label = 'Open chat',
  fallback,
  children,
  className,
  style,
}: CrispLauncherProps): ReactElement | null {
  const client = useCrisp();
  const status = useCrispStatus();
  const [waiting, setWaiting] = useState(false);

  if (status === 'failed') return <>{fallback}</>;
  // Crisp's own launcher is there for good once ready (the status never goes back).
  if (status === 'ready') return null;

  // The core's warmUp does nothing before consent, after its first time, or once loading started.
  const warm = () => warmUp(client);
  const open = () => {
    if (waiting) return;
    setWaiting(true);
    // Queued like any command: it starts the load (after consent, when required) and Crisp
    // opens the chat as soon as it is live, exactly once.
    client.do('chat:open');
  };

  return (
    <>
      <style>{CSS}</style>
      <button
        type="button"
        aria-label={label}
        aria-busy={waiting}
        className={'crispkit-launcher' + (className ? ' ' + className : '')}
        style={{ ...STYLE, ...style }}
        onPointerEnter={warm}
        onFocus={warm}
        onClick={open}
      >
        {waiting ? (
          <svg
            aria-hidden
            className="crispkit-spin"
            width="28"
            height="28"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="3"
          >
            <path d="M12 3a9 9 0 1 0 9 9" strokeLinecap="round" />
          </svg>
        ) : (
          children || (
            <svg width="30" height="30" viewBox="0 0 24 24" fill="currentColor" aria-hidden>
              <path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
            </svg>
          )
        )}
      </button>
    </>
  );
}
