// HMAC-SHA256 through Web Crypto (globalThis.crypto.subtle): the one primitive both the identity
// signature and the web-hook signature are made of, available on Node 20+, Deno, Bun, workers and
// browsers alike.
import { toBytes, toHex, type RawBody } from './bytes';

/** Lowercase hex HMAC-SHA256 of `message` with `secret` (UTF-8). */
export async function hmacSha256Hex(secret: string, message: RawBody): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new Error(
      '@crispkit/server: Web Crypto (globalThis.crypto.subtle) is not available here; it needs Node 20+, Deno, Bun, a worker runtime, or a browser page served over https or from localhost',
    );
  const key = await subtle.importKey('raw', toBytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await subtle.sign('HMAC', key, toBytes(message)));
}

/** Throws a clear error for a secret that is missing or empty: a server misconfiguration, not bad input. */
export function assertSecret(secret: unknown, where: string): asserts secret is string {
  if (typeof secret != 'string' || secret === '')
    throw new TypeError(
      `@crispkit/server: ${where} needs a secret (a non-empty string), got ${secret === '' ? 'an empty string' : typeof secret}; read it from the server's environment and never ship it to the browser`,
    );
}
