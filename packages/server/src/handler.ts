// A standard Fetch handler for plugin web hooks: check the headers, read the raw body once and
// bounded, verify, claim the delivery, dispatch to the app's typed handlers, and answer with the
// status Crisp acts on (2xx done, anything else retried).
import { createMemoryDeliveryLog, type DeliveryLog } from './delivery-log';
import type { KnownWebhookEventName, WebhookEvent, WebhookEventMap } from './events';
import { assertSecret, isSignatureShaped, sha256Hex } from './hmac';
import { discardBody, readSignedFrame, type BodyFailure } from './read-body';
import { timestampMilliseconds, timestampText } from './timestamp';
import { verifyFrame, type WebhookFailure } from './verify';

/** What a handler knows about the delivery, so it can be idempotent and log usefully. */
export interface WebhookContext<Name extends string = string> {
  event: Name;
  websiteId: string;
  /** The request timestamp (verified), in milliseconds since the epoch. */
  timestamp: number;
  /** `X-Crisp-Hook-Origin`: what produced the hook (null when absent). */
  hookOrigin: string | null;
  /** `X-Delivery-Attempt-Count`: 1 for the first try, more on Crisp's retries (null when absent). */
  deliveryAttempt: number | null;
  /** `X-Delivery-Attempt-Limit`: the try after which Crisp gives up (null when absent). */
  deliveryAttemptLimit: number | null;
  /** The delivery's key in the delivery log: the same on each of Crisp's tries. */
  deliveryKey: string;
  /** The original request (its body is already read). */
  request: Request;
}

/** What a handler may return: anything, or a promise; the answer waits for it. */
type HandlerResult = unknown;

export type WebhookHandlers = {
  [Name in KnownWebhookEventName]?: (
    data: WebhookEventMap[Name],
    context: WebhookContext<Name>,
  ) => HandlerResult | Promise<HandlerResult>;
} & {
  /**
   * Every event without a handler of its own (including names this package has no type for).
   * It receives the whole envelope, so it can switch on `event.event`.
   */
  '*'?: (event: WebhookEvent, context: WebhookContext) => HandlerResult | Promise<HandlerResult>;
};

export interface WebhookHandlerOptions {
  /** The plugin's web-hook secret (from the server's environment; checked per hook, not at creation). */
  secret: string;
  on: WebhookHandlers;
  /** The replay window, in seconds either way. Default 300. */
  toleranceSeconds?: number;
  /** Told about a handler that threw (the answer is then 500, so Crisp retries) and a delivery log that failed. */
  onError?: (error: unknown, context: WebhookContext) => void;
  /** The clock, in milliseconds since the epoch (tests). Default `Date.now`. */
  now?: () => number;
  /**
   * Where deliveries are claimed and remembered, so that a repeat runs no handler. Default: this
   * handler's own memory (10,000 keys, 24 hours); pass a shared store when several instances
   * receive hooks (`createRedisDeliveryLog` from `@crispkit/server/redis`), or `false` to run
   * every delivery.
   */
  deliveries?: DeliveryLog | false;
  /**
   * A delivery's key. Default: the website, the event name and the SHA-256 of the raw body, which
   * is the same on each of Crisp's tries of one delivery.
   */
  deliveryKey?: (event: WebhookEvent, body: Uint8Array) => string | Promise<string>;
  /** How long one call to the delivery log may take before the hook is answered 503. Default 1000 ms. */
  deliveryLogTimeoutMs?: number;
  /** The largest body read, in bytes; a larger one is answered 413 without being kept. Default 1 MiB. */
  maxBodyBytes?: number;
  /** How long reading the body may take, in milliseconds; a slower one is answered 408. Default 10000. */
  bodyTimeoutMs?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;
export const DEFAULT_DELIVERY_LOG_TIMEOUT_MS = 1000;

/** A short plain-text answer; the body is only ever a status word or a reason code. */
const answer = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });

/** The reason's status: a malformed body is the sender's bad request, anything else is unauthorised. */
const failureStatus = (reason: WebhookFailure) => (reason == 'malformed-body' ? 400 : 401);

const BODY_STATUS: Record<BodyFailure, number> = { 'body-too-large': 413, 'body-timeout': 408, 'body-aborted': 400 };

/** A header holding a whole number, or null. */
const counter = (value: string | null): number | null => (value !== null && /^\d+$/.test(value) ? Number(value) : null);

/** Raised when a delivery-log call took longer than allowed. */
class DeliveryLogTimeout extends Error {
  override name = 'DeliveryLogTimeout';
}

