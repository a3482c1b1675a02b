// The four paths on which one visitor used to reach the next (issue 18, "Why" 1–4), in Chromium
// with the browser fake, for the development build (the core's package output, fixtures/core.html)
// and the production one (the script tag, fixtures/script-tag-api.html). Each sequence runs in one
// task of the page, as an app would call it; `window.__crispFake.sessions` says what each Crisp
// session received.
import { describe, expect } from 'vitest';
import type { FakeSessionRecord } from '@crispkit/testing';
import { expectClean, expectOneCrisp, setupSuite } from './support/suite';
import type { FakeView, Session } from './support/session';

const { scenario } = setupSuite();

const WEBSITE_ID = '2a7b2e8c-6c39-4a7e-9f1c-4d1c7c0e1a11';
const ALICE = { tokenId: 'tok-alice', email: 'alice@example.com', data: { owner: 'alice' } };

/** A core function (`setUser`, …) called with the page's client; `createCrisp`; or Crisp's snippet. */
type Step = ['createCrisp', Record<string, unknown>] | ['snippet'] | [name: string, ...args: unknown[]];

const BUILDS = [
  { build: 'development', page: '/core.html', api: 'E2EKit' },
  { build: 'production', page: '/script-tag-api.html', api: 'CrispKit' },
] as const;
type Build = (typeof BUILDS)[number];

/** Runs the steps in one task of the page: nothing of Crisp can happen between them. */
function run(s: Session, build: Build, steps: Step[]): Promise<void> {
  return s.page.evaluate(
    ([api, websiteId, steps]) => {
      type Kit = Record<string, (...args: unknown[]) => unknown>;
      const kit = (window as unknown as Record<string, Kit>)[api]!;
      const client = () =>
        (globalThis as unknown as Record<symbol, { client?: unknown }>)[Symbol.for('crispkit')]?.client;
      for (const [name, ...args] of steps) {
        if (name === 'createCrisp') {
          const options = args[0] as Record<string, unknown>;
          // Refusals become console errors, which expectClean reports.
          const onError = (error: Error) => console.error('[crispkit onError] ' + error.message);
          kit.createCrisp!({ websiteId, ...options, onError });
        } else if (name === 'snippet') {
          // Crisp's embed code, as its dashboard gives it.
          const page = window as unknown as Record<string, unknown>;
          page.$crisp = [];
          page.CRISP_WEBSITE_ID = websiteId;
          const script = document.createElement('script');
          script.src = 'https://client.crisp.chat/l.js';
          script.async = true;
          document.getElementsByTagName('head')[0]!.appendChild(script);
        } else if (name === 'navigate') location.assign(location.href);
        else kit[name]!(client(), ...args);
      }
    },
    [build.api, WEBSITE_ID, steps] as const,
  );
}

/** Runs the steps, the last a navigation in the same task, and waits for the next page. */
async function runThenNavigate(s: Session, build: Build, steps: Step[]): Promise<void> {
  await run(s, build, [...steps, ['navigate']]).catch(() => undefined); // the page goes mid-call
  await s.page.waitForFunction((api) => api in window && !(window as { $crisp?: unknown }).$crisp, build.api);
}

/** Crisp's cookies for the website (decoded): what the next page's client restores from. */
const crispCookies = async (s: Session) =>
  (await s.context.cookies())
    .map((cookie) => [decodeURIComponent(cookie.name), decodeURIComponent(cookie.value)])
    .filter(([name]) => name!.startsWith(`crisp-client/session/${WEBSITE_ID}`));

interface Handle {
  settled(): Promise<void>;
  startClient(): Promise<void>;
  releaseInit(): Promise<void>;
  sessions: FakeSessionRecord[];
}

/** What every Crisp session received, once everything the fake scheduled has run. */
const sessionsOf = (s: Session): Promise<FakeSessionRecord[]> =>
  s.page.evaluate(async () => {
    const fake = (window as unknown as { __crispFake: Handle }).__crispFake;
    await fake.settled();
    return fake.sessions;
  });

const startClient = (s: Session) =>
  s.page.evaluate(() => (window as unknown as { __crispFake: Handle }).__crispFake.startClient());

async function open(s: Session, origin: string, build: Build): Promise<void> {
  await s.page.goto(origin + build.page);
  expect(await s.page.evaluate((api) => api in window, build.api), `window.${build.api}`).toBe(true);
}

