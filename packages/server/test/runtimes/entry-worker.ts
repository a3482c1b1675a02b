// Entry for workerd (`workerd test`): a worker whose test handler runs the portable suites and
// prints one RESULT line for run.mjs; a failure also fails the handler.
import { runSuites } from '../portable/harness';
import { SUITES } from '../portable/suites';

export default {
  async test(): Promise<void> {
    const result = await runSuites(SUITES, (line) => console.log(line));
    console.log('RESULT ' + JSON.stringify({ passed: result.passed, failed: result.failed.length }));
    if (result.failed.length) throw new Error(`${result.failed.length} portable test(s) failed`);
  },
};
