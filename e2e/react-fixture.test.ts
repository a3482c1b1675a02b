// The React layer in a real browser, on the fixture app (e2e/fixtures/react.tsx, bundled with
// esbuild from @crispkit/react's sources and the core's build): StrictMode, a provider inside a
// route, load="interaction" with the launcher, and every way l.js can fail.
import { describe, expect } from 'vitest';
import { commandsOf, expectClean, expectOneCrisp, LJ_NETWORK_ERROR, setupSuite } from './support/suite';
import type { Session } from './support/session';

const { scenario } = setupSuite();

const nav = async (s: Session, to: 'home' | 'a' | 'b' | 'support') => {
  await s.page.getByTestId(`nav-${to}`).click();
  await s.page
    .getByTestId('page')
    .filter({ hasText: new RegExp(`^${to}$`) })
    .waitFor();
};
const ljTags = (s: Session) =>
  s.page.evaluate(() => document.querySelectorAll('script[src*="client.crisp.chat/l.js"]').length);

describe('StrictMode and providers that mount and unmount', () => {
  scenario('StrictMode, provider at the root: one l.js, one registration per event', async (t) => {
    const s = await t.open({ e2e: { strict: true, load: 'eager' } });
    await s.page.goto(t.fixtures + '/react/');
    await s.waitForStatus('ready');
    for (let i = 0; i < 5; i++) for (const to of ['a', 'b', 'support', 'home'] as const) await nav(s, to);
    const fake = (await s.fake())!;
    await expectOneCrisp(s, await s.fake());
    expect(await ljTags(s)).toBe(1);
    expect(fake.clientInjections).toBe(1);
    // StrictMode's double effects and the re-renders of 20 navigations pushed no duplicate.
    expect(fake.registrations).toBe(new Set(fake.commands.filter((c) => c[0] == 'on').map((c) => c[1])).size);
    expect(commandsOf(fake.commands, 'do')).toEqual([]);
    expect(commandsOf(fake.commands, 'set')).toEqual([]);
    expect(fake.errors).toEqual([]);
    expectClean(s);
  });

  scenario('StrictMode, provider only inside a route, mounted and unmounted 10 times: one l.js', async (t) => {
    const s = await t.open({ e2e: { strict: true, provider: 'route', load: 'eager' } });
    await s.page.goto(t.fixtures + '/react/');
    expect(await s.state(), 'no client before the route mounts the provider').toBeNull();
    expect(s.lj.count).toBe(0);
    for (let i = 0; i < 10; i++) {
      await nav(s, 'support');
      await s.page.getByTestId('crisp-status').waitFor();
      await nav(s, 'a');
    }
    await nav(s, 'support');
    await s.waitForStatus('ready');
    const fake = await s.waitForFake((f) => f.session.data.page == 'support');
    await expectOneCrisp(s, await s.fake());
    expect(await ljTags(s)).toBe(1);
    expect(fake.clientInjections).toBe(1);
    // The route's session data reached Crisp once, not once per mount.
    expect(commandsOf(fake.commands, 'set', 'session:data')).toEqual([
      ['set', 'session:data', [[['page', 'support']]]],
    ]);
    expect(fake.errors).toEqual([]);
    expectClean(s);
  });

  scenario('StrictMode, providers at the root and inside a route: still one l.js', async (t) => {
    const s = await t.open({ e2e: { strict: true, provider: 'both', load: 'eager' } });
    await s.page.goto(t.fixtures + '/react/');
    for (let i = 0; i < 5; i++) {
      await nav(s, 'support');
      await nav(s, 'home');
    }
    await s.waitForStatus('ready');
    const fake = (await s.fake())!;
    await expectOneCrisp(s, await s.fake());
    expect(fake.clientInjections).toBe(1);
    expect(commandsOf(fake.commands, 'set', 'session:data')).toEqual([
      ['set', 'session:data', [[['page', 'support']]]],
    ]);
    expectClean(s);
  });
});

scenario(
  'load="interaction": nothing before the first interaction; the launcher click loads once and opens once',
  async (t) => {
    const s = await t.open({ e2e: { load: 'interaction' } });
    await s.page.goto(t.fixtures + '/react/');
    const launcher = s.page.getByRole('button', { name: 'Open chat' });
    await launcher.waitFor();
    // Give the page every chance to misbehave: an idle period, then a hover (preconnect only).
    await s.idle();
    await launcher.hover();
    await s.page.locator('link[rel=preconnect][href="https://client.crisp.chat"]').waitFor({ state: 'attached' });
    expect(s.lj.count, 'l.js before any interaction').toBe(0);
    expect(await ljTags(s)).toBe(0);
    expect((await s.state())?.status).toBe('idle');

    await launcher.click();
    await s.waitForStatus('ready');
    const fake = await s.waitForFake((f) => f.session.chatOpened);
    await launcher.waitFor({ state: 'detached' });
    await expectOneCrisp(s, await s.fake());
    expect(fake.clientInjections).toBe(1);
    expect(commandsOf(fake.commands, 'do', 'chat:open')).toEqual([['do', 'chat:open']]);
    expect(commandsOf(fake.commands, 'do').length).toBe(1);
    expect(fake.errors).toEqual([]);
    expectClean(s);
  },
);

