// Against the fake that behaves like Crisp's real loader and client: identity changes in the window
// between l.js executing and $crisp going live, both embed URL forms, a var-declared token, and
// a destroyed client. Crisp's real loader copies its globals when l.js executes, so in that window
// only a session reset makes it read a new token.
import { describe, expect } from 'vitest';
import { commandsOf, expectClean, expectOneCrisp, setupSuite } from './support/suite';
import type { Session } from './support/session';

const { scenario } = setupSuite();

const ADA = { tokenId: 'tok-ada-7f3a', email: 'ada@example.com' };
const BOB = { tokenId: 'tok-bob-91c2', email: 'bob@example.com' };

const boot = (s: Session) =>
  s.page.evaluate(() => (window as unknown as { E2EKit: { boot(): { ok: boolean } } }).E2EKit.boot());
const startClient = (s: Session) =>
  s.page.evaluate(() =>
    (window as unknown as { __crispFake: { startClient(): Promise<void> } }).__crispFake.startClient(),
  );
const ljTags = (s: Session) =>
  s.page.evaluate(() => document.querySelectorAll('script[src^="https://client.crisp.chat/l"]').length);

/** Waits until l.js has executed while its client.js is held: $crisp is still the array. */
async function inTheWindow(s: Session): Promise<void> {
  await s.waitForStatus('loaded');
  expect((await s.fake())?.executions, 'l.js executed').toBe(1);
  expect(await s.page.evaluate(() => Array.isArray((window as unknown as { $crisp: unknown }).$crisp))).toBe(true);
}

describe('identity between l.js and the live client', () => {
  scenario('logout in the window: the client starts anonymous, nothing of Ada reaches it', async (t) => {
    const s = await t.open({ e2e: { load: 'eager', tokenId: ADA.tokenId }, fake: { holdClient: true } });
    await s.page.goto(t.fixtures + '/core.html');
    await s.call('setUser', { email: ADA.email });
    await inTheWindow(s);
    await s.call('logout');
    await startClient(s);
    await s.waitForStatus('ready');
    const fake = await s.waitForFake((f) => !!f.session.sessionId && f.globalsAtInit.readCount >= 2);

    // l.js had copied Ada's token; the reset made the client read the globals again.
    expect(fake.globalsAtInit.tokenId ?? null).toBeNull();
    expect(commandsOf(fake.commands, 'do', 'session:reset')).toHaveLength(1);
    expect(JSON.stringify(fake.commands)).not.toContain(ADA.email);
    expect(fake.session.user.email ?? null).toBeNull();
    expect(
      await s.page.evaluate(() => (window as unknown as { CRISP_TOKEN_ID?: unknown }).CRISP_TOKEN_ID),
    ).toBeUndefined();
    expect(fake.errors).toEqual([]);
    await expectOneCrisp(s, fake);
    expectClean(s);
  });

  scenario("login as Bob in the window: Bob's email only after a reset with Bob's token", async (t) => {
    const s = await t.open({ e2e: { load: 'eager', tokenId: ADA.tokenId }, fake: { holdClient: true } });
    await s.page.goto(t.fixtures + '/core.html');
    await s.call('setUser', { email: ADA.email });
    await inTheWindow(s);
    await s.call('login', BOB);
    await startClient(s);
    await s.waitForStatus('ready');
    const fake = await s.waitForFake((f) => f.session.user.email == BOB.email);

    const reset = fake.commands.findIndex((c) => c[0] == 'do' && c[1] == 'session:reset');
    const bob = fake.commands.findIndex((c) => c[0] == 'set' && c[1] == 'user:email');
    expect(reset).toBeGreaterThanOrEqual(0);
    expect(bob).toBeGreaterThan(reset);
    expect(fake.globalsAtInit.tokenId).toBe(BOB.tokenId);
    expect(JSON.stringify(fake.commands)).not.toContain(ADA.email);
    expect(fake.session.sessionId).toBe(`session_tok_${BOB.tokenId}`);
    expect(fake.errors).toEqual([]);
    expectClean(s);
  });
});

