// A test harness small enough to run on every runtime the package claims (Node under Vitest, Deno,
// Bun, workerd): suites of named async tests and a handful of assertions, no dependencies.

export type TestBody = () => void | Promise<void>;

export interface PortableTest {
  name: string;
  run: TestBody;
}

export interface PortableSuite {
  name: string;
  tests: PortableTest[];
}

export function suite(name: string, define: (test: (name: string, run: TestBody) => void) => void): PortableSuite {
  const tests: PortableTest[] = [];
  define((testName, run) => tests.push({ name: testName, run }));
  return { name, tests };
}

export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a != 'object' || typeof b != 'object' || a === null || b === null) return false;
  if (Array.isArray(a) != Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length != keysB.length) return false;
  return keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Deep equality (undefined properties ignored, as in a JSON round trip). */
export function equal(actual: unknown, expected: unknown, what: string): void {
  if (!deepEqual(actual, expected))
    throw new AssertionError(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

export function ok(condition: unknown, what: string): asserts condition {
  if (!condition) throw new AssertionError(what);
}

/** The error `promise` rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new AssertionError(`${what}: expected a rejection, got a value`);
}

export interface RunResult {
  passed: number;
  failed: { name: string; message: string }[];
}

/** Runs every test of every suite in order; never throws. */
export async function runSuites(suites: PortableSuite[], log: (line: string) => void = () => {}): Promise<RunResult> {
  const result: RunResult = { passed: 0, failed: [] };
  for (const each of suites)
    for (const test of each.tests) {
      const name = `${each.name} › ${test.name}`;
      try {
        await test.run();
        result.passed++;
        log(`  ok   ${name}`);
      } catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        result.failed.push({ name, message });
        log(`  FAIL ${name}\n       ${message}`);
      }
    }
  return result;
}
