// createCrispApi: the typed REST client, assembled from the transport (auth, time-out, retries)
// and the groups of operations. No dependencies: fetch, btoa, AbortController and timers.
import { basicAuthorization } from './base64';
import { conversationOperations, type ConversationOperations } from './conversations';
import { helpdeskOperations, type HelpdeskOperations } from './helpdesk';
import { peopleOperations, type PeopleOperations } from './people';
import { resolveRetry, type RetryOptions } from './retry-policy';
import { climbsOut, websiteResolver } from './scope';
import { createTransport, type HttpMethod, type RateLimitHook, type RequestOptions } from './transport';

export type CrispTier = 'plugin' | 'website' | 'user';

export interface CrispApiOptions {
  /** The token's identifier. */
  identifier: string;
  /** The token's key. Server side only: it never belongs in a browser. */
  key: string;
  /** Which kind of token: a Marketplace plugin's, a website's, or a user's. */
  tier: CrispTier;
  /** The website calls act on when they name none. */
  websiteId?: string;
  /** Default `https://api.crisp.chat/v1/`. Never with credentials in it (`https://user:pass@…`): they would leak into logs. */
  baseUrl?: string;
  /** Default `globalThis.fetch`; pass the fake's (`@crispkit/testing/api`) in tests. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Per attempt, body included, in milliseconds. Default 10000. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Told before each wait caused by a 429 or 420; return `false` to give up now (the call rejects with a `rate-limit` error). */
  onRateLimit?: RateLimitHook;
  /** The jitter's randomness, between 0 and 1 (tests). Default `Math.random`. */
  random?: () => number;
  /** The largest answer read, in bytes; a larger one is cut off and fails the call (`unexpected`). Default 10 MiB. */
  maxResponseBytes?: number;
}

export interface CrispApi {
  conversations: ConversationOperations;
  people: PeopleOperations;
  helpdesk: HelpdeskOperations;
  /**
   * Any other route (a path below the base URL, e.g. `website/{id}/operators/list`), with the same
   * authentication, retries and errors. Resolves Crisp's `data`.
   */
  request<Data = unknown>(method: HttpMethod, path: string, options?: RequestOptions): Promise<Data>;
}

export const DEFAULT_BASE_URL = 'https://api.crisp.chat/v1/';
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** The base URL, checked: a URL, with no user name or password in it. */
function checkedBaseUrl(given: string): string {
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new TypeError(`@crispkit/server: createCrispApi({ baseUrl }) must be an absolute URL, got ${given}`);
  }
  if (url.username || url.password)
    throw new TypeError(
      '@crispkit/server: createCrispApi({ baseUrl }) must not carry credentials (user:password@): pass the token as identifier and key',
    );
  return given.endsWith('/') ? given : given + '/';
}

const TIERS: readonly string[] = ['plugin', 'website', 'user'];

export function createCrispApi(options: CrispApiOptions): CrispApi {
  const { identifier, key, tier } = options ?? ({} as Partial<CrispApiOptions>);
  if (!TIERS.includes(tier))
    throw new TypeError(
      `@crispkit/server: createCrispApi({ tier }) must be 'plugin', 'website' or 'user', got ${String(tier)}`,
    );
  const call = createTransport({
    baseUrl: checkedBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL),
    // Checked at the first call, not here: frameworks evaluate route modules at build time, where
    // the server's secrets are not set.
    authorization: () => {
      if (typeof identifier != 'string' || identifier === '' || typeof key != 'string' || key === '')
        throw new TypeError(
          "@crispkit/server: createCrispApi needs the token's identifier and key (non-empty strings), from the server's environment",
        );
      return basicAuthorization(identifier, key);
    },
    tier,
    // Looked up per call, not captured unbound: some runtimes refuse a `fetch` called off `globalThis`.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: resolveRetry(options.retry),
    onRateLimit: options.onRateLimit,
    random: options.random ?? Math.random,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
  });
  const websiteOf = websiteResolver(options.websiteId);
  return {
    conversations: conversationOperations(call, websiteOf),
    people: peopleOperations(call, websiteOf),
    helpdesk: helpdeskOperations(call, websiteOf),
    async request<Data = unknown>(method: HttpMethod, path: string, requestOptions?: RequestOptions): Promise<Data> {
      if (climbsOut(path))
        throw new TypeError(
          `@crispkit/server: request(method, path): the path must not have "." or ".." steps, got ${path}`,
        );
      return (await call<Data>(method, path.replace(/^\/+/, ''), requestOptions)).data;
    },
  };
}
