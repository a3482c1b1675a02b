// `@crispkit/testing/browser-globals`: the two globals of the browser build, typed on `Window` for
// a test that drives a real browser. Opt in with `import type {} from '@crispkit/testing/browser-globals'`;
// the main entry leaves `Window` alone. Types only: the module itself is empty.
import type { FakeBrowserConfig, FakeBrowserHandle } from './types';

declare global {
  interface Window {
    /** Read by the fake `l.js` when it first runs: set it before (Playwright's `page.addInitScript`). */
    __CRISP_FAKE__?: FakeBrowserConfig;
    /** Set by the fake `l.js` when it first runs: JSON-safe views and controls of the page's fake. */
    __crispFake?: FakeBrowserHandle;
  }
}

export {};
