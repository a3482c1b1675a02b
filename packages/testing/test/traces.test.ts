// Replays every scenario `pnpm conformance` ran against Crisp's real client (traces/*.json) on
// the jsdom fake, and expects the fake to show what the real client showed, observation by
// observation. The traces are the real client's; the fake is what changes when they disagree.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// The kit, as `window.CrispKit` on the pages that run it (the script tag's API, from the sources).
import * as CrispKit from '@crispkit/core';
import { installFakeCrisp, type FakeCrisp } from '../src/index';
// @ts-expect-error: a plain ES module shared with scripts/conformance.mjs, typed by its JSDoc only
import { installRecorder } from '../traces/recorder.mjs';

interface Step {
  run?: string;
  release?: 'client' | 'init' | 'session';
  until?: string;
  n?: number;
  observe?: string;
  navigate?: boolean;
}
interface Scenario {
  name: string;
  pages: { script: string; kit?: boolean; hold?: string[]; steps: Step[] }[];
}
interface Recorder {
  observe(): Record<string, unknown>;
  reached(state: string, n?: number): boolean;
}

const DIR = join(import.meta.dirname, '../traces');
const { websiteId, scenarios } = JSON.parse(readFileSync(join(DIR, 'scenarios.json'), 'utf8')) as {
  websiteId: string;
  scenarios: Scenario[];
};
const traced = new Set(readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'scenarios.json'));
/** Recorded, not compared (see NOT_COMPARED in scripts/conformance.mjs). */
const NOT_COMPARED = ['hidden'];

const bag = window as unknown as Record<string, unknown>;
let fake: FakeCrisp | undefined;
afterEach(() => fake?.uninstall());

/** The page's snippet, as the conformance pages write it; on a page with the kit, the kit loads l.js. */
function writePage(script: string, kit = false): void {
  bag.$crisp = [];
  bag.CRISP_WEBSITE_ID = websiteId;
  bag.CrispKit = kit ? CrispKit : undefined;
  new Function(script)();
  if (kit) return;
  const tag = document.createElement('script');
  tag.src = 'https://client.crisp.chat/l.js';
  tag.async = true;
  document.head.appendChild(tag);
}

async function replay(scenario: Scenario) {
  const observations: Record<string, Record<string, unknown>> = {};
  const errors: string[] = [];
  const ids = new Map<string, string>();
  const label = (id: unknown) => {
    if (typeof id !== 'string' || !id.startsWith('session_')) return id;
    if (!ids.has(id)) ids.set(id, `S${ids.size + 1}`);
    return ids.get(id);
  };
  for (const [index, spec] of scenario.pages.entries()) {
    const hold = new Set(spec.hold ?? []);
    const options = {
      holdClient: hold.has('client'),
      holdInit: hold.has('init'),
      behavior: hold.has('session') ? ('never-ready' as const) : ('ok' as const),
    };
    // A navigation keeps Crisp's cookies: the next page's fake comes from the previous one.
    fake = index === 0 || !fake ? installFakeCrisp(options) : fake.navigate(options);
    const current = fake;
    const recorder = installRecorder(window, () => current.sessions.map((s) => s.tokenId ?? null)) as Recorder;
    writePage(spec.script, spec.kit);
    await fake.settled();
    for (const step of spec.steps) {
      if (step.run)
        try {
          new Function(step.run)();
        } catch (error) {
          errors.push((error as Error).message);
        }
      else if (step.release === 'client') await fake.startClient();
      else if (step.release === 'init') await fake.releaseInit();
      else if (step.release === 'session') await fake.becomeReady();
      else if (step.until) {
        await fake.settled();
        expect(recorder.reached(step.until, step.n), `${step.until} reached`).toBe(true);
      } else if (step.observe) {
        await fake.settled();
        const o = recorder.observe() as { session: unknown; cookies: [string, string][] };
        observations[step.observe] = {
          ...o,
          session: label(o.session),
          cookies: o.cookies.map(([n, v]) => [n, label(v)]),
        };
      }
      // `navigate` ends the page: the next iteration installs the next page's fake.
    }
  }
  return { observations, errors };
}

describe('the fake replays what Crisp v2.7.0 showed (traces/)', () => {
  for (const scenario of scenarios)
    it.runIf(traced.has(`${scenario.name}.json`))(scenario.name, async () => {
      const trace = JSON.parse(readFileSync(join(DIR, `${scenario.name}.json`), 'utf8')) as {
        observations: Record<string, Record<string, unknown>>;
        errors: string[];
      };
      const { observations, errors } = await replay(scenario);
      for (const [name, real] of Object.entries(trace.observations))
        for (const [key, value] of Object.entries(real))
          if (!NOT_COMPARED.includes(key)) expect(observations[name]?.[key], `${name}.${key}`).toEqual(value);
      expect(errors).toEqual(trace.errors);
    });
});
