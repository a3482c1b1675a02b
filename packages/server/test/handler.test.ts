// createWebhookHandler, driven through a real HTTP server on 127.0.0.1 (Node's http with the
// @crispkit/server/node adapter) with fetch: statuses, reason codes, typed dispatch, context
// from the headers, the catch-all, and 500 (so Crisp retries) when a handler throws.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWebhookHandler,
  type MessageEventData,
  type WebhookContext,
  type WebhookEvent,
  type WebhookHandlers,
} from '@crispkit/server';
import { toNodeHandler } from '@crispkit/server/node';
import { MESSAGE_SEND_BODY } from './vectors';

const SECRET = 'plugin-secret';
const AT = 1_700_000_000;
const sign = (timestamp: string, body: string) =>
  createHmac('sha256', SECRET).update(`[${timestamp};${body}]`).digest('hex');

/** What the handlers saw, reset before each test. */
const seen: { name: string; data: unknown; context: WebhookContext }[] = [];
let failNext: Error | null = null;
const onError = vi.fn();

const on: WebhookHandlers = {
  'message:send': (data: MessageEventData, context) => {
    seen.push({ name: 'message:send', data, context });
    if (failNext) throw failNext;
  },
  'session:set_email': async (data, context) => {
    // Asynchronous work: the answer must wait for it.
    await Promise.resolve();
    seen.push({ name: 'session:set_email:' + data.email, data, context });
  },
  '*': (event: WebhookEvent, context) => {
    seen.push({ name: '*' + event.event, data: event.data, context });
  },
};

let server: Server;
let url: string;

