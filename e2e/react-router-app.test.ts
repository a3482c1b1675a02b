// The React Router example app (apps/react-router), built with VITE_CRISP_SCRIPT_URL set to
// Crisp's real URL, which the tests answer with the fake: long sessions with sign-in and
// sign-out, checkout hiding the chat, and a blocked l.js.
import { expect } from 'vitest';
import { commandsOf, expectClean, expectOneCrisp, LJ_NETWORK_ERROR, setupSuite } from './support/suite';
import type { Session } from './support/session';

const { scenario } = setupSuite({ app: 'react-router' });

const ROUTES = [
  'nav-home',
  'nav-pricing',
  'nav-docs',
  'nav-docs-deploys',
  'nav-checkout',
  'nav-docs-domains',
  'nav-account',
  'nav-pricing',
];

/** A client-side navigation: click the link, wait until the router marks it current. */
async function go(s: Session, testId: string): Promise<void> {
  const link = s.page.getByTestId(testId);
  if (testId.startsWith('nav-docs-') && !(await link.count())) await go(s, 'nav-docs');
  await link.click();
  await s.page.locator(`[data-testid="${testId}"][aria-current="page"]`).waitFor();
}

/** The app's part of signing in: the form, then the account page. */
async function submitSignIn(s: Session, email: string, name: string): Promise<void> {
  await go(s, 'nav-account');
  await s.page.getByTestId('sign-in-email').fill(email);
  await s.page.getByTestId('sign-in-name').fill(name);
  await s.page.getByTestId('sign-in').click();
  await s.page.getByTestId('account-details').waitFor();
}

/** Signs in and waits until Crisp has the user's session; returns the user's Crisp token. */
async function signIn(s: Session, email: string, name: string): Promise<string> {
  await submitSignIn(s, email, name);
  // The login reached Crisp: a reset that read this user's token, then the identity.
  const token = await s.page.evaluate(() => JSON.parse(sessionStorage.getItem('acme.accounts') || '{}'));
  const tokenId = (token as Record<string, { crispTokenId: string }>)[email]!.crispTokenId;
  await s.waitForFake(
    (f) =>
      f.globalsAtInit.tokenId == tokenId &&
      f.session.user.email == email &&
      f.session.sessionId == 'session_tok_' + tokenId,
  );
  await s.waitForStatus('ready');
  return tokenId;
}

/** All CRISP_* globals, as JSON (functions dropped), to search for a previous user's values. */
const crispGlobals = (s: Session) =>
  s.page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return JSON.stringify(
      Object.fromEntries(
        Object.keys(w)
          .filter((k) => k.startsWith('CRISP_'))
          .map((k) => [k, w[k]]),
      ),
    );
  });

