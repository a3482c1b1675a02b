// The browser build served as the body of l.js (as route.fulfill does) in a JSDOM page that really fetches it.
// @vitest-environment node
// Node, not jsdom, around it: esbuild needs Node's own TextEncoder. The page executes the tag for
// real, so the snippet flow runs end to end.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { JSDOM, requestInterceptor } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import type { FakeBrowserConfig, FakeBrowserHandle } from '../src/index';
import { L_JS, WEBSITE_ID, outcome } from './helpers';

let body = '';

beforeAll(async () => {
  // The same bundling tsup does for dist/fake-crisp.browser.js, in memory.
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/browser.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
  });
  body = result.outputFiles[0]?.text ?? '';
});

interface Page {
  win: Window & typeof globalThis;
  fake: FakeBrowserHandle;
  requests: () => number;
}

/**
 * Opens a page with Crisp's snippet (and `extra` script), serving the fake as l.js at `url`; waits
 * for every tag. `websiteId: false` leaves CRISP_WEBSITE_ID unset.
 */
async function open(
  config: FakeBrowserConfig | null,
  extra = '',
  tags = 1,
  { url = L_JS, websiteId = true }: { url?: string; websiteId?: boolean } = {},
): Promise<Page> {
  let requests = 0;
  const snippetTag = `(function(){var d=document,s=d.createElement("script");s.src=${JSON.stringify(url)};s.async=1;d.getElementsByTagName("head")[0].appendChild(s);})();`;
  const html = `<!doctype html><html><head><script>
    ${config ? `window.__CRISP_FAKE__ = ${JSON.stringify(config)};` : ''}
    window.$crisp = []; ${websiteId ? `window.CRISP_WEBSITE_ID = ${JSON.stringify(WEBSITE_ID)};` : ''}
    ${extra}
    ${snippetTag.repeat(tags)}
  </script></head><body></body></html>`;
  const dom = new JSDOM(html, {
    url: 'https://shop.test/',
    runScripts: 'dangerously',
    resources: {
      interceptors: [
        requestInterceptor((request) => {
          if (request.url !== url) return new Response('', { status: 404 });
          requests++;
          return new Response(body, { headers: { 'Content-Type': 'application/javascript' } });
        }),
      ],
    },
  });
  const win = dom.window;
  await Promise.all([...win.document.querySelectorAll('script[src]')].map((s) => outcome(s as HTMLScriptElement)));
  const fake = win.__crispFake;
  if (!fake) throw new Error('window.__crispFake missing: the fake l.js did not run');
  await fake.settled();
  return { win, fake, requests: () => requests };
}

