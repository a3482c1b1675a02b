// Model-based property test of the visitor contract: random sequences of every public function of
// the kit (createCrisp, login, logout, setUser, setSessionData, setSegments, setLocale, contribute,
// hideChat, consent, destroy + a new client, raw pushes, setVisitor once it exists), interleaved
// with the fake's own steps (l.js executes, client.js arrives, the loader's init, the session
// loads, one macrotask of the client) and full navigations (the page goes, Crisp's cookies stay,
// the next page creates its client with the same visitor, another or none), each checked against
// a plain model of the semantics (test/model/visitor-model.ts).
// More sequences, from a fresh seed: CRISPKIT_MODEL_RUNS=20000 (or `pnpm test:model`); the default
// 1,000 use a fixed seed. A failure prints its seed and
// the shrunk sequence as code. CRISPKIT_MODEL_SEED replays a seed (with
// CRISPKIT_MODEL_PATH, just the failure at that path); CRISPKIT_MODEL_SKIP leaves out
// steps by name (comma-separated, e.g. `revokeConsent,raw push`), to look past a known counterexample.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { BUILDS } from './builds';
import { STEP_NAMES, allSteps, clientOptions, finish } from './model/commands';
import { lTags } from './helpers';
import { closePage, openPage } from './model/page';
import { newModel } from './model/visitor-model';

const RUNS = Number(process.env['CRISPKIT_MODEL_RUNS'] || 1000);
// `npm test` (and so CI) explores the same 1,000 sequences per build every time, so a red run is
// always reproducible; longer runs (CRISPKIT_MODEL_RUNS, `pnpm test:model`) draw a fresh seed.
const SEED = Number(
  process.env['CRISPKIT_MODEL_SEED'] ||
    (process.env['CRISPKIT_MODEL_RUNS'] ? (Math.random() * 2 ** 32) | 0 : '20261204'),
);
// Printed for a long run, so that a run with no failure can be repeated too.
if (process.env['CRISPKIT_MODEL_RUNS']) console.log(`model-based test: ${RUNS} sequences per build, seed ${SEED}`);
// With CRISPKIT_MODEL_SEED, replays one failure directly (the `path` fast-check printed).
const PATH = process.env['CRISPKIT_MODEL_PATH'];
const SKIP = (process.env['CRISPKIT_MODEL_SKIP'] || '').split(',').filter(Boolean);
const unknown = SKIP.filter((name) => !STEP_NAMES.includes(name));
if (unknown.length)
  throw new Error(`CRISPKIT_MODEL_SKIP: unknown steps ${unknown.join(', ')}; known: ${STEP_NAMES.join(', ')}`);

describe.each(BUILDS)('the visitor contract (%s build, model-based)', (_, load) => {
  it(
    `holds over ${RUNS} random sequences of calls and fake steps`,
    async () => {
      const core = await load();
      // 'medium' gives about 12 steps per sequence ('small' about 5, too few to reach a logout after
      // fields were set then cleared, or a locale change after l.js executed).
      const steps = fc.commands(allSteps(core, SKIP), { maxCommands: 24, size: 'medium' });
      await fc.assert(
        fc.asyncProperty(clientOptions, steps, async (options, commands) => {
          const page = openPage(core, options);
          try {
            const model = newModel(options, lTags());
            await fc.asyncModelRun(() => ({ model, real: page }), commands);
            await finish(model, page);
          } finally {
            closePage(page);
          }
        }),
        { numRuns: RUNS, seed: SEED, ...(PATH ? { path: PATH } : {}) },
      );
    },
    // Generous: the run time is measured and reported, never asserted.
    Math.max(120_000, RUNS * 200),
  );
});
