// Facade table: in Chromium, the time from the click on a launcher to the chat being open, for
// every load strategy, from a cold page: every visit is a fresh browser context (empty cache, no
// connection), every request to Crisp's origin answers after `delayMs`, and the visitor acts at the
// same moments of every visit, counted from the navigation: the pointer enters the launcher at
// `hoverAt` and clicks at `clickAt`. So the eager baseline is a chat still on its way, as for a
// visitor who clicks soon after the page appears, not one that has already loaded; the last row,
// for scale, is eager clicked once Crisp is ready.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { ALIAS } from './dist-alias.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
export const FACADE = { delayMs: 300, hoverAt: 100, clickAt: 500, runs: 15 };
export const FACADE_MODES = [
  { id: 'eager', name: '(a) `eager`' },
  { id: 'idle', name: '(b) `idle` (the default)' },
  { id: 'interaction', name: '(c) `interaction`' },
  { id: 'warm', name: '(d) `interaction` + `warmUpOnIntent` (hover)' },
  { id: 'manual', name: "(e) `'manual'` (the click's `chat:open` loads)" },
  { id: 'ready', name: '`eager`, clicked once Crisp is ready (for scale)' },
];

// The page: a launcher button; the click pushes chat:open, `chat:opened` ends the measure.
const PAGE = `
import { createCrisp, interaction, warmUpOnIntent } from '@crispkit/core';
const { mode, scriptUrl } = window.__FACADE__;
const load = { eager: 'eager', ready: 'eager', idle: 'idle', interaction, warm: interaction, manual: 'manual' }[mode];
const crisp = (window.__crisp = createCrisp({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4', scriptUrl, load }));
const button = document.createElement('button');
button.id = 'open';
button.textContent = 'Chat';
document.body.append(button);
if (mode == 'warm') warmUpOnIntent(crisp, button);
crisp.on('chat:opened', () => (window.__opened = performance.now()));
button.addEventListener('click', () => {
  window.__clicked = performance.now();
  crisp.do('chat:open');
});
`;

async function pageBundle() {
  const result = await build({
    stdin: { contents: PAGE, resolveDir: here('.'), loader: 'js', sourcefile: 'facade-page.js' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: ALIAS,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

/**
 * Crisp's origin, as a server of its own that answers every request after `delayMs`, with
 * cacheable responses as Crisp's CDN sends. Not Playwright routing: routing turns Chromium's
 * HTTP cache off, so a prefetch could never serve the click and the warm-up would measure nothing.
 */
function crispOrigin(lJs) {
  const files = {
    '/l.js': ['text/javascript', lJs],
    '/static/javascripts/client.js': ['text/javascript', '/* the fake needs no client code */'],
    '/static/stylesheets/client_default.css': ['text/css', '/* the fake widget is not drawn */'],
  };
  return createServer((req, res) => {
    const file = files[req.url.split('?')[0]];
    setTimeout(() => {
      if (!file) return res.writeHead(404).end();
      res
        .writeHead(200, {
          'content-type': file[0],
          'cache-control': 'public, max-age=600',
          'access-control-allow-origin': '*',
        })
        .end(file[1]);
    }, FACADE.delayMs);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The visitor, as a script of the page: at `hoverAt` the pointer enters the launcher, at `clickAt`
 * it presses and clicks, both on the page's own clock (ms from the navigation), so that the moments
 * are the same in every visit and no round trip of the test driver shifts them. The events are the
 * ones a real pointer fires (pointerover/pointerenter, then pointerdown, pointerup, click), queued
 * as tasks, so a busy main thread delays them as it would delay real input. In the `ready` mode the
 * click waits for Crisp to be ready instead.
 */
function visitor({ mode, scriptUrl, hoverAt, clickAt }) {
  window.__FACADE__ = { mode, scriptUrl };
  window.__CRISP_FAKE__ = { ui: false, autoReply: false, fetchAssets: true };
  // A visitor cannot point at a launcher that is not on the page yet: then the act waits for it.
  const at = (ms, act) =>
    setTimeout(() => (document.getElementById('open') ? act() : at(0, act)), Math.max(0, ms - performance.now()));
  const fire = (type, init) => document.getElementById('open').dispatchEvent(new PointerEvent(type, init));
  const hover = () => {
    fire('pointerover', { bubbles: true });
    fire('pointerenter');
  };
  const click = () => {
    fire('pointerdown', { bubbles: true });
    fire('pointerup', { bubbles: true });
    document.getElementById('open').click();
  };
  if (mode === 'ready') {
    const whenReady = () => (window.__crisp.getState().status === 'ready' ? (hover(), click()) : at(0, whenReady));
    at(0, whenReady);
  } else {
    at(hoverAt, hover);
    at(clickAt, click);
  }
}

/** One visit; the page's times (ms from the navigation) of the click and of `chat:opened`. */
async function visit(browser, pageOrigin, scriptUrl, { id }) {
  // A fresh context: an empty cache and no connection to Crisp's origin yet.
  const context = await browser.newContext();
  try {
    await context.addInitScript(visitor, { mode: id, scriptUrl, hoverAt: FACADE.hoverAt, clickAt: FACADE.clickAt });
    const page = await context.newPage();
    await page.goto(pageOrigin + '/', { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__opened != null, null, { timeout: 30_000 });
    return await page.evaluate(() => ({ clicked: window.__clicked, opened: window.__opened }));
  } finally {
    await context.close();
  }
}

export async function facadeRows() {
  const lJsFile = here('../packages/testing/dist/fake-crisp.browser.js');
  if (!existsSync(lJsFile)) throw new Error('build @crispkit/testing first: ' + lJsFile + ' is missing');
  const bundle = await pageBundle();
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>facade</title></head><body><script src="/page.js"></script></body></html>';
  const pageServer = createServer((req, res) =>
    req.url == '/page.js'
      ? res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle)
      : res.writeHead(200, { 'content-type': 'text/html' }).end(html),
  );
  const crispServer = crispOrigin(readFileSync(lJsFile));
  const pageOrigin = `http://127.0.0.1:${await listen(pageServer)}`;
  // `localhost`, not 127.0.0.1: another origin (and site) than the page, as Crisp's is.
  const scriptUrl = `http://localhost:${await listen(crispServer)}/l.js`;
  const browser = await launchChromium();
  try {
    const samples = Object.fromEntries(FACADE_MODES.map(({ id }) => [id, []]));
    // Interleaved, so that a slow moment of the machine falls on every mode alike.
    // A visit whose chat never opens is a finding of its row, not the end of the table.
    const failed = Object.fromEntries(FACADE_MODES.map(({ id }) => [id, []]));
    for (let run = 0; run < FACADE.runs; run++)
      for (const mode of FACADE_MODES)
        await visit(browser, pageOrigin, scriptUrl, mode).then(
          (sample) => samples[mode.id].push(sample),
          (error) => failed[mode.id].push(String(error.message || error).split('\n')[0]),
        );
    const toOpen = (id) => median(samples[id].map((s) => s.opened - s.clicked));
    const base = toOpen('eager');
    return FACADE_MODES.map(({ id, name }) => ({
      id,
      name,
      failed: failed[id],
      clicked: median(samples[id].map((s) => s.clicked)),
      opened: median(samples[id].map((s) => s.opened)),
      median: toOpen(id),
      ratio: toOpen(id) / base,
    }));
  } finally {
    await browser.close();
    pageServer.close();
    crispServer.close();
  }
}
