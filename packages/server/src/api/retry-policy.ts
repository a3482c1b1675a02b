// When a failed attempt may be sent again, and after how long. The rule that matters: only what
// Crisp did not process (429, 420) is retried for every method; what may have been processed
// (no answer, a gateway error) is retried only where doing it twice changes nothing.

export interface RetryOptions {
  /** Requests per call, the first one included. Default 4. */
  maxAttempts?: number;
  /** The first backoff ceiling, in milliseconds; it doubles per attempt (full jitter below it). Default 1000. */
  baseDelayMs?: number;
  /**
   * The longest wait between two attempts, in milliseconds. A `Retry-After` longer than this ends
   * the call at once with a `rate-limit` error (queue it for later rather than hold a request open). Default 30000.
   */
  maxDelayMs?: number;
}

export interface ResolvedRetry {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: ResolvedRetry = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };

export function resolveRetry(options: RetryOptions | undefined): ResolvedRetry {
  const pick = (value: number | undefined, fallback: number, min: number) =>
    typeof value == 'number' && Number.isFinite(value) ? Math.max(min, value) : fallback;
  return {
    maxAttempts: Math.floor(pick(options?.maxAttempts, DEFAULT_RETRY.maxAttempts, 1)),
    baseDelayMs: pick(options?.baseDelayMs, DEFAULT_RETRY.baseDelayMs, 0),
    maxDelayMs: pick(options?.maxDelayMs, DEFAULT_RETRY.maxDelayMs, 0),
  };
}

/** Statuses that mean "not processed": Crisp's rate limits. */
export const isRateLimitStatus = (status: number): boolean => status == 429 || status == 420;

/** Gateway statuses: the request may or may not have reached Crisp's application. */
export const isGatewayStatus = (status: number): boolean => status == 502 || status == 503 || status == 504;

/**
 * Whether doing the request twice has the effect of doing it once. GET and HEAD read; PUT and
 * DELETE are idempotent by definition; PATCH only when the caller says so (the client does for
 * state, meta and profile updates, which set values rather than add); POST never, since a second
 * POST after a lost answer can send a message twice.
 */
export function isIdempotent(method: string, declared: boolean | undefined): boolean {
  const verb = method.toUpperCase();
  if (verb == 'POST') return false;
  if (verb == 'GET' || verb == 'HEAD' || verb == 'PUT' || verb == 'DELETE') return declared !== false;
  return declared === true;
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMilliseconds(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Full jitter (a random wait between zero and the exponential ceiling), so many clients limited at
 * the same moment do not come back at the same moment. `attempt` is the attempt that just failed, from 1.
 */
export function backoffMilliseconds(attempt: number, retry: ResolvedRetry, random: () => number): number {
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const draw = Math.min(Math.max(random(), 0), 1);
  return Math.floor(draw * ceiling);
}
