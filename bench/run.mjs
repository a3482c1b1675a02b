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
import { STARTUP, startupCompile, startupCoverage, startupRows } from './startup.mjs';

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
let compileTable;
try {
  compileTable = table(
    [
      "V8's lazy compiles during the bundle's evaluation (main-thread CPU time, no slowdown)",
      'compiles',
      'compile time',
      'whole evaluation',
    ],
    (await startupCompile()).map((r) => [
      r.name,
      String(r.compiles),
      `${r.compileMs.toFixed(2)} ms`,
      `${r.evaluationMs.toFixed(2)} ms`,
    ]),
  );
} catch (error) {
  compileTable = `Start-up compile pass could not run: ${String(error.message || error).split('\n')[0]}`;
}
console.log(compileTable);

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

### What the core's typical bytes buy

\`node bench/size-account.mjs\` bundles the core's typical use from the sources as the browser build
makes it (its mangle cache, production code only) and measures each module in gzip bytes on that
bundle minified: **in order**, the gzip of the bundle up to and with the module minus up to and
without it (these add up to the whole: a word is paid by the first module that uses it), and
**alone**, what removing only that module would save (less: what it shares with others stays).
That bundle is 5,568 B; \`pnpm size\` measures 5,516 B for the same use from the packed package
(two bundling steps instead of one). Grouped by what a user relies on:

| Behaviour | Modules (in order / alone, B gzip) | In order |
| --- | --- | ---: |
| The visitor as one wanted state: \`setUser\` and \`setSessionData\` push only what Crisp's session lacks, once per change and again after each new session; a sign-out, a new token or a revoke ends the session and takes the previous visitor's commands out of every list Crisp may still run | visitor 916 / 878 (of which reconcile 304, restart 182, want 167, unqueue 68, createVisitor 52, alone), set-user 160 / 144, content-of 78 / 71, accepted-pairs 66 / 54, set-session-data 53 / 45 | 1,273 |
| The client: \`createCrisp\` (one client per page, a second website id refused, another client's visitor or Crisp's own snippet adopted), the verbs, \`on\`, \`get\`/\`is\`, \`getState\`/\`subscribe\`, \`destroy\`, errors reported to \`onError\` and never thrown | create-crisp 457 / 456, client 330 / 313, initial-state 123 / 9, errors 118 / 82, client-part 98 / 64, registry 59 / 27, text-of 35 / 12, no-server-client 22 / 3 | 1,242 |
| Loading \`l.js\` once: the \`idle\`/\`eager\`/\`manual\`/custom strategies, after parsing, adopting a Crisp tag already on the page, \`blocked\` and \`timeout\` states, CSP nonce | loader 533 / 507, find-embed 160 / 102 | 693 |
| Events and state: one Crisp registration per event for any number of subscribers, released a microtask after the last; the state with the chat's open/unread/availability kept current only while listened to | events 239 / 188, chat-state 203 / 159, store 106 / 90, session 70 / 42, call-each 25 / 12 | 643 |
| Crisp's globals and queue: the globals written before \`l.js\`, the kit's queue kept when the page's snippet assigns a new \`$crisp\`, Crisp's first live object kept and started with the token the globals hold at its init; whether a signed-in visitor's session is stored | globals 219 / 155, keep-queue 160 / 132, live 112 / 70, send 51 / 34, stored-token-session 50 / 17 | 592 |
| The checks production keeps: Crisp's phone check in linear time (Crisp's own freezes the page on some input), session data keys and values one by one (one bad pair drops Crisp's whole command), the kinds of command, the website id, a \`scriptUrl\` that cannot load a foreign script | guards 197 / 175, commands 152 / 97, script-url 141 / 112, options 56 / 52 | 546 |
| A signed-out or revoked visitor's cookies and storage keys for the website removed at once, so the next page cannot restore their session | forget-crisp-storage 254 / 207 | 254 |
| Consent: nothing sent or loaded before the grant, the app's commands held until it, a revoke page-wide | consent 183 / 157 | 183 |
| The typical use's own code (bench/size/core.ts) | 142 / 142 | 142 |

No module or group can go without a behaviour above: the 4,500 B budget is 1,016 B away, more than
loading and the production checks together. Kept in this release, each measured by \`pnpm size\`
(core row, gzip): setVisitor's field list built when called and contribute's inert handle marked
pure, so that a bundle without them drops them (5,660 to 5,613 B); 19 more internal names in the
mangle cache (5,567 B; React 6,943 to 6,886 B); one loop for the state's listeners and the events'
handlers (5,561 B); the globals assigned directly (5,545 B); a cookie expired with \`max-age=0\`
(5,523 B); a development-only name no longer computed in production (5,516 B). The React and Vue
packages' builds end with a Rollup pass that writes one import statement per module: an app that
bundles with the framework external kept each source file's own statement, names of code it shakes
off included (React row 6,881 to 6,813 B, Vue 6,943 to 6,892 B). The names left unused in the one
statement still cost 36 B (React) and 58 B (Vue), measured by removing them from the bundle, and
nothing to an app that bundles React or Vue itself. Measured
and not kept: inlining the visitor's identity cast \`own()\` (10 B, every function of
visitor/visitor.ts touched). Then reading Crisp's cookies at the first change of visitor
instead of at start (see the start-up section) added 42 B, and the visitor's reconcile waiting
for the load about 70 B: the core row is 5,627 B, 1,127 B over its budget, and the account above is
from before both.

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

The same compile work in time: Chromium's trace (\`V8.CompileCode\` events, category
\`disabled-by-default-v8.compile\`) within the bundle's evaluation, as main-thread CPU time (thread
time, which leaves out waiting and being descheduled, so it moves far less than the wall-clock
table on a busy machine), without CPU slowdown, medians of 9 visits. The first compile of every
row is its whole-bundle wrapper, the others are the functions that ran.

${compileTable}

Found in the fourth core release: the largest single part of the kit's start-up was reading
\`document.cookie\` (whether Crisp kept a signed-in visitor's session, which a sign-out must
replace). Chromium answers it from the browser's cookie store with a synchronous call to another
process. The kit now asks at the first change of visitor instead (docs/architecture.md); in the same
runs, reading at start cost 58.8 against 40.4 ms (idle, CPU 4× slower, 15 visits) and 85.2 against
64.3 ms (31 visits). What remains is mostly compiling: about three times as many functions run at
start as in crisp-sdk-web's typical use.

The visitor's reconcile now waits for the load (docs/architecture.md): until \`l.js\` is requested
or adopted nothing reads the queue, so \`setUser\` and \`setSessionData\` only check their input and
record it, and the visitor is queued when the load starts. It took the functions run at start from
57 to 54 and, the main build against the same build with the wait disabled, interleaved in one
browser (41 visits each, medians): 7.0 to 6.6 ms of main-thread time without slowdown (2.90× to
2.72× the snippet), 2.22× to 2.14× with the CPU 4× slower (31 visits); it costs about 70 B gzip
in every size row. The checks stay at the call, so a refused input is reported when it is given.
An earlier, wider form of it (the checks deferred too, 59 to 51 functions, about 150 B) broke the
model-based test: a hidden chat from a destroyed client survived into the next client's session.
This form met the same kind of sequence (model seed -2024755504) until showing or hiding the chat
was sent at once again.

What is left is the creation: the two decomposition rows above show it. Parsing the kit's bundle
costs less than the raw snippet (which inserts a tag); \`createCrisp\` alone runs 34 functions,
more than crisp-sdk-web's whole typical use (29), and in the wall-clock table it cost more than
that whole use in every run made for this release (the compile pass's thread times, taken under
heavier tracing, do not always rank them the same way; the goal is the wall-clock table's). It
builds every part a later call needs (state, consent, events, loader, visitor, client), looks for
a Crisp tag already on the page, writes the globals and keeps the queue. Meeting the \`idle\` goal
would take a client that records the app's calls and builds its parts only when Crisp is about to
load, with refused input then reported at the load rather than at the call.

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
