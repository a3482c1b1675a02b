// The core on plain pages (its built output, bundled by e2e/fixtures/boot.ts): Crisp's own
// snippet already on the page, a strict Content-Security-Policy with a nonce, Trusted Types,
// and a bot on a narrow screen (l.js that does nothing at all).
import { describe, expect } from 'vitest';
import { commandsOf, expectClean, expectOneCrisp, setupSuite } from './support/suite';
import type { Session } from './support/session';

const { scenario } = setupSuite();

const boot = (s: Session) =>
  s.page.evaluate(() => (window as unknown as { E2EKit: { boot(): unknown } }).E2EKit.boot());
const bootResult = (s: Session) =>
  s.page.evaluate(() => (window as unknown as { __e2eBoot?: { ok: boolean; error: string | null } }).__e2eBoot);
const ljTags = (s: Session) =>
  s.page.evaluate(() => document.querySelectorAll('script[src*="client.crisp.chat/l.js"]').length);

describe("a page that already has Crisp's snippet", () => {
  scenario('the kit adopts the pending l.js tag: no second request', async (t) => {
    // The simulated network holds l.js back, so the kit meets the snippet's tag still loading.
    const s = await t.open({ e2e: { autoBoot: false, load: 'eager' }, lj: [{ delayMs: 1500 }] });
    // Not waiting for `load`: the pending async l.js holds that event back.
    await s.page.goto(t.fixtures + '/snippet.html', { waitUntil: 'domcontentloaded' });
    const queueWasArray = await s.page.evaluate(() => Array.isArray((window as unknown as { $crisp: unknown }).$crisp));
    expect(queueWasArray, 'the kit boots before l.js ran').toBe(true);
    expect(await boot(s)).toMatchObject({ ok: true });
    expect((await s.state())?.status).toBe('loading');
    await s.call('setSessionData', { plan: 'pro' });
    await s.call('do', 'chat:open');
    await s.waitForStatus('ready');
    const fake = await s.waitForFake((f) => f.session.chatOpened);

    await expectOneCrisp(s, await s.fake());
    expect(await ljTags(s)).toBe(1);
    expect(fake.executions).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(fake.session.data).toEqual({ plan: 'pro' });
    expect(commandsOf(fake.commands, 'set', 'session:data')).toEqual([['set', 'session:data', [[['plan', 'pro']]]]]);
    expect(commandsOf(fake.commands, 'do', 'chat:open')).toHaveLength(1);
    expect(fake.errors).toEqual([]);
    expect(fake.lost).toEqual([]);
    expectClean(s);
  });

  scenario('the kit adopts the live $crisp: ready at once, no second request', async (t) => {
    const s = await t.open({ e2e: { autoBoot: false, load: 'eager' } });
    await s.page.goto(t.fixtures + '/snippet.html');
    const before = await s.waitForFake((f) => !!f.session.sessionId);
    expect(await boot(s)).toMatchObject({ ok: true });
    const state = await s.waitForStatus('ready');
    expect(state.sessionId).toBe(before.session.sessionId);
    await s.call('setUser', { nickname: 'Ada' });
    const fake = await s.waitForFake((f) => f.session.user.nickname == 'Ada');

    await expectOneCrisp(s, await s.fake());
    expect(await ljTags(s)).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(commandsOf(fake.commands, 'set', 'user:nickname')).toEqual([['set', 'user:nickname', ['Ada']]]);
    expect(fake.errors).toEqual([]);
    expectClean(s);
  });
});

