// The per-file harness: build once, one browser per file, static servers, and `scenario()` tests
// that open sessions, always close them, and save artifacts (with the path in the error) on failure.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { FIXTURES_DIR, ROOT, prepare, prepareApp, type AppName, type Built } from './build';
import { findChromium, launchChromium } from './chromium';
import { serveStatic, type ServeOptions, type StaticServer } from './server';
import type { RunningServer } from './nitro';
import { artifactsDir, openSession, type FakeView, type Session, type SessionOptions } from './session';

export interface SuiteSetup {
  /** An app to build (with the real l.js URL) and serve with an SPA fallback. */
  app?: AppName;
  /** The app's server side, answering before the static files (e.g. its `/api/` routes). */
  appHandler?: ServeOptions['handle'];
  /** An app that runs its own server (a built Nuxt app's Nitro), started after the build. */
  appServer?: () => Promise<RunningServer>;
}

export interface ScenarioContext {
  /** Opens a page (its own browser context) with l.js answered by the fake. */
  open(options?: SessionOptions): Promise<Session>;
  /** Origin of the fixture server (e2e/fixtures and their bundles). */
  readonly fixtures: string;
  /** Origin of the app server, when the suite has an app. */
  readonly app: string;
  readonly built: Built;
  readonly fixtureServer: StaticServer;
}

export function setupSuite(setup: SuiteSetup = {}) {
  let browser: Browser | undefined;
  let built: Built;
  let fixtureServer: StaticServer;
  let appServer: StaticServer | RunningServer | undefined;
  let setupError: unknown;

  beforeAll(async () => {
    try {
      await start();
    } catch (error) {
      // Kept for every test to throw: each one then fails (with how to install Chromium, or
      // the build's output) instead of being reported as skipped.
      setupError = error;
    }
  });

  async function start(): Promise<void> {
    // Chromium first: a missing browser fails the suite at once, before any building.
    findChromium();
    const launching = launchChromium();
    launching.catch(() => undefined);
    built = await prepare();
    const appDir = setup.app ? await prepareApp(setup.app) : undefined;
    browser = await launching;
    fixtureServer = await serveStatic({
      // The script-tag build is served from the core's dist as /crispkit.iife.js.
      roots: [built.fixturesDir, FIXTURES_DIR, join(ROOT, 'packages/core/dist')],
      // `/~tag/page.html` serves `page.html`, so a test can give one page its own headers (a CSP).
      rewrite: (path) => path.replace(/^\/~[^/]+/, ''),
      // The React and Vue fixtures' client-side routes.
      fallback: (path) => {
        const fixture = /^(\/~[^/]+)?\/(react|vue)\//.exec(path);
        return fixture ? `/${fixture[2]}.html` : null;
      },
    });
    if (appDir)
      appServer = await serveStatic({ roots: [appDir], fallback: () => '/index.html', handle: setup.appHandler });
    else if (setup.appServer) appServer = await setup.appServer();
  }

  afterAll(async () => {
    await browser?.close();
    await fixtureServer?.close();
    await appServer?.close();
  });

  /** A test that owns its pages: closed afterwards, artifacts saved on failure. */
  function scenario(name: string, body: (t: ScenarioContext) => Promise<void>, timeoutMs?: number): void {
    it(
      name,
      async () => {
        if (setupError) throw setupError;
        const sessions: Session[] = [];
        const testName = expect.getState().currentTestName || name;
        // A passing run leaves no stale artifacts from an earlier failure.
        await rm(artifactsDir(testName), { recursive: true, force: true });
        const t: ScenarioContext = {
          async open(options) {
            if (!browser) throw new Error('e2e: the browser did not start (see the beforeAll error)');
            const session = await openSession(browser, testName, built.fakeCrisp, options);
            sessions.push(session);
            return session;
          },
          fixtures: fixtureServer.origin,
          get app() {
            if (!appServer) throw new Error('e2e: this suite serves no app');
            return appServer.origin;
          },
          built,
          fixtureServer,
        };
        try {
          await body(t);
        } catch (error) {
          const dirs: string[] = [];
          for (const session of sessions)
            dirs.push(await session.saveArtifacts(error).catch((e) => `(artifacts failed: ${e})`));
          if (dirs.length) {
            const where = `e2e artifacts (screenshot, console log, DOM): ${[...new Set(dirs)].join(', ')}`;
            console.error(`\n${where}\n`);
            if (error instanceof Error) error.message += `\n${where}`;
          }
          throw error;
        } finally {
          await Promise.all(sessions.map((s) => s.close()));
        }
      },
      timeoutMs,
    );
  }

  return { scenario };
}

/** The assertions every scenario ends with: nothing uncaught, no CSP violation, nothing off-machine. */
export function expectClean(session: Session, allowedConsoleErrors: RegExp[] = []): void {
  expect(session.pageErrors, 'uncaught page errors').toEqual([]);
  expect(session.unexpectedConsoleErrors(allowedConsoleErrors), 'console errors').toEqual([]);
  expect(session.cspViolations, 'CSP violations').toEqual([]);
  expect(session.external, 'requests to the internet').toEqual([]);
}

/** The network error Chromium logs for an l.js the test aborted or answered with 500. */
export const LJ_NETWORK_ERROR =
  /Failed to load resource: (net::ERR_BLOCKED_BY_CLIENT|the server responded with a status of 500)/;

/** Commands of a given verb and name that reached the fake. */
export const commandsOf = (commands: unknown[][], verb: string, name?: string) =>
  commands.filter((c) => c[0] == verb && (name === undefined || c[1] == name));

/**
 * "Exactly one l.js": one request on the network, one l.js tag ever added to the page, one
 * execution, one client.js injection. A blocked l.js that is retried is `requests: 2` (two tags,
 * the failed one removed) with still one execution.
 */
export async function expectOneCrisp(session: Session, fake: FakeView | null, { requests = 1 } = {}): Promise<void> {
  expect(session.lj.count, 'l.js requests').toBe(requests);
  expect(await session.ljTagsAdded(), 'l.js tags added to the page').toBe(requests);
  expect(fake?.executions, 'l.js executions').toBe(1);
  expect(fake?.clientInjections, 'client.js injections').toBe(1);
}
