// The web-hook handler on the runtime at hand: the delivery context, and deliveries that arrive
// again running the handler once (also across two instances sharing a log), failures retried.
import {
  createMemoryDeliveryLog,
  createWebhookHandler,
  signWebhook,
  type DeliveryLog,
  type WebhookContext,
} from '@crispkit/server';
import { MESSAGE_SEND_BODY } from '../vectors';
import { equal, ok, suite } from './harness';

const SECRET = 'plugin-secret';
const AT = 1_700_000_000;

async function delivery(attempt: number, body = MESSAGE_SEND_BODY, limit = 5): Promise<Request> {
  return new Request('https://app.test/hooks/crisp', {
    method: 'POST',
    body,
    headers: {
      'x-crisp-request-timestamp': String(AT),
      'x-crisp-signature': await signWebhook(body, AT, SECRET),
      'x-delivery-attempt-count': String(attempt),
      'x-delivery-attempt-limit': String(limit),
    },
  });
}

/** A handler that records each run, and fails while `failures` is above zero. */
function recorder(options: { deliveries?: DeliveryLog | false; failures?: number } = {}) {
  const runs: WebhookContext[] = [];
  let failures = options.failures ?? 0;
  const handler = createWebhookHandler({
    secret: SECRET,
    now: () => AT * 1000,
    ...(options.deliveries === undefined ? {} : { deliveries: options.deliveries }),
    on: {
      'message:send': (_message, context) => {
        runs.push(context);
        if (failures > 0) {
          failures--;
          throw new Error('database down');
        }
      },
    },
  });
  return { handler, runs };
}

const answer = async (response: Response) => `${response.status} ${await response.text()}`;

