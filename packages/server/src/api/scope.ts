// The website a call acts on (the call's own, else the client's default) and path segments made
// safe, shared by every group of operations.

export interface CallOptions {
  /** Aborts the call, its retries and the waits between them. */
  signal?: AbortSignal;
}

export interface WebsiteScoped extends CallOptions {
  /** The website to act on; default: the client's `websiteId`. */
  websiteId?: string;
}

export type WebsiteOf = (given: string | undefined) => string;

export function websiteResolver(fallback: string | undefined): WebsiteOf {
  return (given) => {
    const websiteId = given ?? fallback;
    if (typeof websiteId != 'string' || websiteId === '')
      throw new TypeError('@crispkit/server: no websiteId: pass it to createCrispApi({ websiteId }) or to the call');
    return websiteId;
  };
}

/** `.` and `..`, also percent-encoded: URL parsing resolves `%2E%2E` as it resolves `..`. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * One path segment: an id, an email, a locale; encoded so `/`, `?` or `#` cannot change the route,
 * and never `.` or `..` (which would climb out of it: a session id `..` would name the website).
 */
export function segment(value: string, name: string): string {
  if (typeof value != 'string' || value === '')
    throw new TypeError(`@crispkit/server: ${name} must be a non-empty string`);
  if (DOT_SEGMENT.test(value))
    throw new TypeError(`@crispkit/server: ${name} must not be "." or ".." (a path step, not an id), got "${value}"`);
  return encodeURIComponent(value);
}

/** A page number in the path: a whole number from 1 (Crisp's first page), never NaN, 0, -1 or 1.5. */
export function pageSegment(page: number): string {
  if (!Number.isSafeInteger(page) || page < 1)
    throw new TypeError(`@crispkit/server: page must be a whole number from 1, got ${String(page)}`);
  return String(page);
}

/** True when a free-form path (`request(method, path)`) has a `.` or `..` step, which would leave the base URL. */
export const climbsOut = (path: string) =>
  (path.split(/[?#]/)[0] ?? '').split('/').some((step) => DOT_SEGMENT.test(step));

/** The signal, when one was given (exactOptionalPropertyTypes: never `signal: undefined`). */
export const withSignal = (options: CallOptions): { signal?: AbortSignal } =>
  options.signal ? { signal: options.signal } : {};
