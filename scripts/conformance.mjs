// `pnpm conformance`: runs the scenarios of packages/testing/traces/scenarios.json in Chromium
// against Crisp's real loader and client (from CRISP_CLIENT_DIR, never from the repo) and against
// the fake's browser build, compares what each shows, and writes the real client's observations
// as traces beside the scenarios (`npm test` replays them against the fake).
//
// Offline, the real client reaches no Crisp server: the route handlers below stand in for the
// few answers it needs to establish a session (the website's settings as JSONP, a locale file,
// and a Socket.IO v2 relay that creates and joins sessions). Only their timing is ours.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../e2e/support/chromium-flags.mjs';
import * as prettier from 'prettier';
import { installRecorder } from '../packages/testing/traces/recorder.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TRACES = join(ROOT, 'packages/testing/traces');
const CLIENT_DIR = process.env.CRISP_CLIENT_DIR;
if (!CLIENT_DIR) {
  console.log(
    "conformance: skipped (set CRISP_CLIENT_DIR to a folder holding Crisp's l.js, client.js and client_default.css)",
  );
  process.exit(0);
}
for (const file of ['l.js', 'client.js', 'client_default.css'])
  if (!existsSync(join(CLIENT_DIR, file))) throw new Error(`conformance: ${file} is not in ${CLIENT_DIR}`);
const FAKE = join(ROOT, 'packages/testing/dist/fake-crisp.browser.js');
// The kit's script tag, for the pages that run it (`"kit": true`) beside Crisp's snippet.
const KIT = join(ROOT, 'packages/core/dist/crispkit.iife.js');

const { websiteId, scenarios } = JSON.parse(readFileSync(join(TRACES, 'scenarios.json'), 'utf8'));
const only = process.argv.slice(2);
const selected = scenarios.filter((scenario) => !only.length || only.includes(scenario.name));
// The fake and the kit as they are now in the sources, not stale builds.
execFileSync('pnpm', ['--filter', '@crispkit/testing', 'build'], { cwd: ROOT, stdio: 'ignore' });
if (selected.some((scenario) => scenario.pages.some((page) => page.kit)))
  execFileSync('pnpm', ['--filter', '@crispkit/core', 'build'], { cwd: ROOT, stdio: 'ignore' });
const ORIGIN = 'https://shop.example';
const QUIET_MS = 1500;
/**
 * Recorded, not compared: with the stand-in answers the real widget is drawn only after
 * `session:loaded`, so a `chat:hide` at that moment finds no widget; what `hidden` shows there is
 * the stand-in's timing, not Crisp's rule.
 */
const NOT_COMPARED = ['hidden'];
const body = (file) => readFileSync(join(CLIENT_DIR, file));
const version = /@version (\S+ \S+)/.exec(body('l.js').toString())?.[1] ?? 'unknown';

/** A gate a route handler waits on until the scenario releases it. */
function gate(closed) {
  let open;
  const opened = closed ? new Promise((resolve) => (open = resolve)) : Promise.resolve();
  return { opened, open: () => open?.() };
}

// Crisp's snippet with the page's script in it; on a page with the kit, the kit loads l.js itself.
const pageHtml = ({ script, kit }) =>
  `<!doctype html><html><head><title>shop</title></head><body>${kit ? '<script src="/crispkit.iife.js"></script>' : ''}<script>
window.$crisp = []; window.CRISP_WEBSITE_ID = ${JSON.stringify(websiteId)};
${script}
${kit ? '' : "(function () { var s = document.createElement('script'); s.src = 'https://client.crisp.chat/l.js'; s.async = 1; document.getElementsByTagName('head')[0].appendChild(s); })();"}
</script></body></html>`;

