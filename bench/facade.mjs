// Facade table: time from the click on a launcher to the chat being open, in Chromium, with
// every request to Crisp's origin delayed, for Crisp loaded eagerly, on interaction, and on
// interaction with the core's warmUp on hover.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ALIAS } from './size.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
export const FACADE = { delayMs: 300, hoverMs: 400, runs: 15 };
// The visitor points at the launcher as soon as the page is interactive (DOMContentLoaded) and
// clicks `hoverMs` later. The last row is the floor, for scale: eager, clicked once Crisp is ready.
export const FACADE_MODES = [
  { id: 'eager', mode: 'eager', name: '(a) `eager`' },
  { id: 'interaction', mode: 'interaction', name: '(b) `interaction`, no warm-up' },
  { id: 'warm', mode: 'warm', name: '(c) `interaction` + `warmUpOnIntent`' },
  { id: 'ready', mode: 'eager', waitUntil: 'load', name: '`eager`, clicked after Crisp is ready (for scale)' },
];

// The page: a launcher button; the click pushes chat:open, `chat:opened` ends the measure.
const PAGE = `
import { createCrisp, interaction, warmUpOnIntent } from '@crispkit/core';
const { mode, scriptUrl } = window.__FACADE__;
const crisp = createCrisp({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4', scriptUrl, load: mode == 'eager' ? 'eager' : interaction });
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

/** One visitor: page interactive, pointer on the launcher, a click `hoverMs` later; click-to-open in ms. */
async function visit(browser, pageOrigin, scriptUrl, { mode, waitUntil = 'domcontentloaded' }) {
  // A fresh context: an empty cache and no connection to Crisp's origin yet.
  const context = await browser.newContext();
  try {
    await context.addInitScript(
      ([mode, scriptUrl]) => {
        window.__FACADE__ = { mode, scriptUrl };
        window.__CRISP_FAKE__ = { ui: false, autoReply: false, fetchAssets: true };
      },
      [mode, scriptUrl],
    );
    const page = await context.newPage();
    // The load event waits for every script the page inserted before it: with `eager`, Crisp's.
    await page.goto(pageOrigin + '/', { waitUntil });
    await page.hover('#open');
    await page.waitForTimeout(FACADE.hoverMs);
    await page.click('#open');
    await page.waitForFunction(() => window.__opened != null, null, { timeout: 10_000 });
    return await page.evaluate(() => window.__opened - window.__clicked);
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const samples = Object.fromEntries(FACADE_MODES.map(({ id }) => [id, []]));
    // Interleaved, so that a slow moment of the machine falls on every mode alike.
    for (let run = 0; run < FACADE.runs; run++)
      for (const mode of FACADE_MODES) samples[mode.id].push(await visit(browser, pageOrigin, scriptUrl, mode));
    const base = median(samples.eager);
    return FACADE_MODES.map(({ id, name }) => ({
      id,
      name,
      median: median(samples[id]),
      ratio: median(samples[id]) / base,
    }));
  } finally {
    await browser.close();
    pageServer.close();
    crispServer.close();
  }
}
