// One browser page under test: Crisp's l.js answered with the fake (with per-request faults),
// page errors, console errors and CSP violations collected, kit and fake state read back, and
// artifacts (screenshot, console log, report) written when a test fails.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import type { FakeBrowserConfig, FakeSessionState, FakeGlobals } from '@crispkit/testing';
import type { CrispState } from '@crispkit/core';
import { E2E_DIR, ROOT } from './build';

/** How one l.js request is answered. Plans are consumed one per request; then `ok`. */
export type LjFault =
  | 'ok'
  /** `route.abort('blockedbyclient')`: what an ad blocker does. */
  | 'abort'
  /** Answered with HTTP 500. */
  | 'status500'
  /** Answered with the fake after a network delay (the simulated slow network, not a test wait). */
  | { delayMs: number };

export interface LjRequest {
  url: string;
  fault: LjFault;
  /** ms since the session was opened. */
  at: number;
}

export interface SessionOptions {
  /** `window.__CRISP_FAKE__`, read by the fake l.js. */
  fake?: FakeBrowserConfig;
  /** `window.__E2E__`, read by the fixture pages (kit options and page switches). */
  e2e?: Record<string, unknown>;
  /** One fault per l.js request, in order; requests beyond the plan are answered normally. */
  lj?: LjFault[];
  viewport?: { width: number; height: number };
  userAgent?: string;
  isMobile?: boolean;
  hasTouch?: boolean;
}

/** JSON-safe view of `window.__crispFake`. */
export interface FakeView {
  executions: number;
  clientInjections: number;
  commands: unknown[][];
  handlers: string[];
  registrations: number;
  session: FakeSessionState;
  globalsAtInit: FakeGlobals;
  errors: { kind: string; message: string }[];
  lost: unknown[];
}

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
  disposition: string;
  page: string;
}

export interface Session {
  readonly page: Page;
  readonly context: BrowserContext;
  /** l.js requests as the network saw them. */
  readonly lj: { readonly requests: LjRequest[]; readonly count: number; plan: LjFault[] };
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  readonly consoleLog: string[];
  readonly cspViolations: CspViolation[];
  /** Requests to any other non-local origin (aborted: the tests have no internet). */
  readonly external: string[];
  /**
   * Warm-up requests to Crisp's origin (the kit's `warmUp`): `<link rel=prefetch>` of l.js
   * (told apart by Chromium's `Sec-Purpose: prefetch` header, and not counted in `lj`), and any
   * request for Crisp's client.js or stylesheet (the fake's own are inert and never fetched).
   */
  readonly prefetches: string[];
  /** The kit's state through the page registry, `globalThis[Symbol.for('crispkit')].client`. */
  state(): Promise<CrispState | null>;
  /**
   * Resolves once the browser has been idle (a `requestIdleCallback` fired, then one task):
   * the moment the kit's default `idle` strategy would have loaded, so a test can assert that
   * nothing loaded before an interaction. An event of the page, not a fixed wait.
   */
  idle(): Promise<void>;
  /** Waits until the kit's status (and error, when given) match; fails with what it last saw. */
  waitForStatus(status: CrispState['status'], error?: CrispState['error'], timeoutMs?: number): Promise<CrispState>;
  /** l.js <script> tags ever added to the current document (removed ones included). */
  ljTagsAdded(): Promise<number>;
  /** `window.__crispFake`, or null when no l.js ran. */
  fake(): Promise<FakeView | null>;
  /** Waits until `predicate(fake)` is true (checked in Node on each read of `window.__crispFake`). */
  waitForFake(predicate: (fake: FakeView) => boolean, timeoutMs?: number): Promise<FakeView>;
  /** Polls `check` (which reads the page) until it is true; false after `timeoutMs`. */
  poll(check: () => Promise<boolean>, timeoutMs?: number): Promise<boolean>;
  /** Calls a client method, or a core function with the client first, in the page: `call('setSessionData', { plan: 'pro' })`. */
  call(method: string, ...args: unknown[]): Promise<unknown>;
  /** Console errors not matching `allowed` (e.g. the network error an aborted l.js logs). */
  unexpectedConsoleErrors(allowed?: RegExp[]): string[];
  saveArtifacts(reason: unknown): Promise<string>;
  close(): Promise<void>;
}

