// Start-up table: the main-thread time a page spends on the integration's own script (parse,
// compile and run of the bundle, that is the client's creation and the typical calls), in
// Chromium, against Crisp's raw inline snippet with the same calls, measured in the same process.
//
// Each page inlines one bundle, and Chromium's own trace (category devtools.timeline) gives the
// duration of that script's `EvaluateScript` on the main thread: V8 compiling it and running it to
// the end, nothing of the network, nothing of the other tasks the HTML parser may let run around
// it (performance marks around the script would count those when the parser yields). Every visit
// is a fresh browser context and every bundle gets a unique first comment, so no compilation cache
// of an earlier visit serves it. The CPU is slowed down 4× (Lighthouse's mobile profile). Variants
// are interleaved visit by visit; each figure is a median, the ratio is to the snippet's median.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { ALIAS } from './dist-alias.mjs';

export const STARTUP = { runs: 15, cpuSlowdown: 4 };
// The typical use of the size table (bench/size/*). The kit's default strategy (`idle`) inserts
// l.js later, in a task of its own; the `eager` row inserts it during the script, as the snippet
// does, for a like-for-like comparison.
export const STARTUP_VARIANTS = [
  { id: 'snippet', entry: 'size/snippet.js', name: "Crisp's raw inline snippet + the same calls (baseline)" },
  { id: 'crispkit', entry: 'size/core.ts', name: '@crispkit/core, typical use (default `load`, `idle`)' },
  {
    id: 'crispkit-eager',
    entry: 'size/core.ts',
    load: 'eager',
    name: "@crispkit/core, typical use with `load: 'eager'`",
  },
  { id: 'crisp-sdk-web', entry: 'size/crisp-sdk-web.ts', name: 'for scale: crisp-sdk-web, typical use' },
];

/** The typical-use entry bundled as a production app would (the same entry as the size table). */
async function bundle({ entry, load }) {
  const file = fileURLToPath(new URL(entry, import.meta.url));
  let contents = readFileSync(file, 'utf8');
  if (load) {
    contents = contents.replace(/createCrisp\(\{/, `createCrisp({ load: '${load}',`);
    if (!contents.includes(`load: '${load}'`)) throw new Error(`start-up: cannot set load in ${entry}`);
  }
  const result = await build({
    stdin: { contents, resolveDir: dirname(file), sourcefile: basename(file), loader: extname(file).slice(1) },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: ALIAS,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

// `</script` cannot occur inside an inline script; escaping its slash keeps the code the same.
const inline = (code) => code.replace(/<\/script/gi, '<\\/script');

// The page's own script, before the integration's: it pays what a page's first script and first
// request pay (the window's bindings created on first use, the loading machinery set up), which
// every real page has paid before Crisp's snippet runs: not the integration's cost.
const PAGE_SCRIPT = "new Image().src = '/pixel.gif'; document.createElement('p').append(document.title)";

const page = (code, visit) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>start-up</title></head><body>
<button id="help">Help</button>
<script>${PAGE_SCRIPT}</script>
<script>/* visit ${visit} */${inline(code)}</script>
</body></html>`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function startupRows() {
  const bundles = Object.fromEntries(
    await Promise.all(STARTUP_VARIANTS.map(async (variant) => [variant.id, await bundle(variant)])),
  );
  let visit = 0;
  const server = createServer((req, res) => {
    const id = req.url.slice(1).split('?')[0];
    if (!bundles[id]) return res.writeHead(204).end();
    res
      .writeHead(200, {
        'content-type': 'text/html',
        'cache-control': 'no-store',
      })
      .end(page(bundles[id], ++visit));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  try {
    const samples = Object.fromEntries(STARTUP_VARIANTS.map(({ id }) => [id, []]));
    for (let run = 0; run < STARTUP.runs; run++)
      for (const { id } of STARTUP_VARIANTS) {
        const context = await browser.newContext();
        try {
          // Crisp's loader is not part of the measure: its request is answered empty, after the marks.
          await context.route(/^https:\/\/client\.crisp\.chat\//, (route) => route.fulfill({ status: 204 }));
          const tab = await context.newPage();
          const cdp = await context.newCDPSession(tab);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: STARTUP.cpuSlowdown });
          const url = `${origin}/${id}`;
          await browser.startTracing(tab, { categories: ['devtools.timeline'] });
          await tab.goto(url, { waitUntil: 'load' });
          const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
          // The page's second inline script is the bundle: its evaluation, in microseconds.
          const evaluations = traceEvents.filter(
            (event) => event.name === 'EvaluateScript' && event.ph === 'X' && event.args?.data?.url === url,
          );
          if (evaluations.length !== 2)
            throw new Error(`start-up: expected two inline scripts in the trace, found ${evaluations.length}`);
          const duration = evaluations[1].dur / 1000;
          samples[id].push(duration);
        } finally {
          await context.close();
        }
      }
    const base = median(samples.snippet);
    return STARTUP_VARIANTS.map(({ id, name }) => ({
      id,
      name,
      bytes: bundles[id].length,
      median: median(samples[id]),
      ratio: median(samples[id]) / base,
    }));
  } finally {
    await browser.close();
    server.close();
  }
}
