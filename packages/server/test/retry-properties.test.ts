// Property tests (fast-check) of the REST client's retries, over random sequences of faults from
// the fake Crisp API (rate limits with and without Retry-After, 5xx processed or not, dropped
// connections processed or not, slow answers past the time-out), random retry budgets and random
// jitter draws, on fake timers (the backoff and the time-out run on Vitest's clock, no real wait):
// - no POST is ever sent again after an answer other than 429/420, and it takes effect at most once;
// - the requests of one call never exceed maxAttempts;
// - a call limited only by 429/420 either succeeds or rejects with the typed rate-limit error.
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCrispApi, isCrispApiError, type CrispApiError, type RateLimitEvent } from '@crispkit/server';
import { createFakeCrispApi, FAKE_TOKEN, FAKE_WEBSITE_ID, type FakeFault } from '@crispkit/testing/api';

let cases = 0;
afterAll(() => {
  console.info(`[retry properties] ${cases} cases`);
  expect(cases).toBeGreaterThanOrEqual(1_500);
});
beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

const TIMEOUT_MS = 10_000;

const rateLimits = fc.record({
  status: fc.constantFrom(429 as const, 420 as const),
  retryAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
});
const faults: fc.Arbitrary<FakeFault> = fc.oneof(
  rateLimits,
  fc.record({
    status: fc.constantFrom(500 as const, 502 as const, 503 as const, 504 as const),
    processed: fc.boolean(),
  }),
  fc.record({ drop: fc.constant(true as const), processed: fc.boolean() }),
  fc.record({ delayMs: fc.integer({ min: 0, max: 2 * TIMEOUT_MS }) }),
);

type Operation = 'sendMessage' | 'addEvent' | 'setState' | 'updateMeta' | 'getState' | 'getPerson';
const POSTS: Operation[] = ['sendMessage', 'addEvent'];

const scenarios = fc.record({
  operation: fc.constantFrom<Operation>('sendMessage', 'addEvent', 'setState', 'updateMeta', 'getState', 'getPerson'),
  faults: fc.array(faults, { maxLength: 8 }),
  maxAttempts: fc.integer({ min: 1, max: 6 }),
  draws: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
});

/** Runs one call against a fresh fake with the faults queued, driving the fake clock until it settles. */
async function runCall(scenario: { operation: Operation; faults: FakeFault[]; maxAttempts: number; draws: number[] }) {
  const crisp = createFakeCrispApi();
  const sessionId = crisp.seedConversation({ state: 'unresolved' });
  crisp.seedPerson({ email: 'ada@example.com' });
  for (const fault of scenario.faults) crisp.fail(fault);
  const rateLimited: RateLimitEvent[] = [];
  let draw = 0;
  const api = createCrispApi({
    identifier: FAKE_TOKEN.identifier,
    key: FAKE_TOKEN.key,
    tier: 'plugin',
    websiteId: FAKE_WEBSITE_ID,
    fetch: crisp.fetch,
    timeoutMs: TIMEOUT_MS,
    retry: { maxAttempts: scenario.maxAttempts, baseDelayMs: 500, maxDelayMs: 30_000 },
    random: () => scenario.draws[draw++ % scenario.draws.length]!,
    onRateLimit: (event) => void rateLimited.push(event),
  });
  const calls: Record<Operation, () => Promise<unknown>> = {
    sendMessage: () => api.conversations.sendMessage({ sessionId, message: { type: 'text', content: 'once' } }),
    addEvent: () => api.people.addEvent({ people: 'ada@example.com', text: 'once' }),
    setState: () => api.conversations.setState({ sessionId, state: 'resolved' }),
    updateMeta: () => api.conversations.updateMeta({ sessionId, meta: { data: { plan: 'pro' } } }),
    getState: () => api.conversations.getState({ sessionId }),
    getPerson: () => api.people.get({ people: 'ada@example.com' }),
  };
  let outcome: { ok: true } | { ok: false; error: unknown } | null = null;
  const call = calls[scenario.operation]().then(
    () => (outcome = { ok: true }),
    (error: unknown) => (outcome = { ok: false, error }),
  );
  // Each round fires every pending timer (backoff waits, time-outs, slow answers) and the work they start.
  for (let round = 0; outcome === null && round < 50; round++) await vi.runAllTimersAsync();
  await call;
  const effects = {
    sendMessage: crisp.conversation(sessionId)!.messages.length,
    addEvent: crisp.person('ada@example.com')!.events.length,
  };
  return { outcome: outcome!, requests: crisp.requests, effects, rateLimited };
}