// Both forms of Crisp's loader URL: /l.js and /l/<website-id>.js.
const LJ_URL = /^https:\/\/client\.crisp\.chat\/l(\/[\w-]+)?\.js(\?.*)?$/;

const KIT_STATE = () => {
  const registry = (globalThis as unknown as Record<symbol, { client?: { getState(): unknown } }>)[
    Symbol.for('crispkit')
  ];
  return registry && registry.client ? registry.client.getState() : null;
};

/** Installed in every document before its own scripts: reports CSP (and Trusted Types) violations. */
const CSP_LISTENER = () => {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as { __e2eCsp?: (v: unknown) => void }).__e2eCsp;
    report?.({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      disposition: event.disposition,
      page: location.href,
    });
  });
};

/**
 * Waiting on a condition, read with page.evaluate every 50 ms. Not page.waitForFunction: that
 * compiles its predicate with eval in the page, which Trusted Types reports as a violation.
 */
async function poll(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Counts every l.js <script> ever added to each document. Needed besides the network count:
 * Chromium serves two tags of the same URL added while the first request is in flight from one
 * request, yet runs the script twice (the duplicate-injection bug would hide behind "1 request").
 */
const LJ_TAG_COUNTER = () => {
  const w = window as unknown as { __e2eLjTags: string[] };
  w.__e2eLjTags = [];
  const seen = new WeakSet<Node>();
  const check = (node: Node) => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node instanceof HTMLScriptElement && /^https:\/\/client\.crisp\.chat\/l\.js/.test(node.src))
      w.__e2eLjTags.push(node.src);
  };
  new MutationObserver((records) => {
    for (const record of records)
      record.addedNodes.forEach((node) => {
        check(node);
        if (node instanceof Element) node.querySelectorAll('script').forEach(check);
      });
  }).observe(document, { childList: true, subtree: true });
};

export const artifactsDir = (name: string) => join(E2E_DIR, 'artifacts', slug(name));

const slug = (name: string) =>
  name
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120) || 'test';