describe('faults', () => {
  // Commands issued while Crisp is unavailable; none of them asks to open the chat (that would
  // start a retry by itself).
  const issueMeanwhile = async (s: Session) => {
    await s.call('setSessionData', { plan: 'pro', seats: 3 });
    await s.call('set', 'message:text', 'Hello from the failed page');
    await s.call('config', 'color:theme', 'green');
  };
  const expectDelivered = (commands: unknown[][]) => {
    expect(commandsOf(commands, 'set', 'session:data')).toEqual([
      [
        'set',
        'session:data',
        [
          [
            ['plan', 'pro'],
            ['seats', 3],
          ],
        ],
      ],
    ]);
    expect(commandsOf(commands, 'set', 'message:text')).toEqual([
      ['set', 'message:text', ['Hello from the failed page']],
    ]);
    expect(commandsOf(commands, 'config', 'color:theme')).toEqual([['config', 'color:theme', ['green']]]);
  };

  for (const fault of ['abort', 'status500'] as const) {
    scenario(
      `l.js ${fault == 'abort' ? 'aborted (blocked by client)' : 'answered 500'}: failed/blocked, fallback, app works, a retry delivers everything`,
      async (t) => {
        const s = await t.open({ e2e: { load: 'eager' }, lj: [fault] });
        await s.page.goto(t.fixtures + '/react/');
        await s.waitForStatus('failed', 'blocked');
        await s.page.getByTestId('chat-fallback').waitFor();
        expect(await s.page.getByRole('button', { name: 'Open chat' }).count()).toBe(0);
        expect(await s.page.getByTestId('crisp-status').textContent()).toBe('failed');

        await issueMeanwhile(s);
        await nav(s, 'a');
        await nav(s, 'support');
        expect(s.lj.count).toBe(1);
        expect(await s.fake()).toBeNull();

        await s.call('load');
        await s.waitForStatus('ready');
        const fake = await s.waitForFake((f) => f.session.data.plan == 'pro');
        await s.page.getByTestId('chat-fallback').waitFor({ state: 'detached' });
        expect(s.lj.requests.map((r) => r.fault)).toEqual([fault, 'ok']);
        await expectOneCrisp(s, await s.fake(), { requests: 2 });
        expect(await ljTags(s), 'the failed tag was removed').toBe(1);
        expect(fake.clientInjections).toBe(1);
        expectDelivered(fake.commands);
        expect(fake.session.composerText).toBe('Hello from the failed page');
        expect(fake.errors).toEqual([]);
        expect(fake.lost).toEqual([]);
        await nav(s, 'home');
        expectClean(s, [LJ_NETWORK_ERROR]);
      },
    );
  }

  scenario('l.js delayed 10 s: loading meanwhile (app usable), then ready with the queued commands', async (t) => {
    const s = await t.open({ e2e: { load: 'eager', readyTimeoutMs: 20_000 }, lj: [{ delayMs: 10_000 }] });
    await s.page.goto(t.fixtures + '/react/', { waitUntil: 'domcontentloaded' });
    await s.waitForStatus('loading');
    await issueMeanwhile(s);
    for (const to of ['a', 'b', 'support', 'home'] as const) await nav(s, to);
    expect((await s.state())?.status).toBe('loading');
    expect(await s.page.getByRole('button', { name: 'Open chat' }).count()).toBe(1);
    await s.waitForStatus('ready', null, 20_000);
    const fake = await s.waitForFake((f) => f.session.data.plan == 'pro');
    expect(s.lj.requests.length).toBe(1);
    expect(s.lj.requests[0]!.fault).toEqual({ delayMs: 10_000 });
    expect(fake.clientInjections).toBe(1);
    expectDelivered(fake.commands);
    expect(fake.errors).toEqual([]);
    expectClean(s);
  });

  scenario(
    'l.js loads but Crisp never becomes ready: failed/timeout, fallback, app works, later readiness recovers',
    async (t) => {
      const s = await t.open({ e2e: { load: 'eager', readyTimeoutMs: 1500 }, fake: { behavior: 'never-ready' } });
      await s.page.goto(t.fixtures + '/react/');
      await s.waitForStatus('failed', 'timeout');
      await s.page.getByTestId('chat-fallback').waitFor();
      await issueMeanwhile(s);
      await nav(s, 'b');
      // The live client took the commands already; a retry would mean a second l.js, so load() does nothing.
      await s.call('load');
      await expectOneCrisp(s, await s.fake());
      let fake = (await s.fake())!;
      // Crisp v2.7.0 keeps every push in its pending list until a session exists (its traces).
      expect(fake.session.sessionId).toBeNull();

      // Crisp's session finally arrives: the kit follows.
      await s.page.evaluate(() =>
        (window as unknown as { __crispFake: { becomeReady(): Promise<void> } }).__crispFake.becomeReady(),
      );
      await s.waitForStatus('ready');
      await s.page.getByTestId('chat-fallback').waitFor({ state: 'detached' });
      fake = (await s.fake())!;
      expectDelivered(fake.commands);
      await expectOneCrisp(s, await s.fake());
      expect(fake.clientInjections).toBe(1);
      expect(fake.errors).toEqual([]);
      expectClean(s);
    },
  );
});

scenario(
  'a bot on a 320 px screen, launcher page: l.js silent, the kit ends failed/timeout and shows the fallback',
  async (t) => {
    const s = await t.open({
      e2e: { load: 'eager', readyTimeoutMs: 1500 },
      fake: { behavior: 'silent' },
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
      userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    });
    await s.page.goto(t.fixtures + '/react/');
    const state = await s.waitForStatus('failed', 'timeout');
    await s.page.getByTestId('chat-fallback').waitFor();
    expect(state.sessionId).toBeNull();
    expect(s.lj.count).toBe(1);
    expect(await s.ljTagsAdded()).toBe(1);
    const fake = (await s.fake())!;
    expect(fake.executions).toBe(1);
    expect(fake.clientInjections).toBe(0);
    await nav(s, 'a');
    expectClean(s);
  },
);
