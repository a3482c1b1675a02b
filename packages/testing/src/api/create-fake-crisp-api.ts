// createFakeCrispApi: an in-memory Crisp REST API behind a `fetch` function (and a Node request
// listener). It checks the token and its tier, scopes every route to the token's websites, answers
// Crisp's body shapes and reason codes, pages lists, keeps conversations, messages, states and
// people consistent, records every request, and injects faults on demand.
import { toResponse, refused, invalid, type FakeAnswer } from './answers';
import { createFaultQueue, type FakeFault, type FaultMatch } from './faults';
import { nodeListener, type Outcome } from './node-listener';
import { matchRoute } from './routes';
import {
  createStore,
  findProfile,
  type FakeArticle,
  type FakeConversation,
  type FakeConversationState,
  type FakeDataValue,
  type FakeMessage,
  type FakeMeta,
  type FakeProfile,
} from './store';

export type FakeTier = 'plugin' | 'website' | 'user';

export interface FakeToken {
  identifier: string;
  key: string;
  tier: FakeTier;
  /** The websites the token may act on (a plugin's subscriptions, a website token's own website). */
  websites: string[];
}

export const FAKE_WEBSITE_ID = '8c842203-7ed8-4e29-a608-7cf78a7d2fcc';
/** The token the fake accepts unless told otherwise: a plugin token subscribed to {@link FAKE_WEBSITE_ID}. */
export const FAKE_TOKEN: FakeToken = {
  identifier: 'fake-identifier',
  key: 'fake-key',
  tier: 'plugin',
  websites: [FAKE_WEBSITE_ID],
};

export interface FakeCrispApiOptions {
  /** Accepted tokens. Default: [{@link FAKE_TOKEN}]. */
  tokens?: FakeToken[];
  /** Where the fake pretends to live; any origin is accepted, the path must start with this one's. Default `https://api.crisp.chat/v1/`. */
  baseUrl?: string;
  /** The clock for timestamps, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Items per page when a request gives no `per_page`. Default 20. */
  perPage?: number;
}

/** One request the fake received, and what became of it. */
export interface RecordedRequest {
  method: string;
  /** Below the base path, e.g. `website/…/conversation/…/message`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** The status answered, or 0 when the connection was dropped. */
  status: number;
  fault: 'rate-limit' | 'server' | 'drop' | 'slow' | null;
  /** True when the request took effect (whatever the caller then received). */
  processed: boolean;
}

export interface SeedConversation {
  websiteId?: string;
  sessionId?: string;
  state?: FakeConversationState;
  /** The visitor's email came with a valid identity-verification signature. */
  verified?: boolean;
  meta?: Partial<FakeMeta>;
  messages?: SeedMessage[];
}

export interface SeedMessage {
  type?: string;
  from?: 'user' | 'operator';
  origin?: string;
  content: unknown;
  timestamp?: number;
  fingerprint?: number;
}

export interface SeedPerson {
  websiteId?: string;
  email: string;
  person?: Record<string, unknown>;
  segments?: string[];
  data?: Record<string, FakeDataValue>;
}

export interface SeedArticle {
  websiteId?: string;
  locale: string;
  title: string;
  content?: string;
  description?: string;
}

export type NodeRequestListener = ReturnType<typeof nodeListener>;