export async function openSession(
  browser: Browser,
  name: string,
  fakeBody: string,
  options: SessionOptions = {},
): Promise<Session> {
  const started = Date.now();
  const context = await browser.newContext({
    viewport: options.viewport || { width: 1280, height: 800 },
    ...(options.userAgent && { userAgent: options.userAgent }),
    ...(options.isMobile != null && { isMobile: options.isMobile }),
    ...(options.hasTouch != null && { hasTouch: options.hasTouch }),
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();

  const requests: LjRequest[] = [];
  const plan: LjFault[] = [...(options.lj || [])];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const consoleLog: string[] = [];
  const cspViolations: CspViolation[] = [];
  const external: string[] = [];
  const prefetches: string[] = [];
  const pending = new Set<ReturnType<typeof setTimeout>>();
  let closed = false;
  const stamp = () => `+${String(Date.now() - started).padStart(6)}ms`;

  await context.exposeBinding('__e2eCsp', (_source, violation: CspViolation) => {
    cspViolations.push(violation);
    consoleLog.push(`${stamp()} [csp-violation] ${JSON.stringify(violation)}`);
  });
  await context.addInitScript(CSP_LISTENER);
  await context.addInitScript(LJ_TAG_COUNTER);
  if (options.fake)
    await context.addInitScript(
      (config) => ((window as { __CRISP_FAKE__?: unknown }).__CRISP_FAKE__ = config),
      options.fake,
    );
  if (options.e2e)
    await context.addInitScript((config) => ((window as { __E2E__?: unknown }).__E2E__ = config), options.e2e);

  page.on('pageerror', (error) => {
    pageErrors.push(String(error.stack || error));
    consoleLog.push(`${stamp()} [pageerror] ${error.stack || error}`);
  });
  page.on('console', (message) => {
    const line = `${stamp()} [${message.type()}] ${message.text()}`;
    consoleLog.push(line);
    if (message.type() == 'error') consoleErrors.push(message.text());
  });
  page.on(
    'framenavigated',
    (frame) => frame == page.mainFrame() && consoleLog.push(`${stamp()} [navigated] ${frame.url()}`),
  );

  const answer = async (route: Route) => {
    // A warm-up's prefetch is not a load: routing disables Chromium's cache, so the script
    // request that follows is a second request here, where a real browser would use the cache.
    if (/prefetch/.test((await route.request().headerValue('sec-purpose')) || '')) {
      prefetches.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'application/javascript', body: fakeBody }).catch(() => {});
    }
    const fault = plan.shift() || 'ok';
    requests.push({ url: route.request().url(), fault, at: Date.now() - started });
    consoleLog.push(
      `${stamp()} [l.js] ${route.request().url()} -> ${typeof fault == 'string' ? fault : `delay ${fault.delayMs}ms`}`,
    );
    try {
      if (fault == 'abort') return await route.abort('blockedbyclient');
      if (fault == 'status500')
        return await route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
      if (typeof fault == 'object') {
        // The simulated slow network. Cut short only by the session closing.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => (pending.delete(timer), resolve()), fault.delayMs);
          pending.add(timer);
        });
        if (closed) return;
      }
      await route.fulfill({
        status: 200,
        contentType: 'application/javascript; charset=utf-8',
        headers: { 'access-control-allow-origin': '*', 'cache-control': 'no-store' },
        body: fakeBody,
      });
    } catch (error) {
      // The page went away while the answer was pending.
      if (!closed) throw error;
    }
  };
  await context.route(LJ_URL, answer);
  await context.route(/^https:\/\/client\.crisp\.chat\/static\//, (route) => {
    prefetches.push(route.request().url());
    return route.fulfill({ status: 200, body: '' }).catch(() => {});
  });
  // No test may reach the internet: anything else off this machine is recorded and refused.
  await context.route(
    (url) =>
      !/^(127\.0\.0\.1|localhost)$/.test(url.hostname) &&
      /^https?:$/.test(url.protocol) &&
      !LJ_URL.test(url.href) &&
      !url.href.startsWith('https://client.crisp.chat/static/'),
    (route) => {
      external.push(route.request().url());
      consoleLog.push(`${stamp()} [external-request-refused] ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );

  const state = () => page.evaluate(KIT_STATE) as Promise<CrispState | null>;
  const fake = () =>
    page.evaluate(() => {
      const f = (window as unknown as { __crispFake?: Record<string, unknown> }).__crispFake;
      if (!f) return null;
      const { executions, clientInjections, commands, handlers, registrations, session, globalsAtInit, errors, lost } =
        f;
      return { executions, clientInjections, commands, handlers, registrations, session, globalsAtInit, errors, lost };
    }) as Promise<FakeView | null>;

  const describe = async () => {
    const [s, f] = await Promise.all([state().catch(String), fake().catch(String)]);
    const tags = await page
      .evaluate(() => (window as unknown as { __e2eLjTags?: string[] }).__e2eLjTags?.length)
      .catch(() => '?');
    return `kit state: ${JSON.stringify(s)}\nl.js requests: ${requests.length}, l.js tags added to this document: ${tags}\nfake: ${JSON.stringify(f && typeof f == 'object' ? { ...f, commands: f.commands.slice(-15) } : f)}`;
  };

  const session: Session = {
    page,
    context,
    lj: {
      requests,
      get count() {
        return requests.length;
      },
      get plan() {
        return plan;
      },
      set plan(next) {
        plan.splice(0, plan.length, ...next);
      },
    },
    pageErrors,
    consoleErrors,
    consoleLog,
    cspViolations,
    external,
    prefetches,
    state,
    async idle() {
      // With the kit's own bound: a page that is never idle (seen on a loaded 2-core machine)
      // still gets its callback within 4 s, when the kit's default strategy would load anyway.
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 0), { timeout: 4000 })),
      );
    },
    async waitForStatus(status, error, timeoutMs = 15_000) {
      let last: CrispState | null = null;
      const ok = await poll(async () => {
        last = await state();
        return !!last && last.status == status && (error === undefined || last.error == error);
      }, timeoutMs);
      if (!ok)
        throw new Error(
          `waited ${timeoutMs} ms for kit status ${status}${error !== undefined ? `/${error}` : ''}\n${await describe()}`,
        );
      return last!;
    },
    fake,
    ljTagsAdded: () => page.evaluate(() => (window as unknown as { __e2eLjTags?: string[] }).__e2eLjTags?.length ?? 0),
    async waitForFake(predicate, timeoutMs = 15_000) {
      let last: FakeView | null = null;
      const ok = await poll(async () => {
        last = await fake();
        return !!last && predicate(last);
      }, timeoutMs);
      if (!ok) throw new Error(`waited ${timeoutMs} ms for the fake: ${predicate}\n${await describe()}`);
      return last!;
    },
    poll: (check, timeoutMs) => poll(check, timeoutMs),
    call(method, ...args) {
      return page.evaluate(
        ([method, args]) => {
          const registry = (
            globalThis as unknown as Record<symbol, { client?: Record<string, (...a: unknown[]) => unknown> }>
          )[Symbol.for('crispkit')];
          const client = registry?.client;
          if (!client) throw new Error('no crispkit client on this page');
          // A method of the client, or one of the core's free functions the fixture page exposes
          // on window.E2EKit (setUser, setSessionData, login, ...), which take the client first.
          const functions = (window as unknown as { E2EKit?: Record<string, (...a: unknown[]) => unknown> }).E2EKit;
          const result = client[method]
            ? client[method]!(...args)
            : functions?.[method]
              ? functions[method]!(client, ...args)
              : (() => {
                  throw new Error('no method or function ' + method + ' on this page');
                })();
          // Promises (ready()) are not awaited here: the tests wait on state instead.
          return result instanceof Promise ? '[promise]' : result;
        },
        [method, args] as const,
      );
    },
    unexpectedConsoleErrors(allowed = []) {
      return consoleErrors.filter((line) => !allowed.some((re) => re.test(line)));
    },
    async saveArtifacts(reason) {
      const dir = artifactsDir(name);
      await mkdir(dir, { recursive: true });
      await page
        .screenshot({ path: join(dir, 'screenshot.png'), fullPage: true, timeout: 5_000 })
        .catch((e) => consoleLog.push(`(no screenshot: ${e})`));
      const details = await describe().catch((e) => `(page unavailable: ${e})`);
      await writeFile(
        join(dir, 'console.log'),
        [
          `test: ${name}`,
          `url: ${page.url()}`,
          `failure: ${reason instanceof Error ? reason.stack : String(reason)}`,
          '',
          details,
          '',
          `page errors (${pageErrors.length}):`,
          ...pageErrors,
          '',
          `CSP violations (${cspViolations.length}):`,
          ...cspViolations.map((v) => JSON.stringify(v)),
          '',
          'console and network, in order:',
          ...consoleLog,
          '',
        ].join('\n'),
      );
      await writeFile(join(dir, 'dom.html'), await page.content().catch((e) => `(no DOM: ${e})`));
      return dir.slice(ROOT.length + 1);
    },
    async close() {
      closed = true;
      for (const timer of pending) clearTimeout(timer);
      await context.close().catch(() => undefined);
    },
  };
  return session;
}
