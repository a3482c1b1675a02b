// Browser entry: this bundle IS `l.js`. Each execution plays the loader's steps against the real
// window, sharing one fake per page so a second `l.js` behaves like Crisp's (a second injection).
import { createHandle } from './handle';
import { type FakePage, createPage } from './loader';
import type { FakeBehavior, FakeBrowserConfig } from './types';
// Window's __CRISP_FAKE__ and __crispFake, declared once for this build and for tests.
import type {} from './browser-globals';

/** Shared by every copy of this bundle on the page (each `l.js` execution is a fresh copy). */
const PAGE = Symbol.for('crispkit.fake.page');

function run(win: Window & { [PAGE]?: FakePage }): void {
  let page = win[PAGE];
  if (!page) {
    const config: FakeBrowserConfig = win.__CRISP_FAKE__ ?? {};
    const ui = config.ui ?? true;
    // 'blocked' cannot happen here: this code only runs because l.js was served. Use route.abort().
    const behavior: FakeBehavior =
      config.behavior === 'never-ready' || config.behavior === 'silent' ? config.behavior : 'ok';
    page = createPage(win, {
      behavior,
      ...(config.sessionId !== undefined ? { sessionId: config.sessionId } : {}),
      websiteAvailable: config.websiteAvailable ?? true,
      ui,
      autoReply: config.autoReply ?? ui,
      clientDelayMs: config.delayMs ?? 0,
      holdClient: config.holdClient ?? false,
      holdInit: config.holdInit ?? false,
      fetchAssets: config.fetchAssets === true,
      widgetTools: config.widgetTools ?? true,
    });
    win[PAGE] = page;
    win.__crispFake = createHandle(page);
  }
  // The executing <script> tells the loader its own URL (`/l/<website-id>.js` carries the id).
  const script = win.document.currentScript;
  page.execute(script && 'src' in script ? script.src : null);
}

run(window);
