// The Nuxt example app (apps/nuxt, @crispkit/nuxt), built with `nuxt build` pointed at Crisp's real
// l.js URL (answered by the fake) and run on its own Nitro server, which also answers the
// identity signatures. The website id comes from the runtime config at server start
// (NUXT_PUBLIC_CRISP_WEBSITE_ID), not from the build. Server-rendered pages, hydration without a
// mismatch, sign-in and sign-out over many navigations, per-page data, checkout hiding the chat,
// the launcher, and a reload while signed in.
import { createHmac } from 'node:crypto';
import { expect } from 'vitest';
import { prepareNuxtApp } from './support/build';
import { startNitro } from './support/nitro';
import { commandsOf, expectClean, expectOneCrisp, setupSuite } from './support/suite';
import type { Session } from './support/session';

const SECRETS = { identity: 'e2e-identity-secret', webhook: 'e2e-webhook-secret' };
// Not the demo id the app is built with: only the runtime config can put this one in the page.
const RUNTIME_WEBSITE_ID = '0c3f5a52-57b4-4c7c-9a0e-3e1f6e2a9b11';

const { scenario } = setupSuite({
  appServer: async () =>
    startNitro(await prepareNuxtApp(), {
      NUXT_PUBLIC_CRISP_WEBSITE_ID: RUNTIME_WEBSITE_ID,
      CRISP_IDENTITY_SECRET: SECRETS.identity,
      CRISP_WEBHOOK_SECRET: SECRETS.webhook,
    }),
});

const ROUTES: [testId: string, page: string][] = [
  ['nav-home', 'home'],
  ['nav-pricing', 'pricing'],
  ['nav-docs', 'docs'],
  ['nav-docs-deploys', 'docs/deploys'],
  ['nav-checkout', 'checkout'],
  ['nav-docs-domains', 'docs/domains'],
  ['nav-account', 'account'],
  ['nav-pricing', 'pricing'],
];

/** A client-side navigation: click the link, wait until the router marks it current. */
async function go(s: Session, testId: string): Promise<void> {
  const link = s.page.getByTestId(testId);
  if (testId.startsWith('nav-docs-') && !(await link.count())) await go(s, 'nav-docs');
  await link.click();
  await s.page.locator(`[data-testid="${testId}"][aria-current="page"]`).waitFor();
}

/** Signs in through the form and waits until Crisp has the user's session; returns the user's token. */
async function signIn(s: Session, email: string, name: string): Promise<string> {
  await go(s, 'nav-account');
  await s.page.getByTestId('sign-in-email').fill(email);
  await s.page.getByTestId('sign-in-name').fill(name);
  await s.page.getByTestId('sign-in').click();
  await s.page.getByTestId('account-details').waitFor();
  const accounts = await s.page.evaluate(() => JSON.parse(sessionStorage.getItem('acme.accounts') || '{}'));
  const tokenId = (accounts as Record<string, { crispTokenId: string }>)[email]!.crispTokenId;
  await s.waitForFake(
    (f) =>
      f.globalsAtInit.tokenId == tokenId &&
      f.session.user.email == email &&
      f.session.sessionId == 'session_tok_' + tokenId,
  );
  return tokenId;
}

/** Vue's hydration warnings (development) and its production summary, "contains mismatches". */
const hydrationMessages = (s: Session) => s.consoleLog.filter((line) => /hydrat|mismatch/i.test(line));