describe('strict Content-Security-Policy', () => {
  const STRICT =
    "script-src 'nonce-abc' https://client.crisp.chat; style-src 'nonce-abc'; object-src 'none'; base-uri 'none'";
  const NONCE_ONLY = "script-src 'nonce-abc'; object-src 'none'; base-uri 'none'";

  scenario('nonce given to the kit: no violation, l.js runs, Crisp gets the nonce for its own tags', async (t) => {
    const s = await t.open({ e2e: { load: 'eager', nonce: 'abc' } });
    const off = t.fixtureServer.setHeaders('/~csp/', { 'content-security-policy': STRICT });
    try {
      await s.page.goto(t.fixtures + '/~csp/core.html');
      await s.waitForStatus('ready');
    } finally {
      off();
    }
    const fake = (await s.fake())!;
    const nonces = await s.page.evaluate(() => ({
      lj: (document.querySelector('script[src*="l.js"]') as HTMLScriptElement | null)?.nonce,
      client: (document.querySelector('[data-crisp-fake="client.js"]') as HTMLScriptElement | null)?.nonce,
    }));
    await expectOneCrisp(s, await s.fake());
    expect(fake.executions).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(fake.globalsAtInit.includeAttrs).toEqual({ nonce: 'abc' });
    expect(nonces).toEqual({ lj: 'abc', client: 'abc' });
    expect(fake.errors).toEqual([]);
    expectClean(s);
  });

  scenario("nonce-only policy (Crisp's host not allowed): the nonce alone lets l.js in", async (t) => {
    const s = await t.open({ e2e: { load: 'eager', nonce: 'abc' } });
    t.fixtureServer.setHeaders('/~csp-nonce-only/', { 'content-security-policy': NONCE_ONLY });
    await s.page.goto(t.fixtures + '/~csp-nonce-only/core.html');
    await s.waitForStatus('ready');
    await expectOneCrisp(s, await s.fake());
    expect((await s.fake())!.executions).toBe(1);
    expectClean(s);
  });

  scenario('control: without the nonce the same policy blocks l.js, and the harness sees it', async (t) => {
    const s = await t.open({ e2e: { load: 'eager' } });
    t.fixtureServer.setHeaders('/~csp-nonce-only/', { 'content-security-policy': NONCE_ONLY });
    await s.page.goto(t.fixtures + '/~csp-nonce-only/core.html');
    await s.waitForStatus('failed', 'blocked');
    expect(s.lj.count, 'CSP stops it before the network').toBe(0);
    expect(s.cspViolations.map((v) => [v.directive, v.blockedURI])).toEqual([
      ['script-src-elem', 'https://client.crisp.chat/l.js'],
    ]);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('Trusted Types enforced (require-trusted-types-for script)', () => {
  const TT = "require-trusted-types-for 'script'";

  for (const load of ['eager', 'idle'] as const) {
    scenario(`load ${load}, no policy on the page: a clear failure, never an uncaught error`, async (t) => {
      const s = await t.open({ e2e: { load } });
      t.fixtureServer.setHeaders('/~tt/', { 'content-security-policy': TT });
      await s.page.goto(t.fixtures + '/~tt/core.html');
      // Either the kit works, or it reports a failure it owns: a crispkit error from createCrisp
      // or a failed state. Wait until one of the two is settled.
      await s.poll(async () => {
        const [result, state] = await Promise.all([bootResult(s), s.state()]);
        return (
          (!!result && !result.ok) || state?.status == 'ready' || state?.status == 'failed' || s.pageErrors.length > 0
        );
      }, 10_000);
      const result = await bootResult(s);
      const state = await s.state();
      console.info(
        `[trusted types, load ${load}]`,
        JSON.stringify({ boot: result, state, pageErrors: s.pageErrors, lj: s.lj.count, violations: s.cspViolations }),
      );
      expect(s.pageErrors, 'uncaught errors under Trusted Types').toEqual([]);
      const works = state?.status == 'ready';
      const clearFailure =
        (result && !result.ok && /^crispkit: /.test(result.error || '')) || state?.status == 'failed';
      expect(works || clearFailure, `works or fails clearly: ${JSON.stringify({ result, state })}`).toBe(true);
    });
  }

  scenario('with a default Trusted Types policy that allows client.crisp.chat: works, no violation', async (t) => {
    const s = await t.open({ e2e: { load: 'eager', trustedTypesDefaultPolicy: true } });
    t.fixtureServer.setHeaders('/~tt/', { 'content-security-policy': TT });
    await s.page.goto(t.fixtures + '/~tt/core.html');
    await s.waitForStatus('ready');
    await expectOneCrisp(s, await s.fake());
    expect((await s.fake())!.clientInjections).toBe(1);
    expectClean(s);
  });
});

scenario("a bot on a 320 px screen: Crisp's l.js does nothing, the kit ends failed/timeout", async (t) => {
  const s = await t.open({
    e2e: { load: 'eager', readyTimeoutMs: 1500 },
    fake: { behavior: 'silent' },
    viewport: { width: 320, height: 640 },
    isMobile: true,
    hasTouch: true,
    userAgent:
      'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  });
  await s.page.goto(t.fixtures + '/core.html');
  await s.waitForFake((f) => f.executions == 1);
  // Loaded, never ready: 'loaded' until the time-out, then a defined end state.
  const state = await s.waitForStatus('failed', 'timeout');
  const fake = (await s.fake())!;
  expect(state.sessionId).toBeNull();
  expect(s.lj.count).toBe(1);
  expect(await s.ljTagsAdded()).toBe(1);
  expect(fake.clientInjections).toBe(0);
  expect(fake.commands).toEqual([]);
  expect(await s.page.evaluate(() => Array.isArray((window as unknown as { $crisp: unknown }).$crisp))).toBe(true);
  // No retry can help (l.js ran and chose to stay silent): load() asks for nothing more.
  await s.call('load');
  expect((await s.state())?.status).toBe('failed');
  expect(s.lj.count).toBe(1);
  expectClean(s);
});