const property = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, check: (value: T) => Promise<void>) =>
  fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      await check(value);
      cases++;
    }),
    { numRuns },
  );

// Thousands of cases per test: a generous time-out, so a busy machine slows them without failing them.
describe('retry properties', { timeout: 120_000 }, () => {
  it('no POST is sent again after it may have been processed, and it acts at most once; attempts stay within the limit', async () => {
    await property(scenarios, 1_000, async (scenario) => {
      const { outcome, requests } = await runCall(scenario);
      expect(requests.length).toBeGreaterThanOrEqual(1);
      expect(requests.length).toBeLessThanOrEqual(scenario.maxAttempts);
      if (!outcome.ok) {
        expect(isCrispApiError(outcome.error)).toBe(true);
        expect((outcome.error as CrispApiError).attempts).toBe(requests.length);
      }
      if (POSTS.includes(scenario.operation)) {
        // Every attempt but the last was refused unprocessed (429/420).
        for (const earlier of requests.slice(0, -1)) expect([429, 420]).toContain(earlier.status);
        expect(requests.filter((r) => r.processed).length).toBeLessThanOrEqual(1);
      }
      if (outcome.ok) expect(requests.at(-1)!.status).toBeLessThan(300);
    });
  });

  it('a POST takes effect exactly once when the call succeeds, at most once when it fails', async () => {
    const posts = scenarios.map(
      (s) => ({ ...s, operation: s.operation == 'addEvent' ? 'addEvent' : 'sendMessage' }) as const,
    );
    await property(posts, 300, async (scenario) => {
      const { outcome, effects } = await runCall(scenario);
      const effect = effects[scenario.operation];
      if (outcome.ok) expect(effect).toBe(1);
      else expect(effect).toBeLessThanOrEqual(1);
    });
  });

  it('a call limited only by 429/420 succeeds within the budget, or rejects with the typed rate-limit error', async () => {
    const limited = fc.record({
      operation: fc.constantFrom<Operation>('sendMessage', 'addEvent', 'setState', 'getState'),
      faults: fc.array(rateLimits, { maxLength: 8 }),
      maxAttempts: fc.integer({ min: 1, max: 6 }),
      draws: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
    });
    await property(limited, 400, async (scenario) => {
      const { outcome, requests, rateLimited } = await runCall(scenario);
      const refusedWithin = scenario.faults.slice(0, scenario.maxAttempts);
      // Retry-After beyond maxDelayMs (30 s) ends the call at that attempt.
      const tooLong = refusedWithin.findIndex((f) => f.retryAfter !== undefined && f.retryAfter * 1000 > 30_000);
      const expectedFailure = tooLong >= 0 || scenario.faults.length >= scenario.maxAttempts;
      if (!expectedFailure) {
        expect(outcome.ok).toBe(true);
        expect(requests.length).toBe(scenario.faults.length + 1);
        expect(rateLimited.length).toBe(scenario.faults.length);
      } else {
        expect(outcome.ok).toBe(false);
        const error = (outcome as { error: CrispApiError }).error;
        expect(isCrispApiError(error, 'rate-limit')).toBe(true);
        expect(error.attempts).toBe(tooLong >= 0 ? tooLong + 1 : scenario.maxAttempts);
        expect([429, 420]).toContain(error.status);
      }
    });
  });

  it('waits honour Retry-After and otherwise stay below the full-jitter ceiling', async () => {
    await property(
      fc.record({ faults: fc.array(rateLimits, { minLength: 1, maxLength: 5 }) }),
      300,
      async ({ faults }) => {
        const { rateLimited } = await runCall({ operation: 'getState', faults, maxAttempts: 6, draws: [1] });
        rateLimited.forEach((event, index) => {
          const retryAfter = faults[index]!.retryAfter;
          if (retryAfter !== undefined) expect(event.delayMs).toBe(retryAfter * 1000);
          else expect(event.delayMs).toBeLessThanOrEqual(Math.min(30_000, 500 * 2 ** index));
        });
      },
    );
  });
});
