// The Nuxt example app (apps/nuxt, @crispkit/nuxt), built with `nuxt build` pointed at Crisp's real
// l.js URL (answered by the fake) and run on its own Nitro server, which also answers the
// identity signatures. The website id comes from the runtime config at server start
// (NUXT_PUBLIC_CRISP_WEBSITE_ID), not from the build. Server-rendered pages, hydration without a
// mismatch, sign-in and sign-out over many navigations, per-page data, checkout hiding the chat,
// the launcher, and a reload while signed in.
import { expect } from 'vitest';
import { prepareNuxtApp } from './support/build';
import { startNitro } from './support/nitro';
import { seriousViolations } from './support/axe';
import { expectLaunchersClear } from './support/launcher-geometry';
import { commandsOf, expectClean, setupSuite } from './support/suite';
import type { Session } from './support/session';
import { go, launcherOnPricing, signIn, signInOutJourney } from './support/acme-app';

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

    await signInOutJourney(s, {
      navigations: 40,
      warmUp: 6,
      stretch: 8,
      identitySecret: SECRETS.identity,
      afterWarmUp: (fake) =>
        expect(fake.globalsAtInit.websiteId, 'the website id of the runtime config').toBe(RUNTIME_WEBSITE_ID),
    });
    expect(hydrationMessages(s)).toEqual([]);
    expectClean(s);
  },
);

scenario('the launcher on a server-rendered page: one l.js and one chat:open, no hydration mismatch', async (t) => {
  const s = await t.open();
  await launcherOnPricing(s, t.app);
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

scenario('at 1280 px and 320 px: no axe-core violation of serious or critical impact', async (t) => {
  const s = await t.open({ viewport: { width: 1280, height: 800 } });
  await s.page.goto(t.app + '/');
  await s.page.locator('main h1').first().waitFor();
  const wide = await seriousViolations(s.page);
  await s.page.setViewportSize({ width: 320, height: 800 });
  expect({ 1280: wide, 320: await seriousViolations(s.page) }).toEqual({ 1280: [], 320: [] });
  expectClean(s);
});

scenario('at 320-1280 px: no launcher covers a focused control, nor the footer’s e-mail link', async (t) => {
  await expectLaunchersClear(t.open, t.app + '/');
});