scenario(
  'server-rendered pages, 40 navigations with two sign-ins and sign-outs: one l.js, each page’s data, checkout hidden, no hydration mismatch',
  async (t) => {
    // What the server renders: the kit's initial state, the launcher, and no Crisp at all.
    const html = await (await fetch(t.app + '/pricing')).text();
    expect(html).toContain('data-status="idle"');
    expect(html).toContain('aria-label="Chat with support"');
    expect(html, 'no l.js tag from the server').not.toMatch(/<script[^>]*client\.crisp\.chat/);
    expect(await (await fetch(t.app + '/checkout')).text()).not.toContain('aria-label="Chat with support"');

    const s = await t.open();
    await s.page.goto(t.app + '/');
    await s.page.getByTestId('chat-status').waitFor();
    expect(s.lj.count, 'load: interaction: nothing before the first interaction').toBe(0);

    let navigations = 0;
    let checkoutVisits = 0;
    const block = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const [testId, page] = ROUTES[navigations % ROUTES.length]!;
        await go(s, testId);
        navigations++;
        await s.waitForFake((f) => f.session.data.page == page);
        if (page == 'checkout') {
          checkoutVisits++;
          await s.waitForFake((f) => !f.session.chatVisible);
          expect(await s.page.getByRole('button', { name: 'Chat with support' }).count()).toBe(0);
        } else await s.waitForFake((f) => f.session.chatVisible);
      }
    };

    await block(6);
    await s.waitForStatus('ready');
    expect((await s.fake())!.globalsAtInit.websiteId, 'the website id of the runtime config').toBe(RUNTIME_WEBSITE_ID);
    for (const user of [
      { email: 'ada@example.com', name: 'Ada Lovelace' },
      { email: 'grace@example.com', name: 'Grace Hopper' },
    ]) {
      const tokenId = await signIn(s, user.email, user.name);
      const signed = (await s.fake())!;
      // Identity verification by the app's Nitro route: the email went with its signature.
      const signature = createHmac('sha256', SECRETS.identity).update(user.email).digest('hex');
      expect(commandsOf(signed.commands, 'set', 'user:email').at(-1)).toEqual([
        'set',
        'user:email',
        [user.email, signature],
      ]);
      expect(signed.session.data.plan).toBe('free');
      await block(8);
      await go(s, 'nav-account');
      const before = (await s.fake())!.commands.length;
      await s.page.getByTestId('sign-out').click();
      await s.page.getByTestId('sign-in').waitFor();
      await s.waitForFake(
        (f) => f.globalsAtInit.tokenId == null && !!f.session.sessionId && !f.session.sessionId.includes(tokenId),
      );
      await block(8);
      const fake = (await s.fake())!;
      const later = JSON.stringify(fake.commands.slice(before));
      for (const secret of [tokenId, user.email, user.name, '"plan"'])
        expect(later, `commands after sign-out carry ${secret}`).not.toContain(secret);
      expect(fake.session.user.email).toBeNull();
      expect(fake.session.data.plan).toBeUndefined();
    }
    await block(40 - navigations);
    expect(navigations).toBe(40);

    const fake = (await s.fake())!;
    await expectOneCrisp(s, fake);
    expect(fake.handlers.length).toBe(new Set(fake.handlers).size);
    const visibility = commandsOf(fake.commands, 'do').filter((c) => /^chat:(hide|show)$/.test(String(c[1])));
    expect(visibility.filter((c) => c[1] == 'chat:hide')).toHaveLength(checkoutVisits);
    expect(visibility.every((c, i) => c[1] == (i % 2 ? 'chat:show' : 'chat:hide'))).toBe(true);
    expect(commandsOf(fake.commands, 'do', 'session:reset')).toHaveLength(4);
    expect(fake.errors).toEqual([]);
    expect(fake.lost).toEqual([]);
    expect(hydrationMessages(s)).toEqual([]);
    expectClean(s);
  },
);

scenario('the launcher on a server-rendered page: one l.js and one chat:open, no hydration mismatch', async (t) => {
  const s = await t.open();
  await s.page.goto(t.app + '/pricing');
  const launcher = s.page.getByRole('button', { name: 'Chat with support' });
  await launcher.hover();
  await s.idle();
  expect(s.lj.count).toBe(0);
  expect((await s.state())?.status).toBe('idle');
  await launcher.click();
  await s.waitForStatus('ready');
  const fake = await s.waitForFake((f) => f.session.chatOpened);
  await expectOneCrisp(s, fake);
  expect(commandsOf(fake.commands, 'do', 'chat:open')).toEqual([['do', 'chat:open']]);
  expect(fake.session.data).toEqual({ page: 'pricing' });
  expect(fake.session.segments).toEqual(['pricing-viewer']);
  await s.page.getByRole('button', { name: 'Chat with support' }).waitFor({ state: 'detached' });
  expect(fake.errors).toEqual([]);
  expect(hydrationMessages(s)).toEqual([]);
  expectClean(s);
});

scenario(
  'a reload while signed in: the server renders the account, Crisp starts with the token (no reset)',
  async (t) => {
    const s = await t.open();
    await s.page.goto(t.app + '/');
    await s.page.getByTestId('chat-status').waitFor();
    const tokenId = await signIn(s, 'ada@example.com', 'Ada Lovelace');
    await s.page.reload();
    // The account's name is in the server's HTML (the session cookie), so hydration matches.
    await expect.poll(() => s.page.getByTestId('nav-account').textContent()).toBe('Ada Lovelace');
    await go(s, 'nav-pricing');
    const fake = await s.waitForFake((f) => f.session.data.page == 'pricing' && f.session.user.email != null);
    expect(s.lj.count, 'one l.js per page load').toBe(2);
    expect(fake.globalsAtInit.tokenId, 'the token before l.js ran').toBe(tokenId);
    expect(fake.session.sessionId).toBe('session_tok_' + tokenId);
    expect(commandsOf(fake.commands, 'do', 'session:reset')).toEqual([]);
    expect(fake.session.data).toEqual({ plan: 'free', page: 'pricing' });
    expect(fake.errors).toEqual([]);
    expect(hydrationMessages(s)).toEqual([]);
    expectClean(s);
  },
);
