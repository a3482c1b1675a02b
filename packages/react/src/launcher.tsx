// <CrispLauncher>: a light stand-in for Crisp's launcher until the real one is ready. Its look,
// words and focus behaviour come from the core, shared with the other bindings.
import { useEffect, useRef, useState, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import {
  LAUNCHER_CLASS,
  LAUNCHER_CSS,
  LAUNCHER_ICON_PATH,
  LAUNCHER_SPINNER_CLASS,
  LAUNCHER_SPINNER_PATH,
  LAUNCHER_STATUS_CLASS,
  LAUNCHER_STRINGS,
  focusChatWhenOpen,
  focusFallback,
  launcherAnnouncement,
  launcherOffset,
  warmUp,
  type LauncherOffset,
} from '@crispkit/core';
import { useCrisp } from './context';
import { useCrispStatus } from './hooks/selectors';

export interface CrispLauncherProps {
  /** Accessible name of the button. Default "Open chat". */
  label?: string;
  /** Announced (politely) once the visitor activated the launcher, while Crisp loads. */
  loadingText?: string;
  /** Announced (politely) when Crisp could not load after the visitor activated the launcher. */
  failedText?: string;
  /**
   * Rendered instead when Crisp could not load (blocked, or never ready): e.g. a mailto link.
   * Focus moves to its first link or button when the visitor had activated the launcher.
   */
  fallback?: ReactNode;
  /** Distance from the window's right and bottom edges (px or a CSS length), default 24px each. */
  offset?: LauncherOffset;
  /** Replaces the chat icon. */
  children?: ReactNode;
  className?: string;
  /** Merged over the default style (fixed bottom-right, round, blue). */
  style?: CSSProperties;
}

/**
 * A button that looks like Crisp's launcher, for `load: interaction` or `'manual'`: no Crisp
 * byte is fetched until the visitor clicks. Hover or focus warms up (the core's warmUp: a
 * preconnect and prefetches, once per page, never before consent); a click loads Crisp,
 * shows a spinner (still under `prefers-reduced-motion`), says "Loading the chat…" in a polite
 * live region, and opens the chat once (one `chat:open`) when it is ready. Then the button
 * unmounts, leaving Crisp's own launcher, and focus moves into the chat. If Crisp fails to load,
 * `fallback` is rendered instead, the failure is announced and focus moves onto the fallback.
 */
export function CrispLauncher({
  label = LAUNCHER_STRINGS.label,
  loadingText = LAUNCHER_STRINGS.loading,
  failedText = LAUNCHER_STRINGS.failed,
  fallback,
  offset,
  children,
  className,
  style,
}: CrispLauncherProps): ReactElement | null {
  const client = useCrisp();
  const status = useCrispStatus();
  const [waiting, setWaiting] = useState(false);
  const region = useRef<HTMLSpanElement>(null);
  const fallbackBox = useRef<HTMLSpanElement>(null);

  // Focus was on the button, which is gone: into the chat once open, or onto the fallback.
  useEffect(() => {
    const document = region.current?.ownerDocument;
    if (!waiting || !document) return;
    if (status === 'ready') return focusChatWhenOpen(client, document);
    if (status === 'failed' && fallbackBox.current) focusFallback(fallbackBox.current);
  }, [client, status, waiting]);

  // Crisp's own launcher is there for good once ready (the status never goes back); the live
  // region stays (empty) until then so that focusChatWhenOpen can find the document.
  const announcement = launcherAnnouncement(status, waiting, { loading: loadingText, failed: failedText });
  const live = (
    <span key="status" ref={region} aria-live="polite" className={LAUNCHER_STATUS_CLASS}>
      {announcement}
    </span>
  );

  if (status === 'ready') return waiting ? live : null;
  if (status === 'failed')
    return (
      <>
        <style>{LAUNCHER_CSS}</style>
        {live}
        <span key="fallback" ref={fallbackBox} style={{ display: 'contents' }}>
          {fallback}
        </span>
      </>
    );

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
      <style>{LAUNCHER_CSS}</style>
      {live}
      <button
        type="button"
        aria-label={label}
        aria-busy={waiting}
        className={LAUNCHER_CLASS + (className ? ' ' + className : '')}
        style={{ ...(launcherOffset(offset) as CSSProperties), ...style }}
        onPointerEnter={warm}
        onFocus={warm}
        onClick={open}
      >
        {waiting ? (
          <svg
            aria-hidden
            className={LAUNCHER_SPINNER_CLASS}
            width="28"
            height="28"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="3"
          >
            <path d={LAUNCHER_SPINNER_PATH} strokeLinecap="round" />
          </svg>
        ) : (
          children || (
            <svg width="30" height="30" viewBox="0 0 24 24" fill="currentColor" aria-hidden>
              <path d={LAUNCHER_ICON_PATH} />
            </svg>
          )
        )}
      </button>
    </>
  );
}
