// Entry for Deno and Bun: runs the portable suites and prints one RESULT line for run.mjs.
import { runSuites } from '../portable/harness';
import { SUITES } from '../portable/suites';

const result = await runSuites(SUITES, (line) => console.log(line));
console.log('RESULT ' + JSON.stringify({ passed: result.passed, failed: result.failed.length }));
