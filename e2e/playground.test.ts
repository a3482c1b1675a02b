// The playground on a phone: built like the apps (l.js answered by the fake), opened in a 360 px
// window, it must not scroll sideways and the chat launcher must be on screen.
import { expect } from 'vitest';
import { expectClean, setupSuite } from './support/suite';
import type { Session } from './support/session';

const { scenario } = setupSuite({ app: 'playground' });

// The narrowest common phone. Not an emulated mobile device: with `isMobile`, Chromium widens the
// layout viewport to fit an overflowing page, so innerWidth would grow with the overflow and the
// check below could never fail.
const PHONE = { width: 360, height: 740 };

async function expectFitsAndShows(s: Session, launcherSelector: string): Promise<void> {
  const launcher = s.page.locator(launcherSelector);
  await launcher.waitFor({ state: 'visible' });
  const page = await s.page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
  }));
  expect(page.innerWidth, 'window width').toBe(PHONE.width);
  expect(page.scrollWidth, 'page width (horizontal scroll)').toBeLessThanOrEqual(page.innerWidth);
  const box = await launcher.boundingBox();
  expect(box, 'launcher box').not.toBeNull();
  const { x, y, width, height } = box!;
  expect(x, 'launcher left edge').toBeGreaterThanOrEqual(0);
  expect(y, 'launcher top edge').toBeGreaterThanOrEqual(0);
  expect(x + width, 'launcher right edge').toBeLessThanOrEqual(page.innerWidth);
  expect(y + height, 'launcher bottom edge').toBeLessThanOrEqual(page.innerHeight);
}

scenario("at 360 px: no horizontal scroll, Crisp's bubble on screen", async (t) => {
  const s = await t.open({ viewport: PHONE });
  await s.page.goto(t.app + '/');
  await s.waitForStatus('ready');
  // The fake draws its widget in an open shadow root; Playwright's CSS locators pierce it.
  await expectFitsAndShows(s, '[data-crisp-fake="widget"] .cf-launcher');
  expectClean(s);
});

scenario("at 360 px with load=interaction: no horizontal scroll, the kit's launcher on screen", async (t) => {
  const s = await t.open({ viewport: PHONE });
  await s.page.goto(t.app + '/?load=interaction');
  // Nothing loads before an interaction: the launcher stands in for Crisp's bubble.
  await expectFitsAndShows(s, '.crispkit-launcher');
  expect(s.lj.count, 'l.js requests before any interaction').toBe(0);
  expectClean(s);
});

// Every control the playground offers, scrolled into view as a visitor (or the keyboard) would
// bring it, must be the element at its own centre: not under the chat launcher's corner.
scenario(
  'at 375 px: no control under the launcher; Hugo calls the page tool, the log shows call and answer',
  async (t) => {
    const s = await t.open({ viewport: { width: 375, height: 667 } });
    await s.page.goto(t.app + '/');
    await s.waitForStatus('ready');
    await s.page.locator('[data-crisp-fake="widget"] .cf-launcher').waitFor({ state: 'visible' });
    const covered = await s.page.evaluate(() => {
      const found: string[] = [];
      for (const control of document.querySelectorAll<HTMLElement>(
        'main button, main input, main select, main a[href]',
      )) {
        if (!control.getClientRects().length) continue;
        control.scrollIntoView({ block: 'nearest' });
        const box = control.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (hit?.closest('[data-crisp-fake="widget"], .crispkit-launcher'))
          found.push(control.textContent?.trim() || control.outerHTML.slice(0, 60));
      }
      return found;
    });
    expect(covered, 'controls under the launcher').toEqual([]);
    await s.page.getByRole('button', { name: 'Hugo asks the route' }).click();
    await s.page.getByText('hugo calls current_route').first().waitFor();
    await s.page.getByText('hugo received').first().waitFor();
    expect((await s.fake())!.errors).toEqual([]);
    expectClean(s);
  },
);
