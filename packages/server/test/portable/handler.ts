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

  test('the memory log is bounded in entries and in age', async () => {
    let clock = 0;
    const log = createMemoryDeliveryLog({ maxEntries: 2, maxAgeMs: 1000, now: () => clock });
    equal([log.seen('a'), log.seen('b'), log.seen('a')], [false, false, true], 'a and b');
    log.seen('c'); // evicts a, the oldest
    equal(log.seen('a'), false, 'a evicted');
    clock = 5000;
    equal(log.seen('c'), false, 'c expired');
  });
});