export const handler = suite('web-hook handler', (test) => {
  test('the context carries the delivery attempt and its limit', async () => {
    const { handler, runs } = recorder();
    equal(await answer(await handler(await delivery(2, MESSAGE_SEND_BODY, 7))), '200 ok', 'answer');
    equal([runs[0]?.deliveryAttempt, runs[0]?.deliveryAttemptLimit], [2, 7], 'attempt and limit');
    ok(runs[0]!.deliveryKey.length > 20, 'a delivery key');
  });

  test('a forged delivery is refused and runs nothing', async () => {
    const { handler, runs } = recorder();
    const forged = await delivery(1);
    const request = new Request(forged, {
      headers: { ...Object.fromEntries(forged.headers), 'x-crisp-signature': 'f'.repeat(64) },
    });
    equal(await answer(await handler(request)), '401 bad-signature', 'answer');
    equal(runs.length, 0, 'runs');
  });

  test('the same delivery again (a retry after a lost answer) runs the handler once', async () => {
    const { handler, runs } = recorder();
    equal(await answer(await handler(await delivery(1))), '200 ok', 'first');
    equal(await answer(await handler(await delivery(2))), '200 duplicate', 'second');
    equal(runs.length, 1, 'runs');
  });

  test('a handler that failed runs again on the retry, then not again', async () => {
    const { handler, runs } = recorder({ failures: 1 });
    equal(await answer(await handler(await delivery(1))), '500 handler-error', 'first');
    equal(await answer(await handler(await delivery(2))), '200 ok', 'retry');
    equal(await answer(await handler(await delivery(3))), '200 duplicate', 'third');
    equal(runs.length, 2, 'runs');
  });

  test('two instances sharing one log run a delivery once', async () => {
    const shared = createMemoryDeliveryLog();
    const one = recorder({ deliveries: shared });
    const two = recorder({ deliveries: shared });
    await one.handler(await delivery(1));
    equal(await answer(await two.handler(await delivery(2))), '200 duplicate', 'second instance');
    equal(one.runs.length + two.runs.length, 1, 'runs');
  });

  test('a copy that arrives while the first attempt runs is not answered 200; when that attempt fails, the retry runs it', async () => {
    let finish: (error?: Error) => void = () => undefined;
    const runs: number[] = [];
    const handler = createWebhookHandler({
      secret: SECRET,
      now: () => AT * 1000,
      on: {
        'message:send': (_message, context) => {
          runs.push(context.deliveryAttempt ?? 0);
          // The first attempt waits until the test lets it fail; later ones succeed at once.
          if (runs.length == 1)
            return new Promise<void>((resolve, reject) => (finish = (error) => (error ? reject(error) : resolve())));
        },
      },
    });
    const first = handler(await delivery(1));
    while (runs.length == 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const copy = await handler(await delivery(2));
    equal(copy.status, 409, 'the copy: Crisp retries it');
    equal(await copy.text(), 'delivery-in-progress', 'reason');
    ok(copy.headers.get('retry-after'), 'a Retry-After');
    finish(new Error('database down'));
    equal(await answer(await first), '500 handler-error', 'the first attempt failed');
    equal(await answer(await handler(await delivery(3))), '200 ok', 'the retry runs it');
    equal(await answer(await handler(await delivery(4))), '200 duplicate', 'then done');
    equal(runs, [1, 3], 'runs');
  });

  test('a delivery log that fails or does not answer: 503, nothing run, and a late claim is taken back', async () => {
    const calls: string[] = [];
    const broken: DeliveryLog = {
      claim: () => Promise.reject(new Error('connection refused')),
      complete: () => undefined,
      release: () => undefined,
    };
    const hanging: DeliveryLog = {
      claim: (key, owner) => {
        calls.push(`claim ${owner}`);
        return new Promise(() => undefined);
      },
      complete: () => undefined,
      release: (key, owner) => void calls.push(`release ${owner}`),
    };
    for (const deliveries of [broken, hanging]) {
      const errors: unknown[] = [];
      const runs: unknown[] = [];
      const handler = createWebhookHandler({
        secret: SECRET,
        now: () => AT * 1000,
        deliveries,
        deliveryLogTimeoutMs: 20,
        onError: (error) => errors.push(error),
        on: { '*': (event) => void runs.push(event) },
      });
      const response = await handler(await delivery(1));
      equal(await answer(response), '503 delivery-log-unavailable', 'answer');
      ok(response.headers.get('retry-after'), 'a Retry-After');
      equal(runs.length, 0, 'nothing run');
      equal(errors.length, 1, 'reported');
    }
    while (calls.length < 2) await new Promise((resolve) => setTimeout(resolve, 0));
    equal(calls[1], calls[0]!.replace('claim', 'release'), 'the timed-out claim is released by its owner');
  });

  test('deliveries: false runs every delivery', async () => {
    const { handler, runs } = recorder({ deliveries: false });
    await handler(await delivery(1));
    await handler(await delivery(2));
    equal(runs.length, 2, 'runs');
  });

  test('different deliveries are not confused', async () => {
    const { handler, runs } = recorder();
    await handler(await delivery(1));
    await handler(await delivery(1, MESSAGE_SEND_BODY.replace('163239623329114', '163239623329115')));
    equal(runs.length, 2, 'runs');
  });

  test('the memory log is bounded in entries and in age; a claim lapses when its attempt never ends', async () => {
    let clock = 0;
    const log = createMemoryDeliveryLog({ maxEntries: 2, maxAgeMs: 1000, claimMs: 100, now: () => clock });
    equal([log.claim('a', '1'), log.claim('b', '2'), log.claim('a', '3')], ['claimed', 'claimed', 'running'], 'a, b');
    log.complete('a', '1');
    equal(log.claim('a', '3'), 'done', 'a done');
    log.release('b', 'someone else');
    equal(log.claim('b', '3'), 'running', 'only the owner releases');
    clock = 150;
    equal(log.claim('b', '3'), 'claimed', 'the claim on b lapsed');
    log.complete('b', '3');
    log.claim('c', '4'); // evicts a, the oldest
    equal(log.claim('a', '5'), 'claimed', 'a evicted');
    clock = 5000;
    log.complete('a', '5');
    equal(log.claim('b', '6'), 'claimed', 'b expired');
  });
});