/** l.js has executed (its copy of the globals taken) while client.js is held: `$crisp` is the array. */
async function inTheWindow(s: Session): Promise<FakeView> {
  await s.waitForStatus('loaded');
  const fake = await s.waitForFake((f) => f.executions >= 1);
  expect(fake.executions, 'l.js executed').toBe(1);
  expect(await s.page.evaluate(() => Array.isArray((window as unknown as { $crisp: unknown }).$crisp))).toBe(true);
  return fake;
}

const current = (sessions: FakeSessionRecord[]): FakeSessionRecord => {
  const session = sessions.at(-1);
  if (!session?.current) throw new Error('the client has no session');
  return session;
};
const received = (sessions: FakeSessionRecord[]) => JSON.stringify(sessions.map((session) => session.commands));
const identityCommands = (sessions: FakeSessionRecord[]) =>
  sessions.flatMap((session) =>
    session.commands.filter(([verb, name]) => verb === 'set' && /^(user|session):/.test(String(name))),
  );
const sessionWithNickname = (sessions: FakeSessionRecord[], nickname: string) =>
  sessions.find((session) =>
    session.commands.some(
      ([verb, name, args]) => verb === 'set' && name === 'user:nickname' && JSON.stringify(args) === `["${nickname}"]`,
    ),
  );

