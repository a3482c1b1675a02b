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

/** One path segment: an id, an email, a locale; encoded so `/`, `?` or `#` cannot change the route. */
export function segment(value: string | number, name: string): string {
  if ((typeof value != 'string' || value === '') && typeof value != 'number')
    throw new TypeError(`@crispkit/server: ${name} must be a non-empty string`);
  return encodeURIComponent(String(value));
}

/** The signal, when one was given (exactOptionalPropertyTypes: never `signal: undefined`). */
export const withSignal = (options: CallOptions): { signal?: AbortSignal } =>
  options.signal ? { signal: options.signal } : {};
