// `pnpm bench`: the size, start-up, behaviour and facade tables, printed and written to
// bench/results/latest.md (git-ignored: the numbers depend on the machine). `pnpm bench:update`
// (`--update`) writes the tracked bench/RESULTS.md instead, when the published figures should change.
// Alternatives that misbehave are findings in the tables, never a failed run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureSizes } from '../scripts/measure-sizes.mjs';
import { behaviourRows } from './behaviour.mjs';
import { FACADE, facadeRows } from './facade.mjs';
import { SERVER_BENCH, serverRows, serverTableHead, serverTableRow } from './server.mjs';
import { STARTUP, startupCoverage, startupRows } from './startup.mjs';

const fmt = (n) => (n == null ? 'n/a' : n.toLocaleString('en-US'));
const ms = (n, digits) => (n == null ? 'n/a' : `${n.toFixed(digits)} ms`);
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

// Sizes are measured on the built packages: build them when this checkout has not yet.
if (!existsSync(new URL('../packages/core/dist/index.js', import.meta.url)))
  execFileSync('pnpm', ['run', 'build:packages'], { cwd: new URL('..', import.meta.url), stdio: 'inherit' });
// The entries and budgets of .size-limit.js, measured from the packed packages as `pnpm size` and
// the packaging check measure them.
const sizes = await measureSizes();
const sdk = sizes.find((r) => /crisp-sdk-web/.test(r.name))?.gzipped;
const sizeTable = table(
  [
    'Typical use (create, set email, set session data, on message:received, open on click)',
    'min',
    'min+gz',
    'vs crisp-sdk-web',
    'budget',
  ],
  sizes.map((r) => [
    r.name,
    r.minified == null ? r.status : `${fmt(r.minified)} B`,
    r.gzipped == null ? (r.message ?? '') : `**${fmt(r.gzipped)} B**`,
    r.gzipped && sdk ? `${(r.gzipped / sdk).toFixed(2)}×` : '',
    r.budget ? `${fmt(r.budget)} B${r.status === 'over' ? ` (over by ${fmt(r.gzipped - r.budget)} B)` : ''}` : '',
  ]),
);
console.log(
  '\nSize: .size-limit.js, measured from the packed packages (size-limit: esbuild, minify, NODE_ENV=production, gzip -9)\n',
);
console.log(sizeTable);

let startupTable;
try {
  startupTable = table(
    [
      `Main-thread time of the integration's own script (CPU ${STARTUP.cpuSlowdown}× slower)`,
      'bundle',
      'median',
      'vs snippet',
    ],
    (await startupRows()).map((r) => [
      r.name,
      `${fmt(r.bytes)} B`,
      `${r.median.toFixed(2)} ms`,
      `**${r.ratio.toFixed(2)}×**`,
    ]),
  );
} catch (error) {
  startupTable = `Start-up bench could not run: ${String(error.message || error).split('\n')[0]}`;
}
console.log(`\nStart-up in Chromium (medians of ${STARTUP.runs} visits each; see bench/startup.mjs)\n`);
console.log(startupTable);
let compiledTable;
try {
  compiledTable = table(
    ["Functions that ran during the bundle's evaluation (so were compiled)", 'count', "names (V8's inferred names)"],
    (await startupCoverage()).map((r) => [r.name, String(r.functions.length), r.functions.join(', ')]),
  );
} catch (error) {
  compiledTable = `Start-up coverage could not run: ${String(error.message || error).split('\n')[0]}`;
}
console.log(compiledTable);