for (const build of BUILDS) {
  describe(`${build.build} build`, () => {
    describe('1. revoke after grant and login', () => {
      scenario('in the same task: Crisp receives nothing of Alice, never her token, the chat is hidden', async (t) => {
        const s = await t.open({ e2e: { autoBoot: false } });
        await open(s, t.fixtures, build);
        await run(s, build, [
          ['createCrisp', { load: 'eager', consent: 'required' }],
          ['grantConsent'],
          ['login', ALICE],
          ['revokeConsent'],
        ]);
        await s.waitForFake((f) => !!f.session.sessionId);
        const sessions = await sessionsOf(s);
        const fake = await s.fake();

        expect(received(sessions)).not.toMatch(/alice/);
        expect(identityCommands(sessions)).toEqual([]);
        expect(sessions.map((session) => session.tokenId)).not.toContain(ALICE.tokenId);
        expect(fake?.session).toMatchObject({ chatVisible: false, user: { email: null }, data: {} });
        expect((await s.state())?.consent).toBe('revoked');
        expect(fake?.errors).toEqual([]);
        await expectOneCrisp(s, fake);
        expectClean(s);
      });

      scenario('after l.js executed, before the client is live: nothing queued for Alice runs', async (t) => {
        const s = await t.open({ e2e: { autoBoot: false }, fake: { holdClient: true } });
        await open(s, t.fixtures, build);
        await run(s, build, [
          ['createCrisp', { load: 'eager', consent: 'required' }],
          ['grantConsent'],
          ['login', ALICE],
        ]);
        expect((await inTheWindow(s)).globalsAtInit.tokenId, "l.js copied Alice's token").toBe(ALICE.tokenId);

        await run(s, build, [['revokeConsent']]);
        await startClient(s);
        await s.waitForFake((f) => !!f.session.sessionId);
        const sessions = await sessionsOf(s);
        const fake = await s.fake();

        expect(received(sessions)).not.toMatch(/alice@example\.com|owner/);
        expect(identityCommands(sessions)).toEqual([]);
        // l.js copied her token, but the kit's $crisp hands __init the globals' token (none).
        const established = sessions.filter((session) => session.sessionId !== null);
        expect(established.map((session) => session.tokenId)).not.toContain(ALICE.tokenId);
        expect(fake?.session.sessionId).not.toContain(ALICE.tokenId);
        expect(fake?.session).toMatchObject({ chatVisible: false, user: { email: null }, data: {} });
        expect(fake?.errors).toEqual([]);
        expectClean(s);
      });
    });

    describe('2. setUser({ email }), setUser({ nickname }), then setLocale', () => {
      const steps: Step[] = [
        ['setUser', { email: 'ann@example.com' }],
        ['setUser', { nickname: 'Ann' }],
        ['setLocale', 'fr'],
      ];
      const frenchSession = (f: FakeView) => f.globalsAtInit.runtimeConfig?.locale === 'fr' && !!f.session.sessionId;

      scenario('on a live client: the session the locale starts has both the email and the nickname', async (t) => {
        const s = await t.open({ e2e: { autoBoot: false } });
        await open(s, t.fixtures, build);
        await run(s, build, [['createCrisp', { load: 'eager' }]]);
        await s.waitForStatus('ready');
        await run(s, build, steps);
        await s.waitForFake(frenchSession);
        const sessions = await sessionsOf(s);

        expect(sessions.length, 'the locale was applied by a reset').toBeGreaterThan(1);
        expect(current(sessions)).toMatchObject({ locale: 'fr', user: { email: 'ann@example.com', nickname: 'Ann' } });
        expect((await s.fake())?.errors).toEqual([]);
        expectClean(s);
      });

      scenario('after l.js executed, before the client is live: the same', async (t) => {
        const s = await t.open({ e2e: { autoBoot: false }, fake: { holdClient: true } });
        await open(s, t.fixtures, build);
        await run(s, build, [['createCrisp', { load: 'eager' }]]);
        await inTheWindow(s);
        await run(s, build, steps);
        await startClient(s);
        await s.waitForFake(frenchSession);
        const sessions = await sessionsOf(s);

        expect(current(sessions)).toMatchObject({ locale: 'fr', user: { email: 'ann@example.com', nickname: 'Ann' } });
        expect((await s.fake())?.errors).toEqual([]);
        expectClean(s);
      });
    });

    describe('3. fields cleared with null, then logout, then another visitor', () => {
      const steps: Step[] = [
        ['setUser', { email: null, nickname: null }],
        ['logout'],
        ['setUser', { nickname: 'Bob' }],
      ];

      scenario("on a live client: Bob's nickname lands in a new session, without Alice's email", async (t) => {
        const s = await t.open({ e2e: { autoBoot: false } });
        await open(s, t.fixtures, build);
        await run(s, build, [
          ['createCrisp', { load: 'eager' }],
          ['setUser', { email: 'alice@example.com', nickname: 'Alice' }],
        ]);
        await s.waitForFake((f) => f.session.user.email === 'alice@example.com' && !!f.session.sessionId);
        const alices = (await sessionsOf(s)).length;

        await run(s, build, steps);
        await s.waitForFake((f) => f.session.user.nickname === 'Bob' && !!f.session.sessionId);
        const sessions = await sessionsOf(s);
        const bob = sessionWithNickname(sessions, 'Bob');

        expect(bob, "the session Bob's nickname reached").toBeDefined();
        expect(sessions.length, 'a reset happened').toBeGreaterThan(alices);
        expect(JSON.stringify(bob)).not.toMatch(/alice/i);
        expect(current(sessions)).toMatchObject({ user: { email: null, nickname: 'Bob' } });
        expect((await s.fake())?.errors).toEqual([]);
        expectClean(s);
      });

      scenario('after l.js executed, before the client is live: nothing of Alice reaches Crisp', async (t) => {
        const s = await t.open({ e2e: { autoBoot: false }, fake: { holdClient: true } });
        await open(s, t.fixtures, build);
        await run(s, build, [
          ['createCrisp', { load: 'eager' }],
          ['setUser', { email: 'alice@example.com', nickname: 'Alice' }],
        ]);
        await inTheWindow(s);
        await run(s, build, steps);
        await startClient(s);
        await s.waitForFake((f) => f.session.user.nickname === 'Bob' && !!f.session.sessionId);
        const sessions = await sessionsOf(s);

        expect(JSON.stringify(sessionWithNickname(sessions, 'Bob'))).not.toMatch(/alice/i);
        expect(received(sessions)).not.toMatch(/alice/i);
        expect(current(sessions)).toMatchObject({ user: { email: null, nickname: 'Bob' } });
        expect((await s.fake())?.errors).toEqual([]);
        expectClean(s);
      });
    });

    describe("4. Crisp's official snippet run after createCrisp and setUser", () => {
      scenario('the email reaches Crisp; one l.js request, one l.js executed, one client.js', async (t) => {
        const s = await t.open({ e2e: { autoBoot: false } });
        await open(s, t.fixtures, build);
        // The kit's default strategy (idle): the snippet runs before the kit has asked for l.js.
        await run(s, build, [
          ['createCrisp', {}],
          ['setUser', { email: 'ann@example.com' }],
          ['snippet'],
          ['setUser', { nickname: 'Ann' }],
        ]);
        await s.waitForStatus('ready');
        // The moment the kit's idle strategy would load: a second l.js would be requested by then.
        await s.idle();
        await sessionsOf(s);
        const fake = await s.waitForFake((f) => !!f.session.sessionId);

        expect(fake.session.user).toMatchObject({ email: 'ann@example.com', nickname: 'Ann' });
        await expectOneCrisp(s, fake);
        expect(fake.lost).toEqual([]);
        expect(fake.errors).toEqual([]);
        expectClean(s);
      });
    });

    describe('5. boundaries calibrated on the real client (issue 21)', () => {
      const sessionOfNextPage = async (s: Session) => {
        await run(s, build, [['createCrisp', { load: 'eager' }]]);
        return (await s.waitForFake((f) => !!f.session.sessionId)).session.sessionId;
      };

      scenario(
        'a page that starts with her token and signs out at once, then navigates: her session is not restored',
        async (t) => {
          const s = await t.open({ e2e: { autoBoot: false } });
          await open(s, t.fixtures, build);
          await run(s, build, [
            ['createCrisp', { load: 'eager' }],
            ['login', ALICE],
          ]);
          const hers = (
            await s.waitForFake((f) => f.session.sessionId !== null && f.globalsAtInit.tokenId === ALICE.tokenId)
          ).session.sessionId;
          await s.page.goto(t.fixtures + build.page);
          await runThenNavigate(s, build, [['createCrisp', { load: 'eager', tokenId: ALICE.tokenId }], ['logout']]);
          // What is left is a new session's at most (l.js may run before the page goes).
          expect(JSON.stringify(await crispCookies(s)), 'nothing of Alice left in Crisp storage').not.toMatch(
            new RegExp(`${hers}|${ALICE.tokenId}`),
          );
          expect(await sessionOfNextPage(s)).not.toBe(hers);
          expectClean(s);
        },
      );

      for (const boundary of [['logout'], ['revokeConsent']] as Step[])
        scenario(`${boundary[0]} then a navigation in the same task: the next page starts a new session`, async (t) => {
          const s = await t.open({ e2e: { autoBoot: false } });
          await open(s, t.fixtures, build);
          await run(s, build, [
            ['createCrisp', { load: 'eager', consent: 'required' }],
            ['grantConsent'],
            ['setUser', { email: ALICE.email }],
          ]);
          const hers = (await s.waitForFake((f) => f.session.user.email === ALICE.email)).session.sessionId;
          await runThenNavigate(s, build, [boundary]);
          expect(JSON.stringify(await crispCookies(s))).not.toMatch(new RegExp(`${hers}|${ALICE.tokenId}`));
          expect(await sessionOfNextPage(s)).not.toBe(hers);
          expectClean(s);
        });

      for (const boundary of [
        ['logout'],
        ['revokeConsent'],
        ['login', { tokenId: 'tok-bob', email: 'bob@example.com' }],
      ] as Step[])
        scenario(`${boundary[0]} after client.js executed, before init: her email never reaches Crisp`, async (t) => {
          const s = await t.open({ e2e: { autoBoot: false }, fake: { holdInit: true } });
          await open(s, t.fixtures, build);
          await run(s, build, [
            ['createCrisp', { load: 'eager', consent: 'required' }],
            ['grantConsent'],
            ['login', ALICE],
          ]);
          await s.page.waitForFunction(() => !Array.isArray((window as { $crisp?: unknown }).$crisp));
          await run(s, build, [boundary]);
          await s.page.evaluate(() => (window as unknown as { __crispFake: Handle }).__crispFake.releaseInit());
          await s.waitForFake((f) => !!f.session.sessionId);
          const sessions = await sessionsOf(s);
          expect(received(sessions)).not.toContain(ALICE.email);
          // l.js copied her token; the kit's $crisp hands __init the globals' token instead.
          expect(sessions.map((session) => session.tokenId)).not.toContain(ALICE.tokenId);
          expectClean(s);
        });

      scenario('the kit on the page, Crisp snippet pasted twice: nothing the kit queued is lost', async (t) => {
        const s = await t.open({ e2e: { autoBoot: false } });
        await open(s, t.fixtures, build);
        await run(s, build, [
          ['createCrisp', { load: 'manual' }],
          ['setUser', { email: ALICE.email }],
          ['snippet'],
          ['snippet'],
        ]);
        const fake = await s.waitForFake((f) => f.session.user.email === ALICE.email);
        expect(fake.lost).toEqual([]);
        expect((await sessionsOf(s)).length).toBe(1);
        expectClean(s);
      });
    });
  });
}
