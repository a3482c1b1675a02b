// Behaviour table: one scripted SPA session per integration in Chromium (playwright-core), with
// Crisp's l.js served by @crispkit/testing's browser fake. Misbehaviour is recorded, never thrown.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { ALIAS } from './dist-alias.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const L_JS = /^https:\/\/client\.crisp\.chat\/l\.js/;
const NAVIGATIONS = 200;
const EVAL_SAMPLES = 7;

export const INTEGRATIONS = [
  { id: 'crispkit', name: 'crispkit (React provider)' },
  { id: 'crisp-sdk-web', name: 'crisp-sdk-web (layout effect)' },
  { id: 'naive', name: 'naive "initCrisp on mount"' },
  { id: 'react-crisp', name: 'react-crisp 0.1.4' },
];

/** Counts every command queued on $crisp: elements of arrays assigned to it and pushes on them and on the live object. */
const INIT_SCRIPT = `(() => {
  const stats = (window.__benchStats = { pushes: 0, arrays: 0, renderErrors: 0, layoutRenders: 0, layoutMounts: 0, clientTags: 0 });
  const wrap = (value) => {
    if (!value || typeof value.push !== 'function' || value.__benchWrapped) return value;
    if (Array.isArray(value)) { stats.arrays++; stats.pushes += value.length; }
    const push = value.push;
    try {
      Object.defineProperty(value, 'push', { configurable: true, writable: true, value: function (...commands) { stats.pushes += commands.length; return push.apply(this, commands); } });
      Object.defineProperty(value, '__benchWrapped', { value: true });
    } catch {}
    return value;
  };
  let current;
  Object.defineProperty(window, '$crisp', { configurable: true, enumerable: true, get: () => current, set: (value) => { current = wrap(value); } });
  window.__CRISP_FAKE__ = { ui: false, autoReply: false };
  // client.js-equivalent injections, counted on the page (whatever fake instance ran).
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes)
      if (node.nodeType === 1 && node.getAttribute('data-crisp-fake') === 'client.js') stats.clientTags++;
  }).observe(document, { childList: true, subtree: true });
})();`;

