// Verifying a signed (plugin) web hook: the signature over the raw body, checked by Web Crypto's
// `subtle.verify`, a replay window, then the parsed event. Bad input is an answer, never an exception.
import { concatBytes, isRawBody, toBytes, type RawBody } from './bytes';
import { parseWebhookEvent, type WebhookEvent } from './events';
import { assertSecret, hmacSha256Hex, verifyHmacSha256Hex } from './hmac';
import { isFresh, timestampText } from './timestamp';

export interface WebhookInput {
  /** The body exactly as received (never a re-serialised object: any spacing change breaks the signature). */
  body: RawBody;
  /** The `X-Crisp-Request-Timestamp` header. */
  timestamp: string | number | null | undefined;
  /** The `X-Crisp-Signature` header. */
  signature: string | null | undefined;
}

export interface VerifyOptions {
  /** How far the timestamp may be from now, either way, in seconds. Default 300. */
  toleranceSeconds?: number;
  /** The current time in milliseconds since the epoch (tests). Default `Date.now()`. */
  now?: number;
}

export type WebhookFailure = 'missing-signature' | 'missing-timestamp' | 'bad-signature' | 'stale' | 'malformed-body';

export type WebhookResult = { ok: true; event: WebhookEvent } | { ok: false; reason: WebhookFailure };

export const DEFAULT_TOLERANCE_SECONDS = 300;

const encoder = new TextEncoder();

/**
 * The signature Crisp sends for `body` at `timestamp`: HMAC-SHA256, lowercase hex, over
 * `"[" + timestamp + ";" + body + "]"`, the body's bytes untouched. Exported for tests and for
 * signing deliveries to a local endpoint.
 */
export async function signWebhook(body: RawBody, timestamp: string | number, secret: string): Promise<string> {
  assertSecret(secret, 'signWebhook(body, timestamp, secret)');
  return hmacSha256Hex(secret, signedMessage(toBytes(body), String(timestamp)));
}

/** `[timestamp;body]`, the bytes Crisp signs. */
const signedMessage = (body: Uint8Array, timestamp: string) =>
  concatBytes([encoder.encode(`[${timestamp};`), body, encoder.encode(']')]);

/**
 * Checks a plugin web hook. In order: a signature and a whole-number timestamp are present, the
 * signature matches (`subtle.verify`; any length or case other than Crisp's 64 lowercase hex is refused), the timestamp is within the window, the body is
 * Crisp's JSON envelope. The signature is checked before the age, so `stale` means a genuine but
 * old (replayed or delayed) delivery, worth telling from a forgery when debugging clock drift.
 * Resolves `{ ok: false, reason }` for any bad input; rejects only for a missing secret.
 */
export async function verifyWebhook(
  input: WebhookInput,
  secret: string,
  options: VerifyOptions = {},
): Promise<WebhookResult> {
  assertSecret(secret, 'verifyWebhook(input, secret)');
  // Typed callers always pass an object; untyped ones (plain JS, a bad cast) may not.
  const given: Partial<WebhookInput> = typeof input == 'object' && input !== null ? input : {};
  const signature = given.signature;
  if (typeof signature != 'string' || signature === '') return { ok: false, reason: 'missing-signature' };
  const timestamp = timestampText(given.timestamp);
  if (timestamp === null) return { ok: false, reason: 'missing-timestamp' };
  const body = given.body;
  if (!isRawBody(body)) return { ok: false, reason: 'malformed-body' };

  const bytes = toBytes(body);
  if (!(await verifyHmacSha256Hex(secret, signedMessage(bytes, timestamp), signature)))
    return { ok: false, reason: 'bad-signature' };

  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (!isFresh(timestamp, options.now ?? Date.now(), tolerance)) return { ok: false, reason: 'stale' };

  const event = parseWebhookEvent(bytes);
  return event ? { ok: true, event } : { ok: false, reason: 'malformed-body' };
}
