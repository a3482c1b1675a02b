// HMAC-SHA256 through Web Crypto (globalThis.crypto.subtle): the one primitive both the identity
// signature and the web-hook signature are made of, available on Node 20+, Deno, Bun, workers and
// browsers alike. Comparisons go through `subtle.verify`, whose comparison is native code: a
// JavaScript compare loop may be optimised into one that stops at the first difference.
import { bytesView, toBytes, toHex, type RawBody } from './bytes';

function subtle(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new Error(
      '@crispkit/server: Web Crypto (globalThis.crypto.subtle) is not available here; it needs Node 20+, Deno, Bun, a worker runtime, or a browser page served over https or from localhost',
    );
  return subtle;
}

const hmacKey = (secret: string, usage: 'sign' | 'verify') =>
  subtle().importKey('raw', toBytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);

/** Lowercase hex HMAC-SHA256 of `message` with `secret` (UTF-8). */
export async function hmacSha256Hex(secret: string, message: RawBody): Promise<string> {
  return toHex(await subtle().sign('HMAC', await hmacKey(secret, 'sign'), bytesView(message)));
}

/** True for 64 lowercase hex characters, the only form of Crisp's signatures (says nothing about the secret). */
export const isSignatureShaped = (signature: string) => /^[0-9a-f]{64}$/.test(signature);

/**
 * True when `signature` is the lowercase hex HMAC-SHA256 of `message` with `secret`. The format
 * check says nothing about the secret (any 64 lowercase hex characters pass it); the value check
 * is `subtle.verify`'s.
 */
export async function verifyHmacSha256Hex(secret: string, message: RawBody, signature: string): Promise<boolean> {
  if (!isSignatureShaped(signature)) return false;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = parseInt(signature.slice(i * 2, i * 2 + 2), 16);
  return subtle().verify('HMAC', await hmacKey(secret, 'verify'), bytes, bytesView(message));
}

/**
 * True when two secrets are equal, without comparing them in JavaScript: `expected` is signed with
 * a key made for this call, and `subtle.verify` checks `given` against that signature, so the time
 * taken says nothing about how much of `given` is right.
 */
export async function secretsEqual(expected: string, given: string): Promise<boolean> {
  const key = (await subtle().generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])) as CryptoKey;
  const mac = await subtle().sign('HMAC', key, toBytes(expected));
  return subtle().verify('HMAC', key, mac, toBytes(given));
}

/** Lowercase hex SHA-256 of `body` (a delivery's identity for de-duplication). */
export async function sha256Hex(body: RawBody): Promise<string> {
  return toHex(await subtle().digest('SHA-256', bytesView(body)));
}

/** Throws a clear error for a secret that is missing or empty: a server misconfiguration, not bad input. */
export function assertSecret(secret: unknown, where: string): asserts secret is string {
  if (typeof secret != 'string' || secret === '')
    throw new TypeError(
      `@crispkit/server: ${where} needs a secret (a non-empty string), got ${secret === '' ? 'an empty string' : typeof secret}; read it from the server's environment and never ship it to the browser`,
    );
}