async function bundle(id) {
  const contents = [
    `import { mount } from './app/shell';`,
    `import './app/marks-start';`,
    `import integration from './app/integrations/${id}';`,
    `import './app/marks-end';`,
    id === 'snippet' ? '' : `mount(integration);`,
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: here('.'), loader: 'tsx', sourcefile: `${id}-entry.tsx` },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: ALIAS,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

function fakeLjs() {
  const file = here('../packages/testing/dist/fake-crisp.browser.js');
  if (!existsSync(file))
    throw new Error('bench: build @crispkit/testing first (pnpm build:packages): ' + file + ' is missing');
  return readFileSync(file);
}

function serve(bundles) {
  const html = (id) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>${id}</title></head><body><div id="root"></div><script src="/${id}.js"></script></body></html>`;
  const server = createServer((req, res) => {
    const match = /^\/(\w[\w-]*)(\.js)?$/.exec(req.url);
    const id = match?.[1];
    if (!id || !bundles[id]) return res.writeHead(404).end();
    // Cross-origin isolation gives performance.now() its fine (5 µs) resolution.
    const headers = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
    if (match[2]) res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(bundles[id]);
    else res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(html(id));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function newPage(browser, origin, lJs, log) {
  const context = await browser.newContext();
  await context.addInitScript(INIT_SCRIPT);
  await context.route('https://client.crisp.chat/**', (route) => {
    const url = route.request().url();
    if (!L_JS.test(url)) return route.fulfill({ status: 404, body: '' });
    log.requests++;
    if (!log.interacted) log.bytesBefore += lJs.length;
    return route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      headers: { 'cross-origin-resource-policy': 'cross-origin' },
      body: lJs,
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => log.pageErrors.push(String(error.message).split('\n')[0]));
  return { context, page };
}

const readEval = (page) =>
  page.evaluate(() => {
    const [start] = performance.getEntriesByName('integration:start');
    const [end] = performance.getEntriesByName('integration:end');
    return start && end ? end.startTime - start.startTime : null;
  });

const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

async function session(browser, origin, lJs, id) {
  const log = { requests: 0, bytesBefore: 0, interacted: false, pageErrors: [] };
  const { context, page } = await newPage(browser, origin, lJs, log);
  const row = { id };
  try {
    await page.goto(`${origin}/${id}`);
    await page.waitForTimeout(1000);
    const before = await page.evaluate(() => ({ tags: window.__benchStats.clientTags }));
    row.requestsBefore = log.requests;
    row.bytesBefore = log.bytesBefore;
    row.clientBefore = before.tags;
    log.interacted = true;
    await page
      .click('#help', { timeout: 2000 })
      .catch((error) => (row.note = 'no Help button to click: ' + String(error.message).split('\n')[0]));
    await page.waitForTimeout(300);
    row.steps = await page.evaluate(async (count) => {
      const bench = window.__bench;
      const paths = (i) =>
        [
          '/',
          `/pricing/${i}`,
          `/docs/${i}`,
          `/docs/${i + 1}`,
          `/app/${i}`,
          `/app/${i + 1}`,
          `/pricing/${i + 1}`,
          `/docs/${i + 2}`,
        ][i % 8];
      let done = 0;
      for (let i = 1; i <= count; i++) {
        if (i === Math.round(count / 4)) await bench.signIn();
        if (i === Math.round((count * 3) / 4)) await bench.signOut();
        await bench.navigate(paths(i));
        done++;
      }
      return done;
    }, NAVIGATIONS);
    await page.evaluate(() => window.__crispFake?.settled());
    const beforeUnmount = await page.evaluate(() => window.__crispFake?.handlers.length ?? 0);
    await page.evaluate(() => window.__bench.unmount());
    await page.waitForTimeout(300);
    Object.assign(
      row,
      await page.evaluate(() => {
        const fake = window.__crispFake;
        const stats = window.__benchStats;
        return {
          executions: fake?.executions ?? 0,
          injections: Math.max(fake?.clientInjections ?? 0, stats.clientTags),
          pushes: stats.pushes,
          arrays: stats.arrays,
          executed: fake?.commands.length ?? 0,
          registrations: fake?.registrations ?? 0,
          handlersLeft: fake ? [...fake.handlers] : [],
          renderErrors: stats.renderErrors,
          renderErrorMessages: stats.renderErrorMessages || [],
          layoutRenders: stats.layoutRenders,
          layoutMounts: stats.layoutMounts,
          session: fake?.session ?? null,
        };
      }),
    );
    row.handlersBeforeUnmount = beforeUnmount;
  } catch (error) {
    row.note = (row.note ? row.note + '; ' : '') + 'session stopped: ' + String(error.message).split('\n')[0];
  }
  row.requests = log.requests;
  row.pageErrors = log.pageErrors;
  await context.close();
  return row;
}

async function evalTimes(browser, origin, lJs, ids) {
  const samples = Object.fromEntries(ids.map((id) => [id, []]));
  for (let i = 0; i < EVAL_SAMPLES; i++)
    for (const id of ids) {
      const log = { requests: 0, bytesBefore: 0, interacted: true, pageErrors: [] };
      const { context, page } = await newPage(browser, origin, lJs, log);
      await page.goto(`${origin}/${id}`);
      samples[id].push(await readEval(page));
      await context.close();
    }
  return Object.fromEntries(ids.map((id) => [id, median(samples[id])]));
}

export async function behaviourRows() {
  const lJs = fakeLjs();
  const ids = [...INTEGRATIONS.map((i) => i.id), 'snippet'];
  const bundles = {};
  for (const id of ids) bundles[id] = await bundle(id);
  const server = await serve(bundles);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  try {
    const rows = [];
    for (const integration of INTEGRATIONS)
      rows.push({ ...integration, ...(await session(browser, origin, lJs, integration.id)) });
    const evals = await evalTimes(browser, origin, lJs, ids);
    for (const row of rows)
      row.evalRatio = evals[row.id] != null && evals.snippet ? evals[row.id] / evals.snippet : null;
    return { rows, navigations: NAVIGATIONS, evalSamples: EVAL_SAMPLES };
  } finally {
    await browser.close();
    server.close();
  }
}
