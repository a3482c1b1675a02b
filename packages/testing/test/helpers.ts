// Test helpers: Crisp's snippet as a page writes it, and typed access to the globals it sets.
import type { FakeCrisp, FakeLive } from '../src/index';

export const WEBSITE_ID = '2c4d5a1e-1b5f-4a55-9d3e-2f1b7f0c8a11';
export const L_JS = 'https://client.crisp.chat/l.js';

/** The globals the snippet and the kit write on the window. */
export interface CrispGlobals {
  $crisp?: unknown;
  CRISP_WEBSITE_ID?: string;
  CRISP_TOKEN_ID?: string | number | null;
  CRISP_RUNTIME_CONFIG?: Record<string, unknown>;
  CRISP_COOKIE_DOMAIN?: string;
  CRISP_COOKIE_EXPIRE?: number;
  CRISP_READY_TRIGGER?: (this: Window) => void;
  CRISP_INCLUDE_ATTRS?: Record<string, string>;
}

export const globals = (win: Window = window): CrispGlobals => win as unknown as CrispGlobals;

/** `window.$crisp` while it is still the snippet's array. */
export const queueArray = (win: Window = window): unknown[] => {
  const value = globals(win).$crisp;
  if (!Array.isArray(value)) throw new Error('$crisp is not an array');
  return value;
};

/** Only the l.js tag, for when the page already wrote `$crisp` and the globals. */
export function addLoaderTag(win: Window = window, src = L_JS): HTMLScriptElement {
  const script = win.document.createElement('script');
  script.src = src;
  script.async = true;
  win.document.head.appendChild(script);
  return script;
}

/** Crisp's embed code: the queue, the website id, then the async l.js tag in <head>. */
export function snippet(queue: unknown[] = [], win: Window = window): HTMLScriptElement {
  globals(win).$crisp = queue;
  globals(win).CRISP_WEBSITE_ID = WEBSITE_ID;
  return addLoaderTag(win);
}

export function liveOf(fake: FakeCrisp): FakeLive {
  if (!fake.live) throw new Error('the client is not live');
  return fake.live;
}

/** Resolves with the event a tag fires (load or error), whichever comes first. */
export const outcome = (script: HTMLScriptElement): Promise<'load' | 'error'> =>
  new Promise((resolve) => {
    script.addEventListener('load', () => resolve('load'), { once: true });
    script.addEventListener('error', () => resolve('error'), { once: true });
  });