/** `value`, or a rejection once `ms` have passed (a store that queues commands while down must not hang the hook). */
async function within<T>(value: T | PromiseLike<T>, ms: number): Promise<T> {
  // Any thenable (a store's own promise type), not only native promises.
  if (typeof (value as PromiseLike<T> | null)?.then != 'function') return value as T;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      value,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new DeliveryLogTimeout(`@crispkit/server: the delivery log did not answer within ${ms} ms`)),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `(request) => Promise<Response>` for Node (with `@crispkit/server/node`), Deno, Bun, workers
 * and Next.js route handlers. Answers: 405 for anything but POST; 401 with the reason when the
 * signature or timestamp header is missing or malformed (before the body is read), or the
 * signature or age is wrong; 413 for a body over `maxBodyBytes`, 408 for one slower than
 * `bodyTimeoutMs`; 400 for a malformed body; 200 `duplicate` for a delivery already handled; 409
 * while another attempt of the same delivery runs; 503 when the delivery log cannot be reached; 200
 * once the event's handler resolved (or when nothing handles the event); 500 when the handler threw
 * (the delivery is released, so Crisp's retry runs it again).
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  // No secret check here: frameworks evaluate route modules at build time, where the server's
  // secrets are not set. A missing secret is answered 500 (and reported once) when a hook comes.
  const {
    secret,
    on,
    toleranceSeconds,
    onError,
    now = Date.now,
    deliveryLogTimeoutMs = DEFAULT_DELIVERY_LOG_TIMEOUT_MS,
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
    bodyTimeoutMs = DEFAULT_BODY_TIMEOUT_MS,
  } = options;
  let secretReported = false;
  const deliveries = options.deliveries === false ? null : (options.deliveries ?? createMemoryDeliveryLog({ now }));
  const keyOf =
    options.deliveryKey ??
    (async (event: WebhookEvent, body: Uint8Array) => `${event.website_id}:${event.event}:${await sha256Hex(body)}`);
  const report = (error: unknown, context: WebhookContext) => {
    try {
      onError?.(error, context);
    } catch {
      // A failing error reporter must not turn the retryable answer into a crash.
    }
  };

  return async (request) => {
    if (request.method != 'POST') {
      discardBody(request);
      return answer(405, 'method-not-allowed', { allow: 'POST' });
    }
    try {
      assertSecret(secret, 'createWebhookHandler({ secret })');
    } catch (error) {
      discardBody(request);
      // Once per handler: every hook fails the same way until the deployment is fixed.
      if (!secretReported) console.error(error);
      secretReported = true;
      return answer(500, 'missing-secret');
    }
    // The headers first: a request that cannot be Crisp's is refused before its body is read.
    const signature = request.headers.get('x-crisp-signature');
    const timestamp = timestampText(request.headers.get('x-crisp-request-timestamp'));
    const early: WebhookFailure | null = !signature
      ? 'missing-signature'
      : timestamp === null
        ? 'missing-timestamp'
        : isSignatureShaped(signature)
          ? null
          : 'bad-signature';
    if (early || !signature || timestamp === null) {
      discardBody(request);
      return answer(401, early ?? 'missing-signature');
    }
    const read = await readSignedFrame(request, timestamp, maxBodyBytes, bodyTimeoutMs);
    if (!read.ok) return answer(BODY_STATUS[read.reason], read.reason);
    const result = await verifyFrame(read.frame, read.body, timestamp, signature, secret, {
      ...(toleranceSeconds === undefined ? {} : { toleranceSeconds }),
      now: now(),
    });
    if (!result.ok) return answer(failureStatus(result.reason), result.reason);

    const event = result.event;
    const context: WebhookContext = {
      event: event.event,
      websiteId: event.website_id,
      timestamp: timestampMilliseconds(timestamp),
      hookOrigin: request.headers.get('x-crisp-hook-origin'),
      deliveryAttempt: counter(request.headers.get('x-delivery-attempt-count')),
      deliveryAttemptLimit: counter(request.headers.get('x-delivery-attempt-limit')),
      deliveryKey: '',
      request,
    };
    // A random id per attempt: only the attempt that claimed a delivery may release it.
    const owner = crypto.randomUUID();
    try {
      context.deliveryKey = await keyOf(event, read.body);
      const claim = deliveries
        ? await within(deliveries.claim(context.deliveryKey, owner), deliveryLogTimeoutMs)
        : 'claimed';
      if (claim == 'done') return answer(200, 'duplicate');
      // Another attempt runs it now; a 200 here would stop Crisp's retries, and that attempt may fail.
      if (claim == 'running') return answer(409, 'delivery-in-progress', { 'retry-after': '10' });
    } catch (error) {
      report(error, context);
      // A claim that reaches the store after the time-out (a client that queued it while the store
      // was down) is taken back by this release, queued behind it.
      if (deliveries && error instanceof DeliveryLogTimeout)
        Promise.resolve()
          .then(() => deliveries.release(context.deliveryKey, owner))
          .catch(() => undefined);
      // Not run: a 5xx makes Crisp try again later.
      return answer(503, 'delivery-log-unavailable', { 'retry-after': '30' });
    }
    try {
      await dispatch(on, event, context);
    } catch (error) {
      report(error, context);
      try {
        if (deliveries) await within(deliveries.release(context.deliveryKey, owner), deliveryLogTimeoutMs);
      } catch (releaseError) {
        // Still claimed: Crisp's retries get 409 until the claim lapses, then run it.
        report(releaseError, context);
      }
      return answer(500, 'handler-error');
    }
    try {
      if (deliveries) await within(deliveries.complete(context.deliveryKey, owner), deliveryLogTimeoutMs);
    } catch (error) {
      // It ran: 200, so that Crisp stops. Until the claim lapses a copy gets 409; after, it may run again.
      report(error, context);
    }
    return answer(200, 'ok');
  };
}

/** Calls the event's own handler, else the catch-all; unhandled events are simply acknowledged. */
async function dispatch(on: WebhookHandlers, event: WebhookEvent, context: WebhookContext): Promise<void> {
  const own = Object.prototype.hasOwnProperty.call(on, event.event)
    ? (on as Record<string, ((data: unknown, context: WebhookContext) => unknown) | undefined>)[event.event]
    : undefined;
  if (own) await own(event.data, context);
  else await on['*']?.(event, context);
}
