// verifyWebhook: known answers, every failure reason, the replay window's edges in both units,
// re-serialised bodies, and bad input that must be answered, never thrown.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isWebhookEvent, signWebhook, verifyWebhook, type WebhookInput } from '@crispkit/server';
import { MESSAGE_SEND_BODY, WEBHOOK_VECTORS } from './vectors';

const SECRET = 'plugin-secret';
const nodeSignature = (secret: string, timestamp: string, body: string | Uint8Array) =>
  createHmac('sha256', secret).update(`[${timestamp};`).update(body).update(']').digest('hex');

/** A delivery signed at `timestamp` (seconds), checked at `now`. */
const delivery = (body: string, timestamp: string): WebhookInput => ({
  body,
  timestamp,
  signature: nodeSignature(SECRET, timestamp, body),
});

const AT = 1_700_000_000; // seconds
const NOW = AT * 1000;

describe('verifyWebhook: known answers', () => {
  it.each(WEBHOOK_VECTORS)('verifies the vector at $timestamp', async ({ body, timestamp, secret, signature }) => {
    expect(nodeSignature(secret, timestamp, body)).toBe(signature);
    await expect(signWebhook(body, timestamp, secret)).resolves.toBe(signature);
    const result = await verifyWebhook({ body, timestamp, signature }, secret, { now: NOW });
    expect(result).toEqual({ ok: true, event: JSON.parse(body) });
  });

  it('gives the typed event', async () => {
    const result = await verifyWebhook(delivery(MESSAGE_SEND_BODY, String(AT)), SECRET, { now: NOW });
    if (!result.ok) throw new Error(result.reason);
    expect(isWebhookEvent(result.event, 'message:send')).toBe(true);
    expect(isWebhookEvent(result.event, 'message:received')).toBe(false);
    if (isWebhookEvent(result.event, 'message:send')) expect(result.event.data.content).toBe('Héllo — ça va ?');
  });

  it('accepts the raw body as a string, Uint8Array, Buffer or ArrayBuffer alike', async () => {
    const input = delivery(MESSAGE_SEND_BODY, String(AT));
    const bytes = new TextEncoder().encode(MESSAGE_SEND_BODY);
    // A view into a larger buffer: only its own bytes count.
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    for (const body of [bytes, Buffer.from(MESSAGE_SEND_BODY), bytes.buffer, padded.subarray(4, 4 + bytes.length)])
      expect((await verifyWebhook({ ...input, body }, SECRET, { now: NOW })).ok).toBe(true);
  });

  it('accepts a numeric timestamp as the same text', async () => {
    const input = delivery(MESSAGE_SEND_BODY, String(AT));
    expect((await verifyWebhook({ ...input, timestamp: AT }, SECRET, { now: NOW })).ok).toBe(true);
  });
});

