// The SvelteKit example app (apps/sveltekit) in Chromium: every page is prerendered by `vite build`
// (server-rendered HTML that hydrates). The Acme apps' shared browser suite (sign-in and sign-out
// over many navigations, per-page data, checkout hiding the chat, the launcher, the signed
// identity; see support/acme-app.ts), and hydration.
import { expect } from 'vitest';
import { acmeAppSuite, go } from './support/acme-app';
import { seriousViolations } from './support/axe';
import { expectLaunchersClear } from './support/launcher-geometry';
import { expectClean, expectOneCrisp } from './support/suite';

const { scenario } = acmeAppSuite('sveltekit');

scenario(
  'a prerendered page hydrates: the server’s HTML shows the initial state, the page then follows Crisp',
  async (t) => {
    // What the server rendered at build time, before any script runs.
    const html = await (await fetch(t.app + '/docs/deploys/')).text();
    expect(html).toContain('data-status="idle"');
    expect(html).toContain('aria-label="Chat with support"');
    const s = await t.open();
    await s.page.goto(t.app + '/docs/deploys/');
    await s.idle();
    expect(s.lj.count, 'load: interaction: nothing before the first interaction').toBe(0);
    await s.page.keyboard.press('Shift'); // the first interaction loads Crisp
    await s.waitForStatus('ready');
    // Hydrated: the status line follows Crisp, and the launcher gave way to Crisp's own.
    await s.page.locator('[data-testid="chat-status"][data-status="ready"]').waitFor();
    await s.page.getByRole('button', { name: 'Chat with support' }).waitFor({ state: 'detached' });
    await s.waitForFake((f) => f.session.data.page == 'docs/deploys' && f.session.chatVisible);
    await go(s, 'nav-checkout');
    const fake = await s.waitForFake((f) => f.session.data.page == 'checkout' && !f.session.chatVisible);
    await expectOneCrisp(s, fake);
    expect(fake.errors).toEqual([]);
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