let behaviour;
let behaviourTable;
try {
  behaviour = await behaviourRows();
  const rows = behaviour.rows;
  const metric = (label, cell) => [label, ...rows.map((r) => (r.steps == null && !r.note ? 'n/a' : cell(r)))];
  behaviourTable = table(
    ['Per session', ...rows.map((r) => r.name)],
    [
      metric('`l.js` requests', (r) => fmt(r.requests)),
      metric('`l.js` executions', (r) => fmt(r.executions)),
      metric('`client.js` injections (equivalent)', (r) => fmt(r.injections)),
      metric('commands pushed to `$crisp`', (r) => fmt(r.pushes)),
      metric('commands Crisp executed', (r) => fmt(r.executed)),
      metric('arrays assigned to `$crisp`', (r) => fmt(r.arrays)),
      metric('Crisp `on` registrations', (r) => fmt(r.registrations)),
      metric('handlers left after unmount', (r) =>
        r.handlersLeft
          ? `${r.handlersLeft.length}${r.handlersLeft.length ? ` (${r.handlersLeft.join(', ')})` : ''}`
          : 'n/a',
      ),
      metric('uncaught page errors', (r) => fmt(r.pageErrors?.length)),
      metric(
        'render errors (caught by the layout boundary)',
        (r) =>
          `${fmt(r.renderErrors)}${r.renderErrorMessages?.length ? `: ${r.renderErrorMessages[0].slice(0, 90).replace(/\|/g, '\\|')}` : ''}`,
      ),
      metric(
        'Crisp bytes before the first interaction',
        (r) => `${fmt(r.bytesBefore)} B (l.js ×${r.requestsBefore}, client.js ×${r.clientBefore})`,
      ),
      metric('script evaluation vs raw snippet', (r) => (r.evalRatio == null ? 'n/a' : `${r.evalRatio.toFixed(1)}×`)),
      metric('layout renders / mounts of the integration', (r) => `${fmt(r.layoutRenders)} / ${fmt(r.layoutMounts)}`),
      metric('navigations completed', (r) => `${fmt(r.steps)}${r.note ? ` (${r.note.replace(/\|/g, '\\|')})` : ''}`),
    ],
  );
} catch (error) {
  behaviourTable = `Behaviour bench could not run: ${String(error.message || error).split('\n')[0]}`;
}
console.log(
  `\nBehaviour in Chromium (one session: ${behaviour?.navigations ?? 200} navigations across 3 layouts, sign-in, sign-out, unmount)\n`,
);
console.log(behaviourTable);

