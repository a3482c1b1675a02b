// One call to Crisp's REST API: authentication, the per-attempt time-out, Crisp's body shape, and
// the retry loop (retry-policy.ts decides what may be sent again). Fetch, AbortController and
// timers only, so it runs wherever `fetch` does.
import { CrispApiError, kindOfStatus, type CrispApiErrorKind } from './errors';
import {
  backoffMilliseconds,
  isGatewayStatus,
  isIdempotent,
  isRateLimitStatus,
  retryAfterMilliseconds,
  type ResolvedRetry,
} from './retry-policy';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  /** Query parameters; `undefined` and `null` are left out, booleans are sent as `1` / `0`. */
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  /**
   * Whether sending it twice changes nothing, so a lost answer or a 502/503/504 may be retried.
   * Defaults: true for GET, HEAD, PUT and DELETE, false for PATCH; a POST is never retried after
   * it may have been processed, whatever this says.
   */
  idempotent?: boolean;
  /** Aborts the call, its retries and the waits between them. */
  signal?: AbortSignal;
}

/** A successful answer: Crisp's `data` and `reason`, the status and the headers. */
export interface CrispAnswer<Data> {
  status: number;
  reason: string | null;
  data: Data;
  headers: Record<string, string>;
}

/** Told before each wait caused by a 429 or 420. */
export interface RateLimitEvent {
  method: string;
  path: string;
  /** 429 or 420. */
  status: number;
  /** The attempt that was limited, from 1. */
  attempt: number;
  maxAttempts: number;
  /** How long the client will wait before the next attempt, in milliseconds. */
  delayMs: number;
  /** What `Retry-After` asked for, in milliseconds, or null when Crisp sent none. */
  retryAfterMs: number | null;
}

/** Return `false` to stop retrying now: the call rejects with a `rate-limit` error you can queue. */
export type RateLimitHook = (event: RateLimitEvent) => boolean | void | Promise<boolean | void>;

export interface TransportConfig {
  baseUrl: string;
  /** The Authorization header; throws a TypeError when the token is missing. */
  authorization: () => string;
  tier: string;
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  timeoutMs: number;
  retry: ResolvedRetry;
  onRateLimit: RateLimitHook | undefined;
  random: () => number;
  maxResponseBytes: number;
}

export type Transport = <Data = unknown>(
  method: HttpMethod,
  path: string,
  options?: RequestOptions,
) => Promise<CrispAnswer<Data>>;

/** Why an attempt got no answer (or one too large to read). */
type NoAnswer = { failure: 'network' | 'timeout' | 'aborted' | 'too-large'; cause: unknown; status?: number };

class AnswerTooLarge extends Error {
  override name = 'AnswerTooLarge';
}

/** The answer's text, read up to `maxBytes`: past that the body is cancelled and the call fails. */
async function boundedText(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => new AnswerTooLarge(`the answer is larger than maxResponseBytes (${maxBytes} bytes)`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}
type Answered = { response: Response; text: string };

const headersOf = (response: Response): Record<string, string> => {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  return headers;
};

/** Crisp's body, `{ error, reason, data }`, or null when the answer is not JSON (a gateway's HTML page). */
function parseBody(text: string): { error?: unknown; reason?: unknown; data?: unknown } | null {
  if (text === '') return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed == 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as { error?: unknown; reason?: unknown; data?: unknown })
      : null;
  } catch {
    return null;
  }
}

function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== null)
      params.append(name, typeof value == 'boolean' ? (value ? '1' : '0') : String(value));
  const text = params.toString();
  return text ? '?' + text : '';
}

