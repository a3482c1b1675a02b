// Accessibility of the example apps, the plain-HTML site and the playground, in Chromium: no
// axe-core violation of serious or critical impact at 1280 px and 320 px; no sideways scroll at
// 320 px; the launcher (the kit's stand-in, then Crisp's bubble) never over a focused control nor
// over the footer's e-mail link; and the launcher of each binding for keyboard and screen reader
// users: focus into the chat once open or onto the fallback once failed, loading and failure said
// in a polite live region, no spinning under prefers-reduced-motion.
import { afterAll, beforeAll, expect } from 'vitest';
import { prepareApp, type AppName } from './support/build';
import { serveStatic, type StaticServer } from './support/server';
import { seriousViolations } from './support/axe';
import { LJ_NETWORK_ERROR, expectClean, setupSuite } from './support/suite';
import type { Session } from './support/session';
import {
  FOOTER_MAIL,
  NOTHING_COVERED,
  SLOW_NETWORK,
  coveredAtEachWidth,
  crispBubble,
  expectBubbleClear,
  expectLaunchersClear,
} from './support/launcher-geometry';

const { scenario } = setupSuite();

const APPS: AppName[] = ['react-router', 'vue-router', 'plain-html', 'playground'];
const servers = new Map<AppName, StaticServer>();
const origin = (app: AppName) => servers.get(app)!.origin;

beforeAll(async () => {
  for (const app of APPS)
    servers.set(app, await serveStatic({ roots: [await prepareApp(app)], fallback: () => '/index.html' }));
}, 600_000);
afterAll(async () => {
  for (const server of servers.values()) await server.close();
});

/** The playground with enough commands through Crisp that its log and command panels scroll. */
async function busyPlayground(s: Session): Promise<void> {
  await s.waitForStatus('ready');
  for (let i = 0; i < 40; i++) await s.call('push', ['set', 'session:event', [[[`step_${i}`, { i }]]]]);
  await s.page.getByText('step_39').first().waitFor();
}

for (const app of APPS)
  scenario(`${app} at 1280 px and 320 px: no axe-core violation of serious or critical impact`, async (t) => {
    const s = await t.open({ viewport: { width: 1280, height: 800 } });
    await s.page.goto(origin(app) + '/');
    if (app == 'playground') await busyPlayground(s);
    else await s.page.locator('main h1').first().waitFor();
    const wide = await seriousViolations(s.page);
    await s.page.setViewportSize({ width: 320, height: 800 });
    const narrow = await seriousViolations(s.page);
    expect({ 1280: wide, 320: narrow }).toEqual({ 1280: [], 320: [] });
    expectClean(s);
  });

scenario('plain-html at 320 px: no page scrolls sideways', async (t) => {
  const s = await t.open({ viewport: { width: 320, height: 700 } });
  for (const path of ['/', '/pricing.html', '/contact.html']) {
    await s.page.goto(origin('plain-html') + path);
    const widths = await s.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(widths.innerWidth, 'window width').toBe(320);
    expect(widths.scrollWidth, `${path}: page width`).toBeLessThanOrEqual(320);
  }
  expectClean(s);
});

for (const app of ['react-router', 'vue-router', 'plain-html'] as const)
  scenario(`${app} at 320-1280 px: no launcher covers a focused control, nor the footer's e-mail link`, async (t) => {
    // The plain-HTML site has no launcher of its own: its links open the chat.
    if (app == 'plain-html') await expectBubbleClear(t.open, origin(app) + '/');
    else await expectLaunchersClear(t.open, origin(app) + '/');
  });

scenario('playground at 320-1280 px: no launcher covers a focused control', async (t) => {
  const kit = await t.open(SLOW_NETWORK);
  await kit.page.goto(origin('playground') + '/?load=interaction');
  await kit.page.locator('.crispkit-launcher').waitFor();
  expect(await coveredAtEachWidth(kit), "the kit's launcher").toEqual(NOTHING_COVERED);
  expectClean(kit);
  const s = await t.open();
  await s.page.goto(origin('playground') + '/');
  await crispBubble(s);
  expect(await coveredAtEachWidth(s), "Crisp's bubble").toEqual(NOTHING_COVERED);
  expectClean(s);
});

// The launcher of each binding, in the app written with it.
const BINDINGS = [
  ['React', 'react-router'],
  ['Vue', 'vue-router'],
] as const;

const liveRegion = (s: Session) => s.page.locator('.crispkit-launcher-status[aria-live="polite"]');
/** The element that has focus, looking into open shadow roots (the fake draws its chat in one). */
const focusedElement = (s: Session) =>
  s.page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()}[name=${active.getAttribute('name')}]` : 'none';
  });

for (const [binding, app] of BINDINGS) {
  scenario(`${binding} launcher: announces loading, then focus moves into the opened chat`, async (t) => {
    // A slow network, so that the loading state lasts while the test reads it.
    const s = await t.open({ lj: [{ delayMs: 1500 }] });
    await s.page.goto(origin(app) + '/');
    const launcher = s.page.getByRole('button', { name: 'Chat with support' });
    await launcher.focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => liveRegion(s).textContent()).toBe('Loading the chat…');
    await s.waitForStatus('ready');
    await expect.poll(() => focusedElement(s)).toBe('input[name=message]');
    expect((await s.fake())?.session.chatOpened).toBe(true);
    expectClean(s);
  });

  scenario(`${binding} launcher: when Crisp is blocked, announces it and focus moves onto the fallback`, async (t) => {
    const s = await t.open({ lj: ['abort'] });
    await s.page.goto(origin(app) + '/');
    await s.page.getByRole('button', { name: 'Chat with support' }).click();
    await s.waitForStatus('failed', 'blocked');
    await expect.poll(() => liveRegion(s).textContent()).toBe('The chat could not load.');
    await expect
      .poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('chat-fallback');
    // The fallback stands in the launcher's corner: it covers nothing either.
    expect(await coveredAtEachWidth(s, FOOTER_MAIL), 'the fallback').toEqual(NOTHING_COVERED);
    expectClean(s, [LJ_NETWORK_ERROR]);
  });

  scenario(`${binding} launcher: the spinner turns, except under prefers-reduced-motion`, async (t) => {
    const s = await t.open({ lj: [{ delayMs: 3000 }, { delayMs: 3000 }] });
    const spinning = async () => {
      await s.page.goto(origin(app) + '/');
      await s.page.getByRole('button', { name: 'Chat with support' }).click();
      const spinner = s.page.locator('.crispkit-launcher .crispkit-spin');
      await spinner.waitFor();
      return spinner.evaluate((element) => getComputedStyle(element).animationName);
    };
    expect(await spinning()).toBe('crispkit-spin');
    await s.page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await spinning()).toBe('none');
    expectClean(s);
  });
}