describe("Crisp's loader in its /l/<website-id>.js form", () => {
  scenario('still loading: adopted, one loader, one client.js, nothing lost', async (t) => {
    const s = await t.open({ e2e: { autoBoot: false, load: 'eager' }, lj: [{ delayMs: 1500 }] });
    await s.page.goto(t.fixtures + '/snippet-id-url.html', { waitUntil: 'domcontentloaded' });
    expect(await boot(s)).toMatchObject({ ok: true });
    await s.call('setSessionData', { plan: 'pro' });
    await s.call('do', 'chat:open');
    await s.waitForStatus('ready');
    const fake = await s.waitForFake((f) => f.session.chatOpened);

    expect(s.lj.count).toBe(1);
    expect(await ljTags(s)).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(fake.session.data).toEqual({ plan: 'pro' });
    expect(fake.lost).toEqual([]);
    expect(fake.errors).toEqual([]);
    expectClean(s);
  });

  scenario('already live: adopted, ready at once, no second loader', async (t) => {
    const s = await t.open({ e2e: { autoBoot: false, load: 'eager' } });
    await s.page.goto(t.fixtures + '/snippet-id-url.html');
    const before = await s.waitForFake((f) => !!f.session.sessionId);
    expect(await boot(s)).toMatchObject({ ok: true });
    expect((await s.waitForStatus('ready')).sessionId).toBe(before.session.sessionId);
    await s.call('setUser', { nickname: 'Ada' });
    const fake = await s.waitForFake((f) => f.session.user.nickname == 'Ada');

    expect(s.lj.count).toBe(1);
    expect(await ljTags(s)).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(fake.errors).toEqual([]);
    expectClean(s);
  });
});

scenario('a page that declared var CRISP_TOKEN_ID can log out', async (t) => {
  const s = await t.open({ e2e: { load: 'eager' } });
  await s.page.goto(t.fixtures + '/var-token.html');
  await s.waitForStatus('ready');
  expect((await s.fake())?.globalsAtInit.tokenId).toBe('tok-var-page');
  await s.call('logout');
  const fake = await s.waitForFake((f) => f.globalsAtInit.readCount >= 2 && !!f.session.sessionId);
  expect(fake.globalsAtInit.tokenId ?? null).toBeNull();
  expect(await s.page.evaluate(() => 'CRISP_TOKEN_ID' in window)).toBe(true);
  expect(
    await s.page.evaluate(() => (window as unknown as { CRISP_TOKEN_ID?: unknown }).CRISP_TOKEN_ID),
  ).toBeUndefined();
  expect(commandsOf(fake.commands, 'do', 'session:reset')).toHaveLength(1);
  expectClean(s);
});

describe('destroy()', () => {
  scenario('before any interaction: a click loads nothing; a later createCrisp works', async (t) => {
    const s = await t.open({ e2e: { load: 'interaction' } });
    await s.page.goto(t.fixtures + '/core.html');
    await s.call('destroy');
    await s.page.mouse.click(10, 10);
    await s.page.keyboard.press('Tab');
    await s.page.mouse.wheel(0, 200);
    await s.idle();
    expect(s.lj.count, 'no l.js after destroy').toBe(0);
    expect(await s.state(), 'the page registry is free').toBeNull();

    // A new client on the same page loads and works.
    expect(
      await s.page.evaluate(() => (window as unknown as { E2EKit: { boot(): { ok: boolean } } }).E2EKit.boot()),
    ).toMatchObject({ ok: true });
    await s.call('load');
    await s.waitForStatus('ready');
    expect(s.lj.count).toBe(1);
    expectClean(s);
  });

  scenario('after load: no Crisp handler of the kit remains; a new client adopts the live Crisp', async (t) => {
    const s = await t.open({ e2e: { load: 'eager' } });
    await s.page.goto(t.fixtures + '/core.html');
    await s.waitForStatus('ready');
    await s.page.evaluate(() => {
      const client = (globalThis as unknown as Record<symbol, { client: { on(e: string, h: () => void): void } }>)[
        Symbol.for('crispkit')
      ]!.client;
      client.on('message:received', () => undefined);
    });
    await s.waitForFake((f) => f.handlers.includes('message:received'));
    await s.call('destroy');
    const fake = await s.waitForFake((f) => f.handlers.length == 0);
    expect(fake.handlers).toEqual([]);

    expect(
      await s.page.evaluate(() => (window as unknown as { E2EKit: { boot(): { ok: boolean } } }).E2EKit.boot()),
    ).toMatchObject({ ok: true });
    expect((await s.waitForStatus('ready')).sessionId).toBe(fake.session.sessionId);
    await s.call('setSessionData', { after: 'destroy' });
    const later = await s.waitForFake((f) => f.session.data.after == 'destroy');
    expect(s.lj.count).toBe(1);
    expect(later.clientInjections).toBe(1);
    expectClean(s);
  });
});
