// The script-tag build (packages/core/dist/crispkit.iife.js): the plain HTML example site
// (apps/plain-html, built against Crisp's real URL) and fixture pages where it sits beside
// Crisp's own snippet, included twice.
import { expect } from 'vitest';
import { commandsOf, expectClean, expectOneCrisp, setupSuite } from './support/suite';
import type { Session } from './support/session';

const { scenario } = setupSuite({ app: 'plain-html' });

const ljTags = (s: Session) =>
  s.page.evaluate(() => document.querySelectorAll('script[src*="client.crisp.chat/l.js"]').length);

scenario('included twice beside Crisp\'s snippet: one l.js; the "Chat with us" link opens the chat once', async (t) => {
  const s = await t.open();
  await s.page.goto(t.fixtures + '/script-tag-twice.html');
  await s.waitForStatus('ready');
  expect(
    await s.page.evaluate(
      () => typeof (window as unknown as { CrispKit?: { createCrisp?: unknown } }).CrispKit?.createCrisp,
    ),
  ).toBe('function');
  await s.page.getByTestId('chat-link').click();
  const fake = await s.waitForFake((f) => f.session.chatOpened);
  expect(s.page.url(), 'the mailto fallback was not followed').toBe(t.fixtures + '/script-tag-twice.html');
  await expectOneCrisp(s, await s.fake());
  expect(await ljTags(s)).toBe(1);
  expect(fake.executions).toBe(1);
  expect(fake.clientInjections).toBe(1);
  expect(commandsOf(fake.commands, 'do', 'chat:open')).toEqual([['do', 'chat:open']]);
  expect(fake.handlers.length).toBe(new Set(fake.handlers).size);
  expect(fake.errors).toEqual([]);
  expectClean(s);
});

for (const network of ['fast', 'slow'] as const) {
  scenario(
    `the kit's tag before Crisp's snippet (which resets $crisp = []), ${network} network: one l.js, the chat opens`,
    async (t) => {
      // Slow: l.js is still on its way when the kit's idle trigger fires.
      const s = await t.open({ lj: network == 'slow' ? [{ delayMs: 2000 }] : [] });
      await s.page.goto(t.fixtures + '/script-tag-before-snippet.html', { waitUntil: 'domcontentloaded' });
      await s.idle();
      await s.page.getByTestId('chat-link').click();
      await s.waitForStatus('ready');
      const fake = await s.waitForFake((f) => f.session.chatOpened);
      await expectOneCrisp(s, await s.fake());
      expect(fake.clientInjections).toBe(1);
      expect(commandsOf(fake.commands, 'do', 'chat:open')).toHaveLength(1);
      expect(fake.errors).toEqual([]);
      expectClean(s);
    },
  );
}

scenario('the plain HTML site: nothing before interaction, "Chat with us" loads once and opens the chat', async (t) => {
  const s = await t.open();
  await s.page.goto(t.app + '/');
  await s.idle();
  expect(s.lj.count).toBe(0);
  expect((await s.state())?.status).toBe('idle');
  await s.page.getByTestId('chat-link').click();
  await s.waitForStatus('ready');
  const fake = await s.waitForFake((f) => f.session.chatOpened);
  expect(s.page.url()).toBe(t.app + '/');
  await expectOneCrisp(s, await s.fake());
  expect(fake.clientInjections).toBe(1);
  expect(commandsOf(fake.commands, 'do', 'chat:open')).toEqual([['do', 'chat:open']]);
  expect(fake.errors).toEqual([]);

  // The pricing page's own code: session data, then the plan asked about, then the chat.
  await s.page.getByTestId('nav-pricing').click();
  await s.page.waitForURL(t.app + '/pricing.html');
  await s.page.getByTestId('ask-office').click();
  const pricing = await s.waitForFake((f) => f.session.chatOpened && f.session.data.plan_interest == 'office');
  expect(pricing.session.data).toEqual({ page: 'pricing', plan_interest: 'office' });
  expect(s.lj.count, 'one l.js per page load').toBe(2);
  expect(pricing.clientInjections).toBe(1);
  expect(pricing.errors).toEqual([]);
  expectClean(s);
});

scenario('the plain HTML site with l.js blocked: "Chat with us" falls back to its mailto link', async (t) => {
  const s = await t.open({ lj: ['abort'] });
  await s.page.goto(t.app + '/contact.html');
  // The first interaction starts the load; it fails.
  await s.page.mouse.click(5, 5);
  await s.waitForStatus('failed', 'blocked');
  const cancelled = await s.page
    .getByTestId('chat-link')
    .evaluate((a) => !a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
  expect(cancelled, 'the click was left to the browser (mailto)').toBe(false);
  expect(s.lj.count).toBe(1);
  expect(s.pageErrors).toEqual([]);
});
