// The one error type the REST client rejects with: Crisp's status and reason code, what was asked,
// and a `kind` a caller can switch on without knowing Crisp's codes.

/** What went wrong, in the terms a caller acts on. */
export type CrispApiErrorKind =
  /** 429 or 420 past the retry budget (or refused by `onRateLimit`): not processed, safe to queue and send later. */
  | 'rate-limit'
  /** 404: the session, person, article or website (`not_found`, `session_not_found`, `people_not_found`…). */
  | 'not-found'
  /** 401 or 403, or 404 `not_subscribed`: the token, its tier or its scopes. */
  | 'auth'
  /** 400: Crisp refused the body or the query. */
  | 'invalid-data'
  /** 409: the thing already exists. */
  | 'conflict'
  /** 5xx answered after the retries allowed for this method. */
  | 'server'
  /** No answer: the connection failed or dropped. A POST may or may not have been processed. */
  | 'network'
  /** No answer within `timeoutMs`. A POST may or may not have been processed. */
  | 'timeout'
  /** The caller's `signal` aborted the call. */
  | 'aborted'
  /** Any other status, or an answer that is not Crisp's JSON. */
  | 'unexpected';

export interface CrispApiErrorDetails {
  kind: CrispApiErrorKind;
  /** The HTTP status, or 0 when there was no answer (network, time-out, aborted). */
  status: number;
  /** Crisp's reason code (`invalid_data`, `session_not_found`…), or null when the answer had none. */
  reason: string | null;
  /** Crisp's `data` from the error body (often the failing fields), or null. */
  data: unknown;
  method: string;
  /** The path below the base URL, e.g. `website/…/conversation/…/state`. */
  path: string;
  /** The answer's headers, lowercased names (empty when there was no answer). */
  headers: Record<string, string>;
  /** How many requests this call sent. */
  attempts: number;
  /** For a rate limit: how long Crisp asked to wait (`Retry-After`), in milliseconds, or null. */
  retryAfterMs: number | null;
  cause?: unknown;
}

export class CrispApiError extends Error {
  readonly kind: CrispApiErrorKind;
  readonly status: number;
  readonly reason: string | null;
  readonly data: unknown;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly attempts: number;
  readonly retryAfterMs: number | null;

  constructor(details: CrispApiErrorDetails) {
    const what = details.status ? `${details.status}${details.reason ? ' ' + details.reason : ''}` : details.kind;
    super(
      `Crisp API ${details.method} ${details.path}: ${what} (${details.kind}, ${details.attempts} attempt${details.attempts == 1 ? '' : 's'})`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = 'CrispApiError';
    this.kind = details.kind;
    this.status = details.status;
    this.reason = details.reason;
    this.data = details.data;
    this.method = details.method;
    this.path = details.path;
    this.headers = details.headers;
    this.attempts = details.attempts;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** True for a {@link CrispApiError}, of the given kind when one is named. */
export function isCrispApiError(error: unknown, kind?: CrispApiErrorKind): error is CrispApiError {
  return error instanceof CrispApiError && (kind === undefined || error.kind === kind);
}

/** The kind for an answered error status (retryable ones included: they become errors once retries run out). */
export function kindOfStatus(status: number, reason: string | null): CrispApiErrorKind {
  if (status == 429 || status == 420) return 'rate-limit';
  if (status == 404) return reason == 'not_subscribed' ? 'auth' : 'not-found';
  if (status == 401 || status == 403) return 'auth';
  if (status == 400) return 'invalid-data';
  if (status == 409) return 'conflict';
  if (status >= 500) return 'server';
  return 'unexpected';
}