export interface FakeCrispApi {
  /** A `fetch` to hand to the code under test (`createCrispApi({ fetch: crisp.fetch })`). */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** The same fake for `http.createServer(crisp.listener)`; point the client's `baseUrl` at `http://host:port/v1/`. */
  listener: NodeRequestListener;
  baseUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Queues a fault for the next matching request(s). */
  fail(fault: FakeFault, match?: FaultMatch): void;
  /** Faults queued and not used yet. */
  pendingFaults(): number;
  addToken(token: FakeToken): void;
  /** Creates a conversation; resolves its session id. */
  seedConversation(seed?: SeedConversation): string;
  /** Adds a message as if it came through the chat (a visitor's, by default); returns it. */
  addMessage(sessionId: string, message: SeedMessage, websiteId?: string): FakeMessage;
  seedPerson(seed: SeedPerson): string;
  seedArticle(seed: SeedArticle): string;
  /** A copy of the conversation, with its messages, or undefined. */
  conversation(sessionId: string, websiteId?: string): FakeConversation | undefined;
  /** A copy of the contact (by id or email), with its data and events, or undefined. */
  person(people: string, websiteId?: string): FakeProfile | undefined;
  /** Forgets the recorded requests and the queued faults (the data stays). */
  clear(): void;
}

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** `Basic base64(identifier:key)` → the pair, or null. */
function credentials(header: string | null): { identifier: string; key: string } | null {
  const found = header && /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (!found) return null;
  let decoded: string;
  try {
    const binary = atob(found[1]!);
    decoded = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { identifier: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

const GATEWAY_PAGE = '<html><body><h1>Bad gateway</h1></body></html>';

export function createFakeCrispApi(options: FakeCrispApiOptions = {}): FakeCrispApi {
  const now = options.now ?? Date.now;
  const perPage = options.perPage ?? 20;
  const baseUrl = options.baseUrl ?? 'https://api.crisp.chat/v1/';
  const basePath = new URL(baseUrl).pathname.replace(/\/?$/, '/');
  const tokens: FakeToken[] = [...(options.tokens ?? [FAKE_TOKEN])];
  const store = createStore(now);
  const faults = createFaultQueue();
  const requests: RecordedRequest[] = [];
  const defaultWebsite = () => tokens[0]?.websites[0] ?? FAKE_WEBSITE_ID;

  async function handle(request: Request, signal: AbortSignal | undefined): Promise<Outcome> {
    if (signal?.aborted) throw signal.reason;
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
    const text = method == 'GET' || method == 'HEAD' ? '' : await request.text();
    let body: unknown;
    let unreadable = false;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      unreadable = true;
    }
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: unreadable ? text : body,
      status: 0,
      fault: null,
      processed: false,
    };
    requests.push(record);
    const answer = (result: FakeAnswer): Outcome => {
      record.status = result.status;
      return { response: toResponse(result, method) };
    };

    const fault = faults.take(method, path);
    // The load balancer limits before anything is read: nothing is processed.
    if (fault && 'status' in fault && (fault.status == 429 || fault.status == 420)) {
      record.fault = 'rate-limit';
      const headers: Record<string, string> =
        fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      return answer({ status: fault.status, reason: 'rate_limited', data: {}, headers });
    }

    const given = credentials(request.headers.get('authorization'));
    const token = given && tokens.find((t) => t.identifier == given.identifier && t.key == given.key);
    if (!token || request.headers.get('x-crisp-tier') != token.tier) return answer(refused(401, 'invalid_session'));
    if (!url.pathname.startsWith(basePath)) return answer(refused(404, 'not_found'));
    if (unreadable) return answer(invalid('the body is not JSON'));

    const matched = matchRoute(method, path);
    if (!matched) return answer(refused(404, 'not_found'));
    const websiteId = matched.params.website!;
    if (!token.websites.includes(websiteId))
      return answer(token.tier == 'plugin' ? refused(404, 'not_subscribed') : refused(403, 'not_allowed'));

    const process = () => {
      const result = matched.route.handle({
        store,
        website: store.website(websiteId),
        params: matched.params,
        query: url.searchParams,
        body,
        perPage,
      });
      record.processed = result.status < 400;
      return result;
    };

    if (fault && 'status' in fault) {
      record.fault = 'server';
      if ('processed' in fault && fault.processed) process();
      record.status = fault.status;
      // Gateways answer with their own HTML page; the application answers Crisp's JSON.
      return fault.status == 502 || fault.status == 504
        ? { response: new Response(GATEWAY_PAGE, { status: fault.status, headers: { 'content-type': 'text/html' } }) }
        : answer({ status: fault.status, reason: 'error', data: {} });
    }
    if (fault && 'drop' in fault) {
      record.fault = 'drop';
      if (fault.processed) process();
      return { drop: true };
    }
    const result = process();
    if (fault && 'delayMs' in fault) {
      record.fault = 'slow';
      await sleep(fault.delayMs, signal);
    }
    return answer(result);
  }

  const conversationIn = (sessionId: string, websiteId?: string) =>
    store.website(websiteId ?? defaultWebsite()).conversations.get(sessionId);

  const addMessage = (sessionId: string, seed: SeedMessage, websiteId?: string): FakeMessage => {
    const conversation = conversationIn(sessionId, websiteId);
    if (!conversation) throw new Error(`fake Crisp API: no conversation ${sessionId}`);
    const message: FakeMessage = {
      session_id: conversation.session_id,
      website_id: conversation.website_id,
      type: seed.type ?? 'text',
      from: seed.from ?? 'user',
      origin: seed.origin ?? 'chat',
      content: structuredClone(seed.content),
      fingerprint: seed.fingerprint ?? store.nextFingerprint(),
      timestamp: seed.timestamp ?? now(),
    };
    conversation.messages.push(message);
    conversation.updated_at = Math.max(conversation.updated_at, message.timestamp);
    if (message.from == 'user' && conversation.state == 'resolved') conversation.state = 'unresolved';
    return structuredClone(message);
  };

  return {
    async fetch(input, init) {
      const request = new Request(input, init);
      const outcome = await handle(request, init?.signal ?? undefined);
      if ('drop' in outcome) throw new TypeError('fetch failed (the fake Crisp API dropped the connection)');
      return outcome.response;
    },
    listener: nodeListener(handle),
    baseUrl,
    requests,
    fail: (fault, match) => faults.add(fault, match),
    pendingFaults: () => faults.pending(),
    addToken: (token) => void tokens.push(token),
    seedConversation(seed = {}) {
      const at = now();
      const sessionId = seed.sessionId ?? 'session_' + store.newId();
      const websiteId = seed.websiteId ?? defaultWebsite();
      store.website(websiteId).conversations.set(sessionId, {
        session_id: sessionId,
        website_id: websiteId,
        state: seed.state ?? 'pending',
        is_verified: seed.verified ?? false,
        is_blocked: false,
        meta: { segments: [], data: {}, ...structuredClone(seed.meta ?? {}) },
        messages: [],
        created_at: at,
        updated_at: at,
      });
      for (const message of seed.messages ?? []) addMessage(sessionId, message, websiteId);
      return sessionId;
    },
    addMessage,
    seedPerson(seed) {
      const at = now();
      const website = store.website(seed.websiteId ?? defaultWebsite());
      const peopleId = store.newId();
      website.people.set(peopleId, {
        people_id: peopleId,
        email: seed.email,
        person: structuredClone(seed.person ?? {}),
        company: {},
        segments: [...(seed.segments ?? [])],
        data: { ...seed.data },
        events: [],
        created_at: at,
        updated_at: at,
      });
      return peopleId;
    },
    seedArticle(seed) {
      const at = now();
      const articleId = store.newId();
      const article: FakeArticle = {
        article_id: articleId,
        locale: seed.locale,
        title: seed.title,
        ...(seed.description === undefined ? {} : { description: seed.description }),
        content: seed.content ?? '',
        slug: seed.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        status: 'published',
        created_at: at,
        updated_at: at,
      };
      store.website(seed.websiteId ?? defaultWebsite()).articles.push(article);
      return articleId;
    },
    conversation(sessionId, websiteId) {
      const conversation = conversationIn(sessionId, websiteId);
      return conversation && structuredClone(conversation);
    },
    person(people, websiteId) {
      const profile = findProfile(store.website(websiteId ?? defaultWebsite()), people);
      return profile && structuredClone(profile);
    },
    clear() {
      requests.length = 0;
      faults.clear();
    },
  };
}
