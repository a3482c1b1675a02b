// Verifying a signed (plugin) web hook: the signature over the raw body, checked by Web Crypto's
// `subtle.verify`, a replay window, then the parsed event. Bad input is an answer, never an exception.
import { bytesView, isRawBody, type RawBody } from './bytes';
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
  return hmacSha256Hex(secret, signedMessage(bytesView(body), String(timestamp)));
}

/**
 * `[timestamp;body]`, the bytes Crisp signs, in one new buffer with room for `bodyLength` body
 * bytes at `offset` (the caller writes them: the handler reads the request straight into it).
 */
export function signedFrame(timestamp: string, bodyLength: number): { frame: Uint8Array<ArrayBuffer>; offset: number } {
  const head = encoder.encode(`[${timestamp};`);
  const frame = new Uint8Array(head.length + bodyLength + 1);
  frame.set(head);
  frame[frame.length - 1] = 0x5d; // ']'
  return { frame, offset: head.length };
}

/** `[timestamp;body]` for a body held already. */
function signedMessage(body: Uint8Array, timestamp: string): Uint8Array<ArrayBuffer> {
  const { frame, offset } = signedFrame(timestamp, body.length);
  frame.set(body, offset);
  return frame;
}

/**
 * The checks that need the body, on the signed frame of a delivery whose headers passed (the
 * handler and {@link verifyWebhook} share them): signature, age, envelope. `body` is a view into
 * `frame`, never a copy.
 */
export async function verifyFrame(
  frame: Uint8Array<ArrayBuffer>,
  body: Uint8Array,
  timestamp: string,
  signature: string,
  secret: string,
  options: VerifyOptions,
): Promise<WebhookResult> {
  if (!(await verifyHmacSha256Hex(secret, frame, signature))) return { ok: false, reason: 'bad-signature' };
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (!isFresh(timestamp, options.now ?? Date.now(), tolerance)) return { ok: false, reason: 'stale' };
  const event = parseWebhookEvent(body);
  return event ? { ok: true, event } : { ok: false, reason: 'malformed-body' };
}

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

  const bytes = bytesView(body);
  const frame = signedMessage(bytes, timestamp);
  const end = frame.length - 1;
  return verifyFrame(frame, frame.subarray(end - bytes.length, end), timestamp, signature, secret, options);
}
