// Where the launcher sits (the kit's stand-in, its fallback, then Crisp's bubble) against what a
// visitor focuses or reads, at the widths phones and desktops have: shared by the accessibility
// suite and the apps' own suites.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectClean } from './suite';
import type { Session, SessionOptions } from './session';

/** What a launcher can be: the kit's stand-in, its fallback, or Crisp's bubble (the fake draws it in a shadow root). */
const LAUNCHERS = '.crispkit-launcher, .mail-fallback, .launcher-fallback';
const CRISP_BUBBLE = '[data-crisp-fake="widget"]';
const CONTROLS = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
export const FOOTER_MAIL = 'footer a[href^="mailto:"]';

/**
 * What the launcher on the page covers: each visible control once focused (the browser scrolls
 * it into view, as a Tab would), then, with the page scrolled to its end, where content has
 * nowhere further to go, each element matching `atEnd`. One synchronous pass in the page, so the
 * launcher cannot change in between (a scroll makes `load: interaction` fetch Crisp).
 */
function covered(page: Page, atEnd = ''): Promise<string[]> {
  return page.evaluate(
    ([launchers, bubble, controls, atEnd]) => {
      const launcher =
        document.querySelector(launchers) ??
        document.querySelector(bubble)?.shadowRoot?.querySelector('.cf-launcher') ??
        null;
      if (!launcher) return ['no launcher on the page'];
      const found: string[] = [];
      const check = (element: HTMLElement, how: string) => {
        const a = element.getBoundingClientRect();
        const b = launcher.getBoundingClientRect();
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > 0 && height > 0) {
          const name = (element.getAttribute('aria-label') || element.textContent || element.tagName).trim();
          const share = Math.round((100 * width * height) / (a.width * a.height));
          found.push(`${how}: "${name.slice(0, 40)}" ${share}%`);
        }
      };
      for (const control of document.querySelectorAll<HTMLElement>(controls)) {
        if (control.closest(launchers) || !control.getClientRects().length) continue;
        control.focus();
        check(control, 'focused');
      }
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, document.documentElement.scrollHeight);
      if (atEnd) document.querySelectorAll<HTMLElement>(atEnd).forEach((element) => check(element, 'at the end'));
      return found;
    },
    [LAUNCHERS, CRISP_BUBBLE, CONTROLS, atEnd] as const,
  );
}

export const crispBubble = (s: Session) => s.page.locator(`${CRISP_BUBBLE} .cf-launcher`).waitFor({ state: 'visible' });

const WIDTHS = [320, 375, 640, 1280];

/** `covered` at each width: what the launcher covers, by width (all empty is a pass). */
export async function coveredAtEachWidth(s: Session, atEnd = ''): Promise<Record<number, string[]>> {
  const found: Record<number, string[]> = {};
  for (const width of WIDTHS) {
    await s.page.setViewportSize({ width, height: 740 });
    found[width] = await covered(s.page, atEnd);
  }
  return found;
}
export const NOTHING_COVERED = Object.fromEntries(WIDTHS.map((width) => [width, []]));

// The kit's launcher stays while l.js is on its way (a scroll or a focus makes `load: interaction`
// fetch it): a network slower than the test keeps it there. Then Crisp's bubble, in the same corner.
export const SLOW_NETWORK: SessionOptions = { lj: [{ delayMs: 600_000 }] };

/**
 * An app's launcher at each width, clear of every focused control and of `atEnd`: first the kit's
 * launcher, kept there by an l.js that never arrives, then Crisp's bubble once Crisp is ready (the
 * same corner). `open` is the suite's `t.open`; `url` a page of the app.
 */
export async function expectLaunchersClear(
  open: (options?: SessionOptions) => Promise<Session>,
  url: string,
  atEnd = FOOTER_MAIL,
): Promise<void> {
  const kit = await open(SLOW_NETWORK);
  await kit.page.goto(url);
  await kit.page.locator('.crispkit-launcher').waitFor();
  expect(await coveredAtEachWidth(kit, atEnd), "the kit's launcher").toEqual(NOTHING_COVERED);
  expectClean(kit);
  await expectBubbleClear(open, url, atEnd);
}

/** Crisp's bubble, once Crisp is ready, clear of every focused control and of `atEnd` at each width. */
export async function expectBubbleClear(
  open: (options?: SessionOptions) => Promise<Session>,
  url: string,
  atEnd = FOOTER_MAIL,
): Promise<void> {
  const s = await open();
  await s.page.goto(url);
  // A prerendered or server-rendered page creates its client when it hydrates, after the load event.
  await s.page.waitForFunction(
    () => (globalThis as unknown as Record<symbol, { client?: object }>)[Symbol.for('crispkit')]?.client,
  );
  await s.call('load');
  await s.waitForStatus('ready');
  await crispBubble(s);
  expect(await coveredAtEachWidth(s, atEnd), "Crisp's bubble").toEqual(NOTHING_COVERED);
  expectClean(s);
}
