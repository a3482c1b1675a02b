// Property tests (fast-check): whatever the body, timestamp and secret, a signature made the way
// Crisp makes it verifies; any single-byte change to the body, timestamp or signature fails; and
// signatures of any other length are refused without throwing. Every case is counted, and the
// file fails unless at least 10,000 ran.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { signIdentity, verifyWebhook } from '@crispkit/server';
import { secretsEqual } from '../src/hmac';

let cases = 0;
afterAll(() => {
  console.info(`[properties] ${cases} cases`);
  expect(cases).toBeGreaterThanOrEqual(10_000);
});

/** Node's own signature for the delivery: the independent reference. */
const reference = (secret: string, timestamp: string, body: Uint8Array) =>
  createHmac('sha256', secret).update(`[${timestamp};`).update(body).update(']').digest('hex');

const secrets = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 64 });
const bodies = fc.uint8Array({ maxLength: 512 });
// Seconds or milliseconds since the epoch, from 1970 to well past 2100.
const timestamps = fc.oneof(
  fc.integer({ min: 0, max: 9_999_999_999 }),
  fc.integer({ min: 1e11, max: 9_999_999_999_999 }),
);
const nowOf = (timestamp: number) => (timestamp >= 1e11 ? timestamp : timestamp * 1000);

/** Bodies Crisp could send: the envelope around any JSON data, in any spacing. */
const envelopes = fc
  .record({
    website_id: fc.uuid(),
    event: fc.constantFrom('message:send', 'message:received', 'session:set_data', 'campaign:progress'),
    data: fc.dictionary(fc.string(), fc.jsonValue()),
    timestamp: fc.nat(),
  })
  .chain((envelope) => fc.record({ envelope: fc.constant(envelope), indent: fc.integer({ min: 0, max: 4 }) }));

const run = async <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => Promise<void>) => {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      await predicate(value);
      // Counted once passed: cases skipped by fc.pre (an unchanged "change") do not count.
      cases++;
    }),
    { numRuns },
  );
};

// Thousands of cases per test: a generous time-out, so a busy machine slows them without failing them.
describe('properties', { timeout: 120_000 }, () => {
  it('any body, timestamp and secret: Crisp-style signatures verify (the body being JSON or not)', async () => {
    await run(fc.record({ secret: secrets, body: bodies, timestamp: timestamps }), 2_500, async (c) => {
      const signature = reference(c.secret, String(c.timestamp), c.body);
      const result = await verifyWebhook({ body: c.body, timestamp: c.timestamp, signature }, c.secret, {
        now: nowOf(c.timestamp),
      });
      // Arbitrary bytes are rarely Crisp's envelope: the signature and age passed either way.
      expect(result.ok || result.reason).toSatisfy((r: true | string) => r === true || r === 'malformed-body');
    });
  });

  it('any envelope, in any spacing: verifies and parses to the same event', async () => {
    await run(fc.record({ secret: secrets, sample: envelopes, timestamp: timestamps }), 1_500, async (c) => {
      const body = JSON.stringify(c.sample.envelope, null, c.sample.indent);
      const signature = reference(c.secret, String(c.timestamp), new TextEncoder().encode(body));
      const result = await verifyWebhook({ body, timestamp: String(c.timestamp), signature }, c.secret, {
        now: nowOf(c.timestamp),
      });
      expect(result).toEqual({ ok: true, event: JSON.parse(body) });
    });
  });

  it('any single-byte change to the body fails', async () => {
    const changes = fc
      .record({ secret: secrets, body: fc.uint8Array({ minLength: 1, maxLength: 512 }), timestamp: timestamps })
      .chain((c) =>
        fc.record({
          c: fc.constant(c),
          at: fc.nat({ max: c.body.length - 1 }),
          delta: fc.integer({ min: 1, max: 255 }),
        }),
      );
    await run(changes, 2_000, async ({ c, at, delta }) => {
      const signature = reference(c.secret, String(c.timestamp), c.body);
      const changed = Uint8Array.from(c.body);
      changed[at] = (changed[at]! + delta) % 256;
      const result = await verifyWebhook({ body: changed, timestamp: c.timestamp, signature }, c.secret, {
        now: nowOf(c.timestamp),
      });
      expect(result).toEqual({ ok: false, reason: 'bad-signature' });
    });
  });

  it('any single-character change to the timestamp fails', async () => {
    const changes = fc.record({ secret: secrets, body: bodies, timestamp: timestamps }).chain((c) =>
      fc.record({
        c: fc.constant(c),
        at: fc.nat({ max: String(c.timestamp).length - 1 }),
        to: fc.string({ minLength: 1, maxLength: 1 }),
      }),
    );
    await run(changes, 1_500, async ({ c, at, to }) => {
      const text = String(c.timestamp);
      fc.pre(text[at] !== to);
      const changed = text.slice(0, at) + to + text.slice(at + 1);
      const signature = reference(c.secret, text, c.body);
      const result = await verifyWebhook({ body: c.body, timestamp: changed, signature }, c.secret, {
        now: nowOf(c.timestamp),
      });
      expect(result.ok).toBe(false);
      // A digit for a digit is a well-formed timestamp with the wrong signature; anything else is not a timestamp.
      if (/^\d+$/.test(changed) && changed.length <= 16) expect(result).toEqual({ ok: false, reason: 'bad-signature' });
      else expect(result).toEqual({ ok: false, reason: 'missing-timestamp' });
    });
  });

  it('any single-character change to the signature fails', async () => {
    const changes = fc
      .record({ secret: secrets, body: bodies, timestamp: timestamps })
      .chain((c) =>
        fc.record({ c: fc.constant(c), at: fc.nat({ max: 63 }), to: fc.string({ minLength: 1, maxLength: 1 }) }),
      );
    await run(changes, 1_500, async ({ c, at, to }) => {
      const signature = reference(c.secret, String(c.timestamp), c.body);
      fc.pre(signature[at] !== to);
      const changed = signature.slice(0, at) + to + signature.slice(at + 1);
      const result = await verifyWebhook({ body: c.body, timestamp: c.timestamp, signature: changed }, c.secret, {
        now: nowOf(c.timestamp),
      });
      expect(result).toEqual({ ok: false, reason: 'bad-signature' });
    });
  });

  it('signatures of any other length are refused, never thrown on', async () => {
    const given = fc.string({ unit: 'binary', minLength: 1, maxLength: 130 }).filter((s) => s.length != 64);
    await run(fc.record({ body: bodies, given }), 1_000, async ({ body, given }) => {
      const result = await verifyWebhook({ body, timestamp: 1_700_000_000, signature: given }, 'secret', {
        now: 1_700_000_000_000,
      });
      expect(result).toEqual({ ok: false, reason: 'bad-signature' });
    });
  });

  it('the Web Crypto comparison of secrets agrees with === for any two strings, any lengths', async () => {
    const pairs = fc.oneof(
      fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })),
      fc.string({ unit: 'binary' }).map((s) => [s, s] as const),
      fc.string({ unit: 'binary', minLength: 1 }).map((s) => [s, s.slice(0, -1)] as const),
    );
    await run(pairs, 1_000, async ([a, b]) => {
      expect(await secretsEqual(a, b)).toBe(a === b);
      expect(await secretsEqual(b, a)).toBe(a === b);
    });
  });

  it('signIdentity agrees with Node for any email and secret', async () => {
    const pairs = fc.record({ email: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }), secret: secrets });
    await run(pairs, 1_500, async ({ email, secret }) => {
      expect(await signIdentity(email, secret)).toBe(createHmac('sha256', secret).update(email).digest('hex'));
    });
  });
});
