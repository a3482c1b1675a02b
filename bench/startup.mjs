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
  // Where the kit's time goes: its bundle parsed and nothing run, then the client created alone.
  {
    id: 'crispkit-import',
    entry: 'startup/core-import.ts',
    name: '@crispkit/core imported, nothing called (its bundle parsed)',
  },
  { id: 'crispkit-create', entry: 'startup/core-create.ts', name: '@crispkit/core, `createCrisp` alone' },
  { id: 'crisp-sdk-web', entry: 'size/crisp-sdk-web.ts', name: 'for scale: crisp-sdk-web, typical use' },
];

/**
 * The typical-use entry bundled as a production app would (the same entry as the size table).
 * `names` keeps the identifiers (whitespace and syntax still minified, so the same functions): the
 * coverage pass reports functions by name.
 */
async function bundle({ entry, load }, names = false) {
  const file = fileURLToPath(new URL(entry, import.meta.url));
  let contents = readFileSync(file, 'utf8');
  if (load) {
    contents = contents.replace(/createCrisp\(\{/, `createCrisp({ load: '${load}',`);
    if (!contents.includes(`load: '${load}'`)) throw new Error(`start-up: cannot set load in ${entry}`);
  }
  const result = await build({
    stdin: { contents, resolveDir: dirname(file), sourcefile: basename(file), loader: extname(file).slice(1) },
    bundle: true,
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: !names,
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

/** Each variant's bundle (see `bundle`), by id. */
const bundlesById = async (names = false) =>
  Object.fromEntries(
    await Promise.all(STARTUP_VARIANTS.map(async (variant) => [variant.id, await bundle(variant, names)])),
  );

/**
 * A local server answering `/<variant id>` with the page `render(id)` returns (uncached), and 204
 * for anything else (the page's pixel): its origin and `close`.
 */
async function servePages(render) {
  const server = createServer((req, res) => {
    const html = render(req.url.slice(1).split('?')[0]);
    if (html === undefined) return res.writeHead(204).end();
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** The evaluations of the page's inline scripts in a visit's trace: the second is the bundle's. */
const evaluationsOf = (traceEvents, url) =>
  traceEvents.filter((event) => event.name === 'EvaluateScript' && event.ph === 'X' && event.args?.data?.url === url);

/**
 * Visits every variant's page `visits` times, interleaved visit by visit, each visit in a fresh
 * browser context (Crisp's loader answered empty: it is not part of any measure), the CPU slowed
 * down `cpuSlowdown` times and Chromium's trace taken with `categories`; `measure(traceEvents,
 * url)` makes one sample of a visit's trace. The bundles and each variant's samples, by id.
 */
async function tracedVisits(visits, { categories, cpuSlowdown = 1 }, measure) {
  const bundles = await bundlesById();
  let visit = 0;
  const { origin, close } = await servePages((id) => bundles[id] && page(bundles[id], ++visit));
  const browser = await launchChromium();
  try {
    const samples = Object.fromEntries(STARTUP_VARIANTS.map(({ id }) => [id, []]));
    for (let run = 0; run < visits; run++)
      for (const { id } of STARTUP_VARIANTS) {
        const context = await browser.newContext();
        try {
          await context.route(/^https:\/\/client\.crisp\.chat\//, (route) => route.fulfill({ status: 204 }));
          const tab = await context.newPage();
          if (cpuSlowdown !== 1)
            await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
          const url = `${origin}/${id}`;
          await browser.startTracing(tab, { categories });
          await tab.goto(url, { waitUntil: 'load' });
          const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
          samples[id].push(measure(traceEvents, url));
        } finally {
          await context.close();
        }
      }
    return { bundles, samples };
  } finally {
    await browser.close();
    close();
  }
}

export async function startupRows() {
  const options = { categories: ['devtools.timeline'], cpuSlowdown: STARTUP.cpuSlowdown };
  const { bundles, samples } = await tracedVisits(STARTUP.runs, options, (traceEvents, url) => {
    const evaluations = evaluationsOf(traceEvents, url);
    if (evaluations.length !== 2)
      throw new Error(`start-up: expected two inline scripts in the trace, found ${evaluations.length}`);
    // The bundle's evaluation, in milliseconds.
    return evaluations[1].dur / 1000;
  });
  const base = median(samples.snippet);
  return STARTUP_VARIANTS.map(({ id, name }) => ({
    id,
    name,
    bytes: bundles[id].length,
    median: median(samples[id]),
    ratio: median(samples[id]) / base,
  }));
}

// The coverage pass: which of a bundle's functions ran while it was evaluated. V8 compiles a
// function (full parse, bytecode) only when it first runs; every other one is only pre-parsed, so
// the functions that ran are the start-up's compile work. The page pauses on a `debugger`
// statement in a script right after the bundle's, and V8's precise coverage (call counts, started
// before the navigation) is taken there: nothing a later task runs (the idle load, Crisp's
// loader) is counted. The bundle keeps its identifiers here, so functions are reported by name
// (V8's inferred name: the variable or property an anonymous function is assigned to).
const BUNDLE_URL = 'startup-bundle.js';
const coveragePage = (code) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>start-up</title></head><body>
<button id="help">Help</button>
<script>${PAGE_SCRIPT}</script>
<script>${inline(code)}
//# sourceURL=${BUNDLE_URL}</script>
<script>debugger</script>
</body></html>`;

/** Per variant: the names of the bundle's functions that ran during its evaluation, in source order. */
export async function startupCoverage() {
  const pages = Object.fromEntries(
    Object.entries(await bundlesById(true)).map(([id, code]) => [id, coveragePage(code)]),
  );
  const { origin, close } = await servePages((id) => pages[id]);
  const browser = await launchChromium();
  try {
    const rows = [];
    for (const { id, name } of STARTUP_VARIANTS) {
      const context = await browser.newContext();
      try {
        await context.route(/^https:\/\/client\.crisp\.chat\//, (route) => route.fulfill({ status: 204 }));
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
        await cdp.send('Debugger.enable');
        const taken = new Promise((resolve, reject) => {
          cdp.once('Debugger.paused', () =>
            cdp
              .send('Profiler.takePreciseCoverage')
              .then(resolve, reject)
              .finally(() => cdp.send('Debugger.resume').catch(() => {})),
          );
        });
        await tab.goto(`${origin}/${id}`, { waitUntil: 'load' });
        const { result } = await taken;
        const script = result.find((entry) => entry.url.endsWith(BUNDLE_URL));
        if (!script) throw new Error(`start-up coverage: no coverage for the ${id} bundle`);
        const length = pages[id].length;
        const ran = script.functions
          // The script itself and the IIFE wrapping the whole bundle are not functions of the code.
          .filter(({ ranges: [whole] }) => whole.count > 0 && whole.endOffset - whole.startOffset < length * 0.9)
          .sort((a, b) => a.ranges[0].startOffset - b.ranges[0].startOffset)
          .map(({ functionName }) => functionName || '(anonymous)');
        rows.push({ id, name, functions: ran });
      } finally {
        await context.close();
      }
    }
    return rows;
  } finally {
    await browser.close();
    close();
  }
}

// The compile pass: the main thread's CPU time in V8's lazy compiles during the bundle's
// evaluation (trace events `V8.CompileCode`, category disabled-by-default-v8.compile, their thread
// time), without CPU slowdown. Thread time leaves out the time the main thread waits or is not
// scheduled, so it moves far less than the wall-clock rows on a busy machine. The first compile
// of every bundle is its whole-bundle wrapper (about the same for every row of the same size);
// the others are the functions that ran, as in the coverage pass.
export async function startupCompile(visits = 9) {
  const options = { categories: ['devtools.timeline', 'disabled-by-default-v8.compile'] };
  const { samples } = await tracedVisits(visits, options, (traceEvents, url) => {
    const evaluation = evaluationsOf(traceEvents, url)[1];
    const compiles = traceEvents.filter(
      (event) =>
        event.name === 'V8.CompileCode' &&
        event.tid === evaluation.tid &&
        event.ts >= evaluation.ts &&
        event.ts <= evaluation.ts + evaluation.dur,
    );
    return {
      count: compiles.length,
      ms: compiles.reduce((sum, event) => sum + (event.tdur ?? event.dur), 0) / 1000,
      evaluation: (evaluation.tdur ?? evaluation.dur) / 1000,
    };
  });
  return STARTUP_VARIANTS.map(({ id, name }) => ({
    id,
    name,
    compiles: median(samples[id].map((sample) => sample.count)),
    compileMs: median(samples[id].map((sample) => sample.ms)),
    evaluationMs: median(samples[id].map((sample) => sample.evaluation)),
  }));
}

// `node bench/startup.mjs`: this table alone, with the functions each bundle ran at start.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await startupRows();
  for (const row of rows) console.log(`${row.ratio.toFixed(2)}×  ${row.median.toFixed(2)} ms  ${row.name}`);
  console.log('\nLazy compiles during the evaluation (thread time, no CPU slowdown; medians):');
  for (const row of await startupCompile())
    console.log(
      `${String(row.compiles).padStart(3)} compiles  ${row.compileMs.toFixed(2)} ms of ${row.evaluationMs.toFixed(2)} ms  ${row.name}`,
    );
  for (const row of await startupCoverage())
    console.log(`\n${row.name}: ${row.functions.length} functions ran at start\n${row.functions.join(', ')}`);
}
