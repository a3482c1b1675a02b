// The page's setup, read once from the URL query and the environment: one page holds one client,
// so anything that shapes the client (strategy, faults) changes by reloading with a new query.
import { interaction, type CrispOptions } from '@crispkit/core';
import type { FakeBrowserConfig } from '@crispkit/testing';
import { crispTarget } from '../../apps/crisp-target.ts';

// The strategies by name, as the query string and the setup panel show them.
export const STRATEGIES = ['eager', 'idle', 'interaction', 'manual'] as const;
export type StrategyName = (typeof STRATEGIES)[number];
export const FAULTS = ['none', 'blocked', 'slow', 'never-ready', 'silent'] as const;
export type Fault = (typeof FAULTS)[number];
export const DELAYS = [1000, 3000, 8000] as const;

/** Answered 404 by blocked-script.ts: the browser fires `error` on the tag, as with an ad blocker. */
const BLOCKED_SCRIPT_URL = '/crisp-sim/blocked/l.js';

export interface Settings {
  mode: 'simulated' | 'real';
  strategy: StrategyName;
  fault: Fault;
  delayMs: number;
  options: CrispOptions;
  /** What the fake l.js reads from `window.__CRISP_FAKE__` (simulated mode only). */
  fake: FakeBrowserConfig | null;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function readSettings(search: string, env: ImportMetaEnv): Settings {
  const query = new URLSearchParams(search);
  // The apps' shared contract: a website id means real Crisp; a script URL overrides l.js.
  const target = crispTarget(env);
  const mode = target.simulated ? 'simulated' : 'real';
  const strategy = pick(query.get('load'), STRATEGIES, 'idle');
  const fault = pick(query.get('fault'), FAULTS, 'none');
  const delayMs = Number(query.get('delay')) || DELAYS[1];
  const scriptUrl = fault === 'blocked' ? BLOCKED_SCRIPT_URL : target.scriptUrl;

  const options: CrispOptions = {
    websiteId: target.websiteId,
    // The interaction strategy is a function the app imports; the others are named.
    load: strategy === 'interaction' ? interaction : strategy,
    // Shorter than the 15 s default so "never ready" turns into a visible time-out while you watch.
    readyTimeoutMs: 8000,
    ...(scriptUrl ? { scriptUrl } : {}),
  };
  const fake: FakeBrowserConfig | null =
    mode === 'real'
      ? null
      : {
          behavior: fault === 'never-ready' || fault === 'silent' ? fault : 'ok',
          delayMs: fault === 'slow' ? delayMs : 250,
          autoReply: { text: 'Hi! Operator Sam here. How can I help?', delayMs: 1200 },
        };
  return { mode, strategy, fault, delayMs, options, fake };
}

/** The same page with one query parameter changed; the caller reloads to apply it. */
export function withQuery(changes: Record<string, string | null>): string {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  return url.toString();
}