/** Waits `ms`, or rejects as soon as `signal` aborts (a cancelled call must not sit in a backoff). */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createTransport(config: TransportConfig): Transport {
  /** One request, its body read in full, under the time-out and the caller's signal. */
  async function attempt(
    url: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
  ): Promise<Answered | NoAnswer> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, config.timeoutMs);
    const onAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response | undefined;
    try {
      // Redirects are not followed: Crisp's API does not redirect, and following one would send the
      // tier header and a body (a 307's) to wherever it points.
      response = await config.fetch(url, { ...init, redirect: 'manual', signal: controller.signal });
      // The time-out covers the body too: a slow body is as unanswered as a slow status line.
      const text = init.method == 'HEAD' ? '' : await boundedText(response, config.maxResponseBytes);
      return { response, text };
    } catch (cause) {
      if (cause instanceof AnswerTooLarge) return { failure: 'too-large', cause, status: response?.status ?? 0 };
      return { failure: signal?.aborted ? 'aborted' : timedOut ? 'timeout' : 'network', cause };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return async function request<Data>(
    method: HttpMethod,
    path: string,
    options: RequestOptions = {},
  ): Promise<CrispAnswer<Data>> {
    const { retry, random } = config;
    const idempotent = isIdempotent(method, options.idempotent);
    const url = config.baseUrl + path + queryString(options.query);
    const headers: Record<string, string> = {
      authorization: config.authorization(),
      'x-crisp-tier': config.tier,
      accept: 'application/json',
    };
    const hasBody = options.body !== undefined;
    if (hasBody) headers['content-type'] = 'application/json';
    const init: RequestInit = { method, headers, ...(hasBody ? { body: JSON.stringify(options.body) } : {}) };
    const signal = options.signal;

    const fail = (
      kind: CrispApiErrorKind,
      attempts: number,
      extra: {
        status?: number;
        reason?: string | null;
        data?: unknown;
        headers?: Record<string, string>;
        retryAfterMs?: number | null;
        cause?: unknown;
      } = {},
    ) =>
      new CrispApiError({
        kind,
        status: extra.status ?? 0,
        reason: extra.reason ?? null,
        data: extra.data ?? null,
        method,
        path,
        headers: extra.headers ?? {},
        attempts,
        retryAfterMs: extra.retryAfterMs ?? null,
        ...(extra.cause === undefined ? {} : { cause: extra.cause }),
      });

    const pause = async (ms: number, attempts: number) => {
      try {
        await wait(ms, signal);
      } catch (cause) {
        throw fail('aborted', attempts, { cause });
      }
    };

    for (let count = 1; ; count++) {
      if (signal?.aborted) throw fail('aborted', count - 1, { cause: signal.reason });
      const outcome = await attempt(url, init, signal);
      const last = count >= retry.maxAttempts;

      if ('failure' in outcome) {
        if (outcome.failure == 'aborted') throw fail('aborted', count, { cause: outcome.cause });
        // Answered, but too large to be Crisp's: not retried (the same request would get the same).
        if (outcome.failure == 'too-large')
          throw fail('unexpected', count, { status: outcome.status ?? 0, cause: outcome.cause });
        // No answer: it may have been processed, so only what is safe to repeat goes again.
        if (idempotent && !last) {
          await pause(backoffMilliseconds(count, retry, random), count);
          continue;
        }
        throw fail(outcome.failure, count, { cause: outcome.cause });
      }

      const { response, text } = outcome;
      const status = response.status;
      const body = parseBody(text);
      const reason = typeof body?.reason == 'string' ? body.reason : null;
      const answerHeaders = headersOf(response);
      if (status >= 200 && status < 300)
        return { status, reason, data: (body?.data ?? null) as Data, headers: answerHeaders };

      const details = { status, reason, data: body?.data ?? null, headers: answerHeaders };
      if (isRateLimitStatus(status)) {
        // Not processed: any method may go again, within the budget.
        const retryAfterMs = retryAfterMilliseconds(response.headers.get('retry-after'), Date.now());
        const delayMs = retryAfterMs ?? backoffMilliseconds(count, retry, random);
        let giveUp = last || delayMs > retry.maxDelayMs;
        if (!giveUp && config.onRateLimit) {
          const event: RateLimitEvent = {
            method,
            path,
            status,
            attempt: count,
            maxAttempts: retry.maxAttempts,
            delayMs,
            retryAfterMs,
          };
          giveUp = (await config.onRateLimit(event)) === false;
        }
        if (giveUp) throw fail('rate-limit', count, { ...details, retryAfterMs });
        await pause(delayMs, count);
        continue;
      }
      if (isGatewayStatus(status) && idempotent && !last) {
        await pause(backoffMilliseconds(count, retry, random), count);
        continue;
      }
      throw fail(kindOfStatus(status, reason), count, details);
    }
  };
}