describe('browser build as l.js', () => {
  test('plays the snippet flow and reports it on window.__crispFake', async () => {
    const { win, fake, requests } = await open(
      { ui: false },
      `$crisp.push(["set", "user:nickname", ["Ada"]]);
       $crisp.push(["on", "session:loaded", function (id) { window.loadedWith = id; }]);
       window.CRISP_TOKEN_ID = "t0k";
       window.CRISP_READY_TRIGGER = function () { window.readyThis = this; };`,
    );
    expect(requests()).toBe(1);
    expect(fake.executions).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(fake.commands).toEqual([
      ['set', 'user:nickname', ['Ada']],
      ['on', 'session:loaded', '[function]'],
    ]);
    expect(JSON.parse(JSON.stringify(fake.commands))).toEqual(fake.commands);
    expect(fake.handlers).toEqual(['session:loaded']);
    expect(fake.registrations).toBe(1);
    expect(fake.session).toMatchObject({ sessionId: 'session_tok_t0k', user: { nickname: 'Ada' } });
    expect(fake.globalsAtInit).toMatchObject({ websiteId: WEBSITE_ID, tokenId: 't0k' });
    const bag = win as unknown as Record<string, unknown>;
    expect(bag.loadedWith).toBe('session_tok_t0k');
    expect(bag.readyThis).toBe(win);

    // The live object is the page's $crisp, driven like the real one.
    const live = bag.$crisp as { push(c: unknown[]): void; is(k: string): boolean };
    live.push(['do', 'chat:open']);
    expect(live.is('chat:opened')).toBe(true);
    expect(fake.session.chatOpened).toBe(true);
  });

  test('two l.js executions before the client is live inject twice, with one shared fake', async () => {
    const { fake, requests } = await open({ ui: false }, '', 2);
    expect(requests()).toBe(2);
    expect(fake.executions).toBe(2);
    expect(fake.clientInjections).toBe(2);
    expect(fake.session.sessionId).not.toBeNull();
  });

  // traces/snippet-again-on-live-page.json
  test('sessions per reset, JSON-safe; the snippet run again on a live page: a second client starts with its array', async () => {
    const { win, fake, requests } = await open(
      { ui: false },
      `window.CRISP_TOKEN_ID = "tok-alice";
       $crisp.push(["set", "user:email", ["alice@example.com"]]);
       $crisp.push(["on", "session:loaded", function () {}]);`,
    );
    const bag = win as unknown as Record<string, unknown>;
    const live = bag.$crisp as { push(c: unknown[]): void };
    bag.CRISP_TOKEN_ID = undefined;
    live.push(['do', 'session:reset']);
    live.push(['set', 'user:nickname', ['Bob']]);
    await fake.settled();
    expect(fake.sessions.map((s) => [s.tokenId, s.user.email, s.user.nickname, s.current])).toEqual([
      ['tok-alice', 'alice@example.com', null, false],
      [undefined, null, 'Bob', true],
    ]);
    expect(JSON.parse(JSON.stringify(fake.sessions[0]?.commands))).toEqual([
      ['set', 'user:email', ['alice@example.com']],
      ['on', 'session:loaded', '[function]'],
      ['do', 'session:reset'],
    ]);

    // Crisp's snippet once more: the live object is replaced by an array and a second l.js runs.
    win.eval(`window.$crisp = [["set", "user:nickname", ["Carol"]]];
      var s = document.createElement("script"); s.src = ${JSON.stringify(L_JS)}; document.head.appendChild(s);`);
    const second = win.document.querySelectorAll('script[src]')[1] as HTMLScriptElement;
    expect(await outcome(second)).toBe('load');
    await fake.settled();
    expect(requests()).toBe(2);
    expect(fake.executions).toBe(2);
    // The array hid the live object from the second l.js: it injected a second client.js, which
    // copied the array and started with the globals as they are now (no token).
    expect(fake.clientInjections).toBe(2);
    expect(fake.lost).toEqual([]);
    expect(fake.sessions).toHaveLength(3);
    expect(fake.session.user.nickname).toBe('Carol');
  });

  test('never-ready and sessionId come from window.__CRISP_FAKE__', async () => {
    const { fake } = await open({ ui: false, behavior: 'never-ready', sessionId: 'session_pw' });
    expect(fake.session.sessionId).toBeNull();
    await fake.becomeReady();
    expect(fake.session.sessionId).toBe('session_pw');
  });

  test('served as /l/<website-id>.js, the loader takes the website id from its own URL', async () => {
    const { fake, requests } = await open({ ui: false }, '', 1, {
      url: `https://client.crisp.chat/l/${WEBSITE_ID}.js`,
      websiteId: false,
    });
    expect(requests()).toBe(1);
    expect(fake.globalsAtInit).toMatchObject({ readAt: 'l.js', websiteId: WEBSITE_ID });
    expect(fake.session.sessionId).not.toBeNull();
  });

  test('holdClient keeps $crisp the array after l.js ran, with the copy taken then; startClient() goes on', async () => {
    const { win, fake } = await open(
      { ui: false, holdClient: true },
      `window.CRISP_TOKEN_ID = "a";
       document.currentScript.ownerDocument.addEventListener("load", function (e) {
         if (e.target.src) window.CRISP_TOKEN_ID = "b";
       }, true);`,
    );
    const bag = win as unknown as Record<string, unknown>;
    expect(Array.isArray(bag.$crisp)).toBe(true);
    expect(bag.CRISP_TOKEN_ID).toBe('b'); // changed once l.js had executed
    await fake.startClient();
    expect(fake.globalsAtInit.tokenId).toBe('a');
    expect(fake.session.sessionId).toBe('session_tok_a');
  });

  test('silent: l.js runs and nothing else happens', async () => {
    const { win, fake } = await open({ ui: false, behavior: 'silent' });
    expect(fake.executions).toBe(1);
    expect(fake.clientInjections).toBe(0);
    expect(Array.isArray((win as unknown as Record<string, unknown>).$crisp)).toBe(true);
  });

  test('draws the widget by default; the visitor can chat and the operator answers', async () => {
    const { win, fake } = await open(
      { autoReply: { delayMs: 5 } },
      `$crisp.push(["on", "message:received", function (m) { window.lastReceived = m.content; }]);`,
    );
    const host = win.document.querySelector('[data-crisp-fake="widget"]');
    const root = host?.shadowRoot;
    if (!root) throw new Error('no widget');
    const launcher = root.querySelector<HTMLButtonElement>('.cf-launcher');
    const panel = root.querySelector<HTMLElement>('.cf-panel');
    expect(panel?.hidden).toBe(true);
    launcher?.click();
    expect(fake.session.chatOpened).toBe(true);
    expect(panel?.hidden).toBe(false);

    const input = root.querySelector<HTMLInputElement>('.cf-input');
    const form = root.querySelector<HTMLFormElement>('.cf-composer');
    if (!input || !form) throw new Error('no composer');
    input.value = 'Hello?';
    form.requestSubmit();
    expect(fake.session.messages.map((m) => [m.from, m.content])).toEqual([['user', 'Hello?']]);
    await fake.settled(); // the simulated operator's reply
    expect((win as unknown as Record<string, unknown>).lastReceived).toBe('Thanks! An operator will answer shortly.');
    expect([...root.querySelectorAll('.cf-msg')].map((li) => li.className)).toEqual([
      'cf-msg cf-user',
      'cf-msg cf-operator',
    ]);
  });
});