scenario(
  '200 client-side navigations with sign-in and sign-out: one l.js, nothing of a signed-out user left',
  async (t) => {
    const s = await t.open();
    await s.page.goto(t.app + '/');
    await s.page.getByTestId('chat-status').waitFor();
    expect(s.lj.count, 'load="interaction": nothing before the first interaction').toBe(0);

    const users = [
      { email: 'ada@example.com', name: 'Ada Lovelace' },
      { email: 'grace@example.com', name: 'Grace Hopper' },
    ];
    let navigations = 0;
    let checkoutVisits = 0;
    const block = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const to = ROUTES[navigations % ROUTES.length]!;
        await go(s, to);
        navigations++;
        if (to == 'nav-checkout') {
          checkoutVisits++;
          await s.waitForFake((f) => !f.session.chatVisible);
          expect(await s.page.getByRole('button', { name: 'Chat with support' }).count()).toBe(0);
        }
      }
    };

    await block(10);
    await s.waitForStatus('ready');
    for (const user of users) {
      const tokenId = await signIn(s, user.email, user.name);
      expect(await crispGlobals(s)).toContain(tokenId);
      await block(45);
      await go(s, 'nav-account');
      const before = (await s.fake())!.commands.length;
      await s.page.getByTestId('sign-out').click();
      await s.page.getByTestId('sign-in').waitFor();
      // The logout reached Crisp: a reset that read no token, and a fresh anonymous session.
      const afterLogout = await s.waitForFake(
        (f) => f.globalsAtInit.tokenId == null && !!f.session.sessionId && !f.session.sessionId.includes(tokenId),
      );
      await block(45);

      const fake = (await s.fake())!;
      const later = JSON.stringify(fake.commands.slice(before));
      const globals = await crispGlobals(s);
      for (const secret of [tokenId, user.email, user.name]) {
        expect(globals, `CRISP_* globals after sign-out hold ${secret}`).not.toContain(secret);
        expect(later, `commands after sign-out carry ${secret}`).not.toContain(secret);
      }
      expect(
        await s.page.evaluate(
          () => 'CRISP_TOKEN_ID' in window && (window as unknown as { CRISP_TOKEN_ID: unknown }).CRISP_TOKEN_ID != null,
        ),
      ).toBe(false);
      expect(
        commandsOf(fake.commands.slice(before), 'set', 'session:data').filter((c) =>
          JSON.stringify(c).includes('"plan"'),
        ),
      ).toEqual([]);
      expect(afterLogout.session.user.email).toBeNull();
      expect(afterLogout.session.user.nickname).toBeNull();
      expect(fake.session.data.plan).toBeUndefined();
      const state = (await s.state())!;
      expect(state.status).toBe('ready');
      expect(state.sessionId).not.toContain(tokenId);
    }
    await block(200 - navigations);
    expect(navigations).toBe(200);

    const fake = (await s.fake())!;
    await expectOneCrisp(s, await s.fake());
    expect(await s.page.evaluate(() => document.querySelectorAll('script[src*="client.crisp.chat/l.js"]').length)).toBe(
      1,
    );
    expect(fake.executions).toBe(1);
    expect(fake.clientInjections).toBe(1);
    // One Crisp registration per event, whatever the re-renders, resets and StrictMode did.
    expect(fake.handlers.length).toBe(new Set(fake.handlers).size);
    expect(fake.registrations).toBeLessThanOrEqual(10 + 2 * users.length);
    // Checkout hid the chat on each visit and showed it again on leaving: alternating, never doubled.
    const visibility = fake.commands
      .filter((c) => c[0] == 'do' && /^chat:(hide|show)$/.test(String(c[1])))
      .map((c) => c[1]);
    expect(visibility.filter((v) => v == 'chat:hide').length).toBe(checkoutVisits);
    expect(visibility.every((v, i) => v == (i % 2 ? 'chat:show' : 'chat:hide'))).toBe(true);
    // Two logins and two logouts: exactly four resets, and no command refused by Crisp.
    expect(commandsOf(fake.commands, 'do', 'session:reset')).toHaveLength(4);
    expect(fake.errors).toEqual([]);
    expect(fake.lost).toEqual([]);
    console.info(
      `[200 navigations] commands=${fake.commands.length} registrations=${fake.registrations} checkout visits=${checkoutVisits}`,
    );
    expectClean(s);
  },
);

scenario('load="interaction" in the app: the launcher click gives one l.js and one chat:open', async (t) => {
  const s = await t.open();
  await s.page.goto(t.app + '/');
  const launcher = s.page.getByRole('button', { name: 'Chat with support' });
  await launcher.hover();
  await s.idle();
  expect(s.lj.count).toBe(0);
  expect((await s.state())?.status).toBe('idle');
  await launcher.click();
  await s.waitForStatus('ready');
  const fake = await s.waitForFake((f) => f.session.chatOpened);
  await expectOneCrisp(s, await s.fake());
  expect(commandsOf(fake.commands, 'do', 'chat:open')).toEqual([['do', 'chat:open']]);
  expect(fake.errors).toEqual([]);
  expectClean(s);
});

scenario('the app with l.js blocked: fallback, navigation works, a retry delivers the queued commands', async (t) => {
  const s = await t.open({ lj: ['abort'] });
  await s.page.goto(t.app + '/');
  await go(s, 'nav-pricing');
  await s.waitForStatus('failed', 'blocked');
  await s.page.getByTestId('chat-fallback').waitFor();
  await s.page.getByTestId('chat-status').and(s.page.locator('[data-status="failed"]')).waitFor();
  // Crisp is down: the app signs in all the same, the kit keeps the identity queued.
  await submitSignIn(s, 'ada@example.com', 'Ada Lovelace');
  await go(s, 'nav-docs');
  await go(s, 'nav-home');
  expect(s.lj.count).toBe(1);

  await s.call('load');
  await s.waitForStatus('ready');
  const fake = await s.waitForFake((f) => f.session.user.email == 'ada@example.com');
  expect(s.lj.requests.map((r) => r.fault)).toEqual(['abort', 'ok']);
  await expectOneCrisp(s, await s.fake(), { requests: 2 });
  expect(fake.clientInjections).toBe(1);
  expect(fake.session.data).toEqual({ plan: 'free', page: 'home' });
  expect(fake.globalsAtInit.tokenId).toMatch(/^acme-/);
  expect(fake.session.user).toMatchObject({ email: 'ada@example.com', nickname: 'Ada Lovelace' });
  // The identity arrived once: queued while blocked, delivered by the retry, never duplicated.
  expect(commandsOf(fake.commands, 'set', 'user:email')).toEqual([['set', 'user:email', ['ada@example.com']]]);
  expect(fake.errors).toEqual([]);
  await s.page.getByTestId('chat-fallback').waitFor({ state: 'detached' });
  expectClean(s, [LJ_NETWORK_ERROR]);
});
