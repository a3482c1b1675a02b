// A standard Fetch handler for plugin web hooks: read the raw body once, verify, skip a delivery
// already handled, dispatch to the app's typed handlers, and answer with the status Crisp acts on
// (2xx done, anything else retried).
import { createMemoryDeliveryLog, type DeliveryLog } from './delivery-log';
import type { KnownWebhookEventName, WebhookEvent, WebhookEventMap } from './events';
import { assertSecret, sha256Hex } from './hmac';
import { timestampMilliseconds, timestampText } from './timestamp';
import { verifyWebhook, type WebhookFailure } from './verify';

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
  /** The plugin's web-hook secret (from the server's environment). */
  secret: string;
  on: WebhookHandlers;
  /** The replay window, in seconds either way. Default 300. */
  toleranceSeconds?: number;
  /** Told about a handler that threw (the answer is then 500, so Crisp retries). */
  onError?: (error: unknown, context: WebhookContext) => void;
  /** The clock, in milliseconds since the epoch (tests). Default `Date.now`. */
  now?: () => number;
  /**
   * Where handled deliveries are remembered, so a repeat runs no handler (answered 200
   * `duplicate`). Default: this handler's own memory (10,000 keys, 24 hours); pass a shared store
   * when several instances receive hooks, or `false` to run every delivery.
   */
  deliveries?: DeliveryLog | false;
  /**
   * A delivery's key. Default: the website, the event name and the SHA-256 of the raw body, which
   * is the same on each of Crisp's tries of one delivery.
   */
  deliveryKey?: (event: WebhookEvent, body: Uint8Array) => string | Promise<string>;
}

/** A short plain-text answer; the body is only ever a status word or a reason code. */
const answer = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });

/** The reason's status: a malformed body is the sender's bad request, anything else is unauthorised. */
const failureStatus = (reason: WebhookFailure) => (reason == 'malformed-body' ? 400 : 401);

/** A header holding a whole number, or null. */
const counter = (value: string | null): number | null => (value !== null && /^\d+$/.test(value) ? Number(value) : null);

/**
 * `(request) => Promise<Response>` for Node (with `@crispkit/server/node`), Deno, Bun, workers
 * and Next.js route handlers. Answers: 405 for anything but POST; 401 with the reason when the
 * signature, timestamp or age is wrong; 400 for a malformed body; 200 `duplicate` for a delivery
 * already handled; 200 once the event's handler resolved (or when nothing handles the event); 500
 * when the handler threw (the delivery is forgotten, so Crisp's retry runs it again).
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  // No secret check here: frameworks evaluate route modules at build time, where the server's
  // secrets are not set. A missing secret is answered 500 (and reported once) when a hook comes.
  const { secret, on, toleranceSeconds, onError, now = Date.now } = options;
  let secretReported = false;
  const deliveries = options.deliveries === false ? null : (options.deliveries ?? createMemoryDeliveryLog({ now }));
  const keyOf =
    options.deliveryKey ??
    (async (event: WebhookEvent, body: Uint8Array) => `${event.website_id}:${event.event}:${await sha256Hex(body)}`);
  const report = (error: unknown, context: WebhookContext) => {
    try {
      onError?.(error, context);
    } catch {
      // A failing error reporter must not turn the retryable 500 into a crash.
    }
  };

  return async (request) => {
    if (request.method != 'POST') return answer(405, 'method-not-allowed', { allow: 'POST' });
    try {
      assertSecret(secret, 'createWebhookHandler({ secret })');
    } catch (error) {
      // Once per handler: every hook fails the same way until the deployment is fixed.
      if (!secretReported) console.error(error);
      secretReported = true;
      return answer(500, 'missing-secret');
    }
    let body: Uint8Array;
    try {
      // Read once, as bytes: the signature covers exactly these.
      body = new Uint8Array(await request.arrayBuffer());
    } catch {
      return answer(400, 'malformed-body');
    }
    const timestamp = request.headers.get('x-crisp-request-timestamp');
    const result = await verifyWebhook(
      { body, timestamp, signature: request.headers.get('x-crisp-signature') },
      secret,
      { toleranceSeconds, now: now() },
    );
    if (!result.ok) return answer(failureStatus(result.reason), result.reason);

    const event = result.event;
    const context: WebhookContext = {
      event: event.event,
      websiteId: event.website_id,
      // Verified above, so present and a whole number.
      timestamp: timestampMilliseconds(timestampText(timestamp) ?? '0'),
      hookOrigin: request.headers.get('x-crisp-hook-origin'),
      deliveryAttempt: counter(request.headers.get('x-delivery-attempt-count')),
      deliveryAttemptLimit: counter(request.headers.get('x-delivery-attempt-limit')),
      deliveryKey: '',
      request,
    };
    try {
      context.deliveryKey = await keyOf(event, body);
      if (deliveries && (await deliveries.seen(context.deliveryKey))) return answer(200, 'duplicate');
    } catch (error) {
      // The log is unreachable: a 500 makes Crisp try again later rather than risk a second run.
      report(error, context);
      return answer(500, 'delivery-log-error');
    }
    try {
      await dispatch(on, event, context);
    } catch (error) {
      report(error, context);
      try {
        await deliveries?.forget(context.deliveryKey);
      } catch (forgetError) {
        report(forgetError, context);
      }
      return answer(500, 'handler-error');
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