let facadeTable;
try {
  facadeTable = table(
    [
      `Cold page, every Crisp request +${FACADE.delayMs} ms, click at ${FACADE.clickAt} ms`,
      'click at',
      'chat open at',
      'click to open',
      'vs (a)',
    ],
    (await facadeRows()).map((r) => [
      `${r.name}${r.failed.length ? ` (${r.failed.length} of ${FACADE.runs} visits never opened: ${r.failed[0].replace(/\|/g, '\\|')})` : ''}`,
      ms(r.clicked, 0),
      ms(r.opened, 0),
      r.median == null ? 'n/a' : `**${ms(r.median, 1)}**`,
      Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}×` : 'n/a',
    ]),
  );
} catch (error) {
  facadeTable = `Facade bench could not run: ${String(error.message || error).split('\n')[0]}`;
}
console.log(`\nFacade in Chromium (medians of ${FACADE.runs} visits each; see bench/facade.mjs)\n`);
console.log(facadeTable);

let serverTable;
try {
  serverTable = table(serverTableHead, (await serverRows()).map(serverTableRow));
} catch (error) {
  serverTable = `Server bench could not run: ${String(error.message || error).split('\n')[0]}`;
}
console.log(
  `\n@crispkit/server web hooks: verify + de-duplicate (${SERVER_BENCH.deliveries} signed deliveries per row; see bench/server.mjs)\n`,
);
console.log(serverTable);

const md = `# Benchmarks

Generated by \`pnpm bench:update\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}. \`pnpm bench\`
measures the same on your machine and writes bench/results/latest.md (git-ignored).

## Size

The same typical use (create the client, set the user email, set session data, subscribe to
\`message:received\`, open the chat on a button click) written against each integration
(bench/size/*). The entries and their budgets are .size-limit.js, the one place where budgets are
written; \`pnpm size\`, the packaging check of \`npm test\` and this bench measure them the same way
(scripts/measure-sizes.mjs): each package is packed (\`pnpm pack\`) and unpacked into a scratch
app, and size-limit (preset-small-lib) bundles the entry there with esbuild (minified,
\`NODE_ENV=production\`) and gzips it (level 9). React and Vue are the app's, so external. The
script tag is the file as served. A budget is a hard limit: a row over it fails \`pnpm size\` and
\`npm test\`.

${sizeTable}

## Start-up on the main thread

bench/startup.mjs, in Chromium: a page inlines the bundle of one row (the typical use above, built
from each package's \`dist\`), after a script of the page's own that pays what a page's first script
and first request pay. Chromium's trace (\`devtools.timeline\`) gives the duration of that bundle's
\`EvaluateScript\` on the main thread: V8 compiling it and running it to the end (the client's
creation and the typical calls), without the network and without the other tasks the HTML parser
lets run between scripts, which performance marks around the script would count. Each visit is a
fresh browser context and each bundle carries a unique first comment, so no code cache helps; the
CPU is slowed down ${STARTUP.cpuSlowdown}× (Lighthouse's mobile profile). Medians of ${STARTUP.runs} visits per row,
interleaved, as ratios to Crisp's raw snippet with the same calls, measured in the same browser;
the absolute times depend on the machine, and on a busy machine even the ratios move by tens of
percent from one run to the next: compare rows of one run, not runs. The snippet's own cost is mostly the insertion of the
\`l.js\` tag; the kit's default \`idle\` strategy inserts it later, in a task of its own, so the
\`eager\` row is the like-for-like one. Goal: the \`idle\` row at most crisp-sdk-web's, the
\`eager\` row at most 2.0× the snippet.

${startupTable}

V8 compiles a function (full parse, bytecode) only when it first runs; the others are only
pre-parsed. A second visit per row, with V8's precise coverage (call counts) started before the
navigation and taken when the page pauses on a \`debugger\` statement in the script right after the
bundle's, lists the bundle's functions that ran during its evaluation (the bundle built the same
way, identifiers kept; the whole-bundle wrapper not counted): the compile work at start.

${compiledTable}

Tried for the fourth core release and not kept: a start-up that only recorded the visitor and
reconciled, checked and queued it when Crisp was about to load. It took the functions run at
start from 59 to 51 (idle) and 60 to 53 (eager), cost about 150 B gzip in every size row, and
moved the ratios less than one run differs from the next on this machine (idle against the same
run's main build: 2.53× to 1.87×, 2.94× to 2.47×, 1.90× to 2.45×); the model-based test then
found a visitor sequence it broke (a hidden chat from a destroyed client surviving into the next
client's session). Most of what runs at start is the client's parts being created, which every
later call needs.

## Behaviour in Chromium

One scripted session per integration (bench/app/*): a React Router memory router with three
layouts that re-render on every navigation (switching layout remounts the integration, as
separate public/docs/app layouts do), ${behaviour?.navigations ?? 200} navigations, a sign-in after a quarter
and a sign-out after three quarters, a click on "Help" after one idle second, then the whole React
root unmounted. \`l.js\` is served by @crispkit/testing's browser fake; its \`client.js\` is an inert
stand-in, so "client.js injections" counts what the real loader would download (about 390 KB of
JS and 330 KB of CSS each, uncompressed, for crisp-client 2.7). crispkit uses \`load="interaction"\`.
Commands are counted by wrapping \`push\` on every value assigned to \`window.$crisp\` (arrays and
the live object). Script evaluation is the time between performance marks around the
integration's own modules (after React and the router), median of ${behaviour?.evalSamples ?? 'n'} page loads, as a ratio
to Crisp's raw inline snippet measured in the same run; absolute times are machine noise.

${behaviourTable}

## Facade: click to chat open, from a cold page

bench/facade.mjs, in Chromium: a page with a launcher button and @crispkit/core (\`createCrisp\`
with the row's strategy); Crisp's origin is a local server that answers every request (\`l.js\`,
\`client.js\`, the stylesheet; @crispkit/testing's browser fake with \`fetchAssets\`) after
${FACADE.delayMs} ms, with cacheable responses (not Playwright routing, which turns Chromium's HTTP cache
off and so would make any prefetch useless). Every visit is a fresh browser context (empty cache,
no open connection), and the visitor acts at the same moments of every visit, on the page's own
clock from the navigation: the pointer enters the launcher at ${FACADE.hoverAt} ms and clicks at ${FACADE.clickAt} ms
(pointer events queued by a script of the page, so that no round trip of the test driver moves
them and a busy main thread delays them as it would real input). At that moment no strategy has
the chat ready, the eager one included: every row starts from the same cold page, and "chat open
at" (from the navigation) compares them as well as "click to open". \`chat:opened\` ends each
measure. Medians of ${FACADE.runs} visits per row, interleaved, as ratios to (a); the last row is the floor,
eager clicked once Crisp is ready. "click at" is when the click really ran: later than ${FACADE.clickAt} ms
when the machine was busy.

${facadeTable}

## @crispkit/server: web hooks verified and de-duplicated

bench/server.mjs, in one Node process, on the built package: ${SERVER_BENCH.deliveries} distinct signed deliveries
(signed beforehand), ${SERVER_BENCH.concurrency} in flight at a time, each a Fetch \`Request\` given to
\`createWebhookHandler\` with an event handler that does nothing, so what is timed is the
handler's own work: the header checks, the bounded body read, the HMAC check, the SHA-256 delivery
key, then the claim and the completion in the delivery log. The Redis rows use a local
redis-server (Debian's, started by the bench on a free port, no persistence) through node-redis 5
and ioredis, one round trip per claim and one per completion. Latency is per delivery, from the
call to the answer; deliveries per second is the count over the wall time. A JIT warm-up pass
runs first and is not reported. On a busy machine the figures move a lot from run to run.

${serverTable}
`;
const update = process.argv.includes('--update');
const target = update ? 'RESULTS.md' : 'results/latest.md';
if (!update) mkdirSync(fileURLToPath(new URL('results/', import.meta.url)), { recursive: true });
writeFileSync(fileURLToPath(new URL(target, import.meta.url)), md);
console.log(`\nwritten to bench/${target}${update ? '' : ' (pnpm bench:update writes the tracked bench/RESULTS.md)'}`);
