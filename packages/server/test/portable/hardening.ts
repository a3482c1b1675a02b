// The web-hook handler's limits on the runtime at hand, with bodies as streams the test controls:
// refused from the headers before a byte is pulled, a declared or streamed body over the cap, a
// body too slow, a missing secret.
import { createWebhookHandler, signWebhook, type WebhookHandlerOptions } from '@crispkit/server';
import { MESSAGE_SEND_BODY } from '../vectors';
import { equal, ok, suite } from './harness';

const SECRET = 'plugin-secret';
const AT = 1_700_000_000;
const FAKE_SIGNATURE = 'ab'.repeat(32);
const encoder = new TextEncoder();

/** A body that counts what was pulled from it and whether it was cancelled; `stall` after that many chunks. */
function probe(chunk: Uint8Array, options: { chunks?: number; stall?: number } = {}) {
  const state = { pulled: 0, cancelled: false };
  const { chunks = Infinity, stall = Infinity } = options;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled >= stall) return new Promise<void>(() => undefined);
        if (state.pulled >= chunks) return controller.close();
        state.pulled++;
        controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    // Nothing is pulled before someone reads.
    { highWaterMark: 0 },
  );
  return { stream, state };
}

const hook = (body: BodyInit, headers: Record<string, string>) =>
  new Request('https://app.test/hooks/crisp', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

const handlerWith = (options: Partial<WebhookHandlerOptions> = {}) =>
  createWebhookHandler({ secret: SECRET, now: () => AT * 1000, on: {}, deliveries: false, ...options });

const answer = async (response: Response) => `${response.status} ${await response.text()}`;

export const hardening = suite('web-hook handler limits', (test) => {
  test('a missing or malformed signature or timestamp is answered 401 before any of the body is pulled', async () => {
    const cases: [string, Record<string, string>][] = [
      ['missing-signature', { 'x-crisp-request-timestamp': String(AT) }],
      ['missing-timestamp', { 'x-crisp-signature': FAKE_SIGNATURE }],
      ['missing-timestamp', { 'x-crisp-signature': FAKE_SIGNATURE, 'x-crisp-request-timestamp': '1e9' }],
      ['bad-signature', { 'x-crisp-signature': 'xyz', 'x-crisp-request-timestamp': String(AT) }],
    ];
    for (const [reason, headers] of cases) {
      const { stream, state } = probe(new Uint8Array(1024));
      equal(await answer(await handlerWith()(hook(stream, headers))), `401 ${reason}`, reason);
      equal(state.pulled, 0, `${reason}: nothing pulled`);
    }
  });

  test('a body over maxBodyBytes is answered 413: declared, without a pull; streamed, cancelled past the cap', async () => {
    const headers = { 'x-crisp-request-timestamp': String(AT), 'x-crisp-signature': FAKE_SIGNATURE };
    const declared = probe(new Uint8Array(1024));
    const response = await handlerWith({ maxBodyBytes: 4096 })(
      hook(declared.stream, { ...headers, 'content-length': '1000000' }),
    );
    equal(await answer(response), '413 body-too-large', 'declared');
    equal(declared.state.pulled, 0, 'declared: nothing pulled');

    const streamed = probe(new Uint8Array(1024));
    equal(
      await answer(await handlerWith({ maxBodyBytes: 4096 })(hook(streamed.stream, headers))),
      '413 body-too-large',
      'streamed',
    );
    ok(streamed.state.cancelled, 'streamed: cancelled');
    ok(streamed.state.pulled <= 6, `streamed: stopped at the cap (${streamed.state.pulled} chunks of 1 KiB)`);
  });

  test('the default cap is 1 MiB: a signed delivery of exactly 1 MiB is handled, one byte more is refused', async () => {
    const base = JSON.parse(MESSAGE_SEND_BODY) as Record<string, unknown>;
    const padded = (size: number) => {
      const bytes = encoder.encode(JSON.stringify({ ...base, padding: '' })).length;
      return JSON.stringify({ ...base, padding: 'x'.repeat(size - bytes) });
    };
    for (const [size, expected] of [
      [1024 * 1024, '200 ok'],
      [1024 * 1024 + 1, '413 body-too-large'],
    ] as const) {
      const body = padded(size);
      const headers = {
        'x-crisp-request-timestamp': String(AT),
        'x-crisp-signature': await signWebhook(body, AT, SECRET),
      };
      equal(await answer(await handlerWith()(hook(body, headers))), expected, `${size} bytes`);
    }
  });

  test('a body slower than bodyTimeoutMs is answered 408 and cancelled', async () => {
    const slow = probe(encoder.encode('{'), { stall: 1 });
    const headers = {
      'x-crisp-request-timestamp': String(AT),
      'x-crisp-signature': await signWebhook(MESSAGE_SEND_BODY, AT, SECRET),
    };
    equal(
      await answer(await handlerWith({ bodyTimeoutMs: 30 })(hook(slow.stream, headers))),
      '408 body-timeout',
      'answer',
    );
    ok(slow.state.cancelled, 'cancelled');
  });

  test('no secret: creating the handler is fine (build time), a hook is answered 500 without reading its body', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (error: unknown) => void errors.push(error);
    try {
      const handler = createWebhookHandler({ secret: '', on: {} });
      for (let i = 0; i < 2; i++) {
        const { stream, state } = probe(new Uint8Array(16));
        const headers = { 'x-crisp-request-timestamp': String(AT), 'x-crisp-signature': FAKE_SIGNATURE };
        equal(await answer(await handler(hook(stream, headers))), '500 missing-secret', 'answer');
        equal(state.pulled, 0, 'nothing pulled');
      }
    } finally {
      console.error = original;
    }
    equal(errors.length, 1, 'reported once');
  });
});
