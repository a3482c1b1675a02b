// Signing and verification on the runtime at hand: known answers (computed with OpenSSL), the
// refusals, and the website hooks' key.
import { signIdentity, signWebhook, verifyWebhook, verifyWebsiteHook } from '@crispkit/server';
import { IDENTITY_VECTORS, WEBHOOK_VECTORS } from '../vectors';
import { equal, ok, rejection, suite } from './harness';

const first = WEBHOOK_VECTORS[0]!;
const now = Number(first.timestamp) * 1000;
const check = (change: Partial<{ body: string; timestamp: string; signature: string }>, at = now) =>
  verifyWebhook({ ...first, ...change }, first.secret, { now: at }).then((r) => (r.ok ? 'ok' : r.reason));

export const signing = suite('signing and verification', (test) => {
  test('signIdentity gives the known answers', async () => {
    for (const vector of IDENTITY_VECTORS)
      equal(await signIdentity(vector.email, vector.secret), vector.signature, vector.email);
  });

  test('signWebhook gives the known answers, and verifyWebhook accepts them', async () => {
    for (const vector of WEBHOOK_VECTORS) {
      equal(await signWebhook(vector.body, vector.timestamp, vector.secret), vector.signature, 'signature');
      const result = await verifyWebhook(vector, vector.secret, { now: Number(vector.timestamp.slice(0, 10)) * 1000 });
      ok(result.ok, `verifies ${vector.timestamp}`);
    }
  });

  test('a changed body, timestamp or signature, another case or length: bad-signature', async () => {
    equal(await check({ body: first.body.replace('Ada', 'Eve') }), 'bad-signature', 'body');
    equal(await check({ timestamp: String(Number(first.timestamp) + 1) }), 'bad-signature', 'timestamp');
    equal(await check({ signature: first.signature.toUpperCase() }), 'bad-signature', 'upper case');
    equal(await check({ signature: first.signature.slice(0, -1) }), 'bad-signature', 'shorter');
    equal(await check({ signature: first.signature + '0' }), 'bad-signature', 'longer');
    const flipped = (first.signature[0] == 'a' ? 'b' : 'a') + first.signature.slice(1);
    equal(await check({ signature: flipped }), 'bad-signature', 'one character');
  });

  test('missing parts and old deliveries are told apart', async () => {
    equal(await check({ signature: '' }), 'missing-signature', 'no signature');
    equal(await check({ timestamp: 'soon' }), 'missing-timestamp', 'no timestamp');
    equal(await check({}, now + 301_000), 'stale', 'five minutes and one second later');
  });

  test('website hooks: the key in the URL, compared through Web Crypto', async () => {
    const key = 'k3y+/=';
    equal(await verifyWebsiteHook({ url: 'https://x.test/h?key=' + encodeURIComponent(key) }, key), true, 'right key');
    equal(await verifyWebsiteHook({ url: 'https://x.test/h?key=k3y' }, key), false, 'prefix');
    equal(await verifyWebsiteHook({ url: 'https://x.test/h' }, key), false, 'none');
    const error = await rejection(verifyWebsiteHook({ url: 'https://x.test/h?key=' }, ''), 'empty key');
    ok(error instanceof TypeError, 'a TypeError for a missing key');
  });
});