describe('verifyWebhook: every reason', () => {
  const good = delivery(MESSAGE_SEND_BODY, String(AT));
  const check = (input: Partial<WebhookInput>, now = NOW) => verifyWebhook({ ...good, ...input }, SECRET, { now });

  it.each([undefined, null, ''])('missing-signature: %s', async (signature) => {
    expect(await check({ signature })).toEqual({ ok: false, reason: 'missing-signature' });
  });

  it.each([undefined, null, '', 'soon', '17e8', '-1700000000', ' 1700000000', '1700000000.5', 1.5, -1, NaN])(
    'missing-timestamp: %s',
    async (timestamp) => {
      expect(await check({ timestamp })).toEqual({ ok: false, reason: 'missing-timestamp' });
    },
  );

  it('bad-signature: another secret, another timestamp, uppercase hex, a prefix, a longer string', async () => {
    const other = nodeSignature('another secret', String(AT), MESSAGE_SEND_BODY);
    const signature = good.signature!;
    for (const wrong of [
      other,
      signature.toUpperCase(),
      signature.slice(0, 63),
      signature + '0',
      'x',
      signature + signature,
    ])
      expect(await check({ signature: wrong })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(await check({ timestamp: String(AT + 1) }, NOW + 1000)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('bad-signature: the same event re-serialised with other spacing', async () => {
    const reserialised = JSON.stringify(JSON.parse(MESSAGE_SEND_BODY), null, 2);
    expect(JSON.parse(reserialised)).toEqual(JSON.parse(MESSAGE_SEND_BODY));
    expect(await check({ body: reserialised })).toEqual({ ok: false, reason: 'bad-signature' });
    // What hand-written checks sign: JSON.stringify of a parsed body with its keys in another order.
    const { event, ...rest } = JSON.parse(MESSAGE_SEND_BODY) as Record<string, unknown>;
    expect(await check({ body: JSON.stringify({ ...rest, event }) })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('stale: a genuine delivery outside the window', async () => {
    expect(await check({}, NOW + 301_000)).toEqual({ ok: false, reason: 'stale' });
  });

  it.each([
    ['not JSON', 'hello'],
    ['JSON but not an object', '[1,2,3]'],
    ['no event', '{"website_id":"w","data":{}}'],
    ['an empty event', '{"website_id":"w","event":"","data":{}}'],
    ['no website_id', '{"event":"message:send","data":{}}'],
    ['data not an object', '{"website_id":"w","event":"message:send","data":"x"}'],
    ['empty', ''],
  ])('malformed-body: %s (signed, so the signature is not the problem)', async (_label, body) => {
    expect(await check(delivery(body, String(AT)))).toEqual({ ok: false, reason: 'malformed-body' });
  });

  it('malformed-body: bytes that are not UTF-8', async () => {
    const body = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const signature = nodeSignature(SECRET, String(AT), body);
    expect(await verifyWebhook({ body, timestamp: String(AT), signature }, SECRET, { now: NOW })).toEqual({
      ok: false,
      reason: 'malformed-body',
    });
  });

  it('never throws on input of the wrong shape', async () => {
    const weird: unknown[] = [null, undefined, 42, 'body', [], { body: 42, timestamp: AT, signature: 'ab' }];
    for (const input of weird) {
      const result = await verifyWebhook(input as WebhookInput, SECRET, { now: NOW });
      expect(result.ok).toBe(false);
    }
    const badBody = { ...good, body: { parsed: true } as unknown as string };
    expect(await verifyWebhook(badBody, SECRET, { now: NOW })).toEqual({ ok: false, reason: 'malformed-body' });
  });

  it('rejects a missing secret: a misconfiguration, not a bad request', async () => {
    await expect(verifyWebhook(good, '')).rejects.toThrow(/verifyWebhook\(input, secret\) needs a secret/);
  });
});

describe('verifyWebhook: the replay window', () => {
  const check = async (timestamp: string, now: number, toleranceSeconds?: number) => {
    const result = await verifyWebhook(delivery(MESSAGE_SEND_BODY, timestamp), SECRET, { now, toleranceSeconds });
    return result.ok ? 'ok' : result.reason;
  };

  it('seconds: 300 s either way is in, a millisecond more is out', async () => {
    expect(await check(String(AT), NOW)).toBe('ok');
    expect(await check(String(AT), NOW + 300_000)).toBe('ok');
    expect(await check(String(AT), NOW - 300_000)).toBe('ok');
    expect(await check(String(AT), NOW + 300_001)).toBe('stale');
    expect(await check(String(AT), NOW - 300_001)).toBe('stale');
  });

  it('milliseconds: the same window', async () => {
    const at = String(NOW + 123);
    expect(await check(at, NOW + 123 + 300_000)).toBe('ok');
    expect(await check(at, NOW + 123 - 300_000)).toBe('ok');
    expect(await check(at, NOW + 123 + 300_001)).toBe('stale');
    expect(await check(at, NOW + 123 - 300_001)).toBe('stale');
  });

  it('toleranceSeconds sets the window', async () => {
    expect(await check(String(AT), NOW + 10_000, 10)).toBe('ok');
    expect(await check(String(AT), NOW + 10_001, 10)).toBe('stale');
    expect(await check(String(AT), NOW, 0)).toBe('ok');
    expect(await check(String(AT), NOW + 1, 0)).toBe('stale');
  });

  it('defaults to the real clock: a delivery signed now passes, one from an hour ago is stale', async () => {
    const now = Math.floor(Date.now() / 1000);
    const fresh = delivery(MESSAGE_SEND_BODY, String(now));
    const old = delivery(MESSAGE_SEND_BODY, String(now - 3600));
    expect((await verifyWebhook(fresh, SECRET)).ok).toBe(true);
    expect(await verifyWebhook(old, SECRET)).toEqual({ ok: false, reason: 'stale' });
  });
});