beforeAll(async () => {
  // Every test re-sends the same bodies: de-duplication has its own suite (deliveries.test.ts).
  const handler = createWebhookHandler({ secret: SECRET, on, onError, now: () => AT * 1000, deliveries: false });
  server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/crisp`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen.length = 0;
  failNext = null;
  onError.mockClear();
});

const deliver = (body: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-crisp-request-timestamp': String(AT),
      'x-crisp-signature': sign(String(AT), body),
      ...headers,
    },
  });

const envelope = (event: string, data: Record<string, unknown>) =>
  JSON.stringify({ website_id: 'w-1', event, data: { website_id: 'w-1', ...data }, timestamp: AT * 1000 });

describe('createWebhookHandler over HTTP', () => {
  it('200 after the event handler ran, with the typed data and the delivery context', async () => {
    const response = await deliver(MESSAGE_SEND_BODY, {
      'x-crisp-hook-origin': 'urn:crisp.im:plugin:0',
      'x-delivery-attempt-count': '2',
      'x-delivery-attempt-limit': '5',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(seen).toHaveLength(1);
    const [call] = seen;
    expect(call!.name).toBe('message:send');
    expect(call!.data).toEqual(JSON.parse(MESSAGE_SEND_BODY).data);
    expect(call!.context).toMatchObject({
      event: 'message:send',
      websiteId: '42286ab3-b29a-4fde-8538-da0ae501d825',
      timestamp: AT * 1000,
      hookOrigin: 'urn:crisp.im:plugin:0',
      deliveryAttempt: 2,
      deliveryAttemptLimit: 5,
    });
    expect(call!.context.request.url).toBe(url);
  });

  it('attempt headers absent or not numbers: null, not NaN', async () => {
    await deliver(MESSAGE_SEND_BODY, { 'x-delivery-attempt-count': 'first' });
    expect(seen[0]!.context).toMatchObject({ hookOrigin: null, deliveryAttempt: null, deliveryAttemptLimit: null });
  });

  it('waits for an asynchronous handler', async () => {
    const response = await deliver(envelope('session:set_email', { session_id: 's', email: 'ada@example.com' }));
    expect(response.status).toBe(200);
    expect(seen.map((s) => s.name)).toEqual(['session:set_email:ada@example.com']);
  });

  it('events without a handler of their own go to the catch-all', async () => {
    const response = await deliver(envelope('campaign:progress', { campaign_id: 'c' }));
    expect(response.status).toBe(200);
    expect(seen.map((s) => s.name)).toEqual(['*campaign:progress']);
    expect(seen[0]!.data).toEqual({ website_id: 'w-1', campaign_id: 'c' });
  });

  it('a name that is an Object.prototype key does not reach the prototype', async () => {
    const response = await deliver(envelope('constructor', {}));
    expect(response.status).toBe(200);
    expect(seen.map((s) => s.name)).toEqual(['*constructor']);
  });

  it('500 when the handler throws, so Crisp retries; onError gets the error and the context', async () => {
    failNext = new Error('database down');
    const response = await deliver(MESSAGE_SEND_BODY);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('handler-error');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toBe(failNext);
    expect(onError.mock.calls[0]![1]).toMatchObject({ event: 'message:send' });
  });

  it.each([
    ['missing-signature', { 'x-crisp-signature': '' }],
    ['missing-timestamp', { 'x-crisp-request-timestamp': '' }],
    ['bad-signature', { 'x-crisp-signature': 'a'.repeat(64) }],
    ['bad-signature', { 'x-crisp-signature': 'short' }],
    [
      'stale',
      { 'x-crisp-request-timestamp': String(AT - 301), 'x-crisp-signature': sign(String(AT - 301), MESSAGE_SEND_BODY) },
    ],
  ])('401 %s, with only the reason in the body, and no handler called', async (reason, headers) => {
    const response = await deliver(MESSAGE_SEND_BODY, headers);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe(reason);
    expect(seen).toEqual([]);
  });

  it('401 bad-signature for a body re-serialised after signing', async () => {
    const response = await deliver(JSON.stringify(JSON.parse(MESSAGE_SEND_BODY), null, 1), {
      'x-crisp-signature': sign(String(AT), MESSAGE_SEND_BODY),
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('bad-signature');
  });

  it('400 malformed-body for a signed body that is not an event', async () => {
    const response = await deliver('{"hello":"world"}');
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('malformed-body');
    expect(seen).toEqual([]);
  });

  it('405 for anything but POST', async () => {
    const response = await fetch(url);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('createWebhookHandler without HTTP', () => {
  it('creating without a secret does not throw (build time); each hook is answered 500, reported once', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ran = vi.fn();
    const handler = createWebhookHandler({ secret: undefined as unknown as string, on: { '*': ran } });
    const request = () =>
      new Request('http://localhost/hook', {
        method: 'POST',
        body: MESSAGE_SEND_BODY,
        headers: { 'x-crisp-request-timestamp': String(AT), 'x-crisp-signature': sign(String(AT), MESSAGE_SEND_BODY) },
      });
    for (let i = 0; i < 3; i++) {
      const response = await handler(request());
      expect([response.status, await response.text()]).toEqual([500, 'missing-secret']);
    }
    expect(ran).not.toHaveBeenCalled();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toMatch(/createWebhookHandler\(\{ secret \}\) needs a secret/);
    logged.mockRestore();
  });

  it('an onError that throws still answers 500', async () => {
    const handler = createWebhookHandler({
      secret: SECRET,
      now: () => AT * 1000,
      on: {
        'message:send': () => Promise.reject(new Error('nope')),
      },
      onError: () => {
        throw new Error('reporter down');
      },
    });
    const request = new Request('http://localhost/hook', {
      method: 'POST',
      body: MESSAGE_SEND_BODY,
      headers: { 'x-crisp-request-timestamp': String(AT), 'x-crisp-signature': sign(String(AT), MESSAGE_SEND_BODY) },
    });
    expect((await handler(request)).status).toBe(500);
  });

  it('uses the real clock by default: a delivery signed now is accepted', async () => {
    const handler = createWebhookHandler({ secret: SECRET, on: {} });
    const now = String(Math.floor(Date.now() / 1000));
    const request = new Request('http://localhost/hook', {
      method: 'POST',
      body: MESSAGE_SEND_BODY,
      headers: { 'x-crisp-request-timestamp': now, 'x-crisp-signature': sign(now, MESSAGE_SEND_BODY) },
    });
    expect((await handler(request)).status).toBe(200);
  });
});