/** Chromium context for one run of one scenario: `real` or `fake`. */
async function run(browser, scenario, kind) {
  const context = await browser.newContext();
  // Errors thrown into the page's own code by a step (compared), and errors Crisp let escape on
  // its own (kept in the trace, not compared: the fake has no such internals).
  const errors = [];
  const pageErrors = [];
  let gates = {};
  let pageIndex = 0;
  let sessions = 0;
  await context.route('**/*', (route) => route.abort());
  await context.route(`${ORIGIN}/**`, (route) =>
    new URL(route.request().url()).pathname === '/crispkit.iife.js'
      ? route.fulfill({ contentType: 'application/javascript', body: readFileSync(KIT) })
      : route.fulfill({ contentType: 'text/html', body: pageHtml(scenario.pages[pageIndex]) }),
  );
  await context.route('https://client.crisp.chat/**', async (route) => {
    const url = new URL(route.request().url());
    const js = (text) => route.fulfill({ contentType: 'application/javascript', body: text });
    if (url.pathname === '/l.js') return js(kind === 'real' ? body('l.js') : readFileSync(FAKE));
    if (kind === 'fake') return route.abort();
    if (url.pathname.endsWith('/client.js')) {
      await gates.client.opened;
      return js(body('client.js'));
    }
    if (url.pathname.endsWith('.css')) {
      // The loader calls __init once the stylesheet has hidden its `#crisp-loader` probe.
      await gates.init.opened;
      return route.fulfill({ contentType: 'text/css', body: body('client_default.css') });
    }
    const callback = url.searchParams.get('callback');
    if (url.pathname.includes('/prelude/')) return js(`${callback}({"socket":true,"buster":1});`);
    if (url.pathname.startsWith('/settings/website/'))
      return js(`${callback}({"website":"Shop","domain":"shop.example","settings":{}});`);
    const locale = /locales\/([a-z-]+)\.js/i.exec(url.pathname);
    if (locale)
      return js(
        `window.$crisp.__spool.locale_handler({"xi":{"locale_code":"${locale[1]}","locale_name":"English","locale_direction":"ltr"}});`,
      );
    return route.abort();
  });
  if (kind === 'real')
    // The relay: Engine.IO 3 / Socket.IO 2 frames, just enough to create and join a session.
    await context.routeWebSocket(/relay\.crisp\.chat/, (ws) => {
      const session = gates.session;
      ws.send('0' + JSON.stringify({ sid: 'relay', upgrades: [], pingInterval: 25000, pingTimeout: 60000 }));
      ws.send('40');
      ws.onMessage(async (message) => {
        const text = String(message);
        if (text === '2') return ws.send('3');
        const frame = /^42\d*(.*)$/s.exec(text);
        if (!frame) return;
        const [name, data] = JSON.parse(frame[1]);
        if (name !== 'session:create' && name !== 'session:join') return;
        await session.opened;
        if (name === 'session:create')
          ws.send('42' + JSON.stringify(['session:created', { session_id: `session_relay_${++sessions}` }]));
        else {
          ws.send(
            '42' +
              JSON.stringify([
                'session:joined',
                { session_id: data.session_id, users_available: false, storage: {}, sync: {}, socket: true },
              ]),
          );
          ws.send('42' + JSON.stringify(['session:state', {}]));
        }
      });
    });
  // Crisp's copy of l.js in CRISP_CLIENT_DIR may lack the stylesheet injection (the public copy
  // has it commented out): add the <link> the loader adds, right after each client.js it injects.
  const addStylesheet = () =>
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (
            node.tagName === 'SCRIPT' &&
            /\/static\/javascripts\/client\.js/.test(node.src) &&
            !document.querySelector(`link[href*="client_default.css"][data-for="${node.src}"]`)
          ) {
            const link = document.createElement('link');
            link.rel = 'stylesheet';
            link.href = 'https://client.crisp.chat/static/stylesheets/client_default.css?f68192b';
            node.after(link);
          }
    }).observe(document, { childList: true, subtree: true });
  if (kind === 'real') await context.addInitScript(`(${addStylesheet})();`);
  // One init script for every page of the scenario: the page's number picks its fake config.
  const fakeConfigs = scenario.pages.map((spec) => ({
    ui: false,
    holdClient: (spec.hold ?? []).includes('client'),
    holdInit: (spec.hold ?? []).includes('init'),
    ...((spec.hold ?? []).includes('session') ? { behavior: 'never-ready' } : {}),
  }));
  await context.addInitScript(
    kind === 'fake'
      ? `window.__CRISP_FAKE__ = ${JSON.stringify(fakeConfigs)}[Number(location.pathname.split('-')[1]) - 1]; (${installRecorder})(window, () => (window.__crispFake ? window.__crispFake.sessions.map((s) => s.tokenId ?? null) : []));`
      : `(${installRecorder})(window);`,
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const ids = new Map();
  const label = (id) => {
    if (typeof id !== 'string' || !/^session_/.test(id)) return id;
    if (!ids.has(id)) ids.set(id, `S${ids.size + 1}`);
    return ids.get(id);
  };
  const normalise = (o) => ({
    ...o,
    session: label(o.session),
    cookies: o.cookies.map(([name, value]) => [name, label(value)]),
  });
  const observations = {};
  const wait = async (state, n = 1) => {
    await page.waitForFunction(([s, k]) => window.__conformance.reached(s, k), [state, n], { timeout: 15_000 });
  };
  const quiet = async () => {
    if (kind === 'fake') await page.evaluate(() => window.__crispFake?.settled());
    else await page.waitForTimeout(QUIET_MS);
  };

  for (pageIndex = 0; pageIndex < scenario.pages.length; pageIndex++) {
    const spec = scenario.pages[pageIndex];
    const hold = new Set(spec.hold ?? []);
    gates = { client: gate(hold.has('client')), init: gate(hold.has('init')), session: gate(hold.has('session')) };
    await page.goto(`${ORIGIN}/page-${pageIndex + 1}`, { waitUntil: 'commit' });
    for (const step of spec.steps) {
      if (step.run) {
        const error = await page.evaluate((code) => {
          try {
            (0, eval)(code);
            return null;
          } catch (error) {
            return String(error && error.message);
          }
        }, step.run);
        if (error) errors.push(error);
      } else if (step.release) {
        if (kind === 'real') gates[step.release].open();
        else
          await page.evaluate((what) => {
            const fake = window.__crispFake;
            if (what === 'client') return fake.startClient();
            if (what === 'init') return fake.releaseInit();
            return fake.becomeReady();
          }, step.release);
      } else if (step.until) await wait(step.until, step.n);
      else if (step.observe) {
        await quiet();
        observations[step.observe] = normalise(await page.evaluate(() => window.__conformance.observe()));
      }
    }
  }
  await context.close();
  return { observations, errors, pageErrors };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
let differences = 0;
try {
  for (const scenario of selected) {
    let real;
    try {
      real = await run(browser, scenario, 'real');
    } catch (error) {
      // Crisp's own races (two client.js arriving together) can leave a state never reached.
      console.log(
        `? ${scenario.name}: the real client never reached a state (${error.message.split('\n')[0]}); trace kept as it was`,
      );
      continue;
    }
    // Written as the repository formats it, so a run that saw the same changes no file.
    const file = join(TRACES, `${scenario.name}.json`);
    const text = JSON.stringify({ scenario: scenario.name, client: `crisp-client ${version}`, ...real });
    writeFileSync(file, await prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file }));
    let fake;
    try {
      fake = await run(browser, scenario, 'fake');
    } catch (error) {
      fake = {
        observations: {},
        pageErrors: [],
        errors: [`the fake never reached a state: ${error.message.split('\n')[0]}`],
      };
    }
    const diffs = [];
    for (const [name, observation] of Object.entries(real.observations))
      for (const [key, value] of Object.entries(observation))
        if (!NOT_COMPARED.includes(key))
          if (!isDeepStrictEqual(value, fake.observations[name]?.[key]))
            diffs.push(
              `  ${name}.${key}: real ${JSON.stringify(value)}, fake ${JSON.stringify(fake.observations[name]?.[key])}`,
            );
    if (!isDeepStrictEqual(real.errors, fake.errors))
      diffs.push(`  errors: real ${JSON.stringify(real.errors)}, fake ${JSON.stringify(fake.errors)}`);
    differences += diffs.length;
    console.log(`${diffs.length ? '✗' : '✓'} ${scenario.name}${diffs.length ? '\n' + diffs.join('\n') : ''}`);
  }
} finally {
  await browser.close();
}
console.log(
  differences
    ? `conformance: ${differences} differences between Crisp's client and the fake`
    : "conformance: the fake agrees with Crisp's client on every scenario",
);
process.exitCode = differences ? 1 : 0;
