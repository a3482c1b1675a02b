// The REST routes the fake answers, each reading and writing the store as Crisp would, with
// Crisp's reason codes for what it refuses.
import { created, invalid, ok, refused, type FakeAnswer } from './answers';
import { messageProblem } from './messages';
import {
  conversationView,
  findProfile,
  profileView,
  type FakeConversation,
  type FakeConversationState,
  type FakeDataValue,
  type FakeStore,
  type FakeWebsite,
} from './store';

export interface RouteContext {
  store: FakeStore;
  website: FakeWebsite;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** Items per page when the request names none. */
  perPage: number;
}

export interface Route {
  method: string;
  pattern: RegExp;
  handle(context: RouteContext): FakeAnswer;
}

const STATES: readonly string[] = ['pending', 'unresolved', 'resolved'];
const DATA_KEY = /^[A-Za-z0-9_-]{1,50}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value == 'object' && value !== null && !Array.isArray(value);

const isData = (value: unknown): value is Record<string, FakeDataValue> =>
  isObject(value) &&
  Object.entries(value).every(
    ([key, item]) => DATA_KEY.test(key) && ['string', 'number', 'boolean'].includes(typeof item),
  );

/** The page asked for, or null when the path's page or `per_page` is out of Crisp's range. */
function paging(context: RouteContext): { page: number; perPage: number } | null {
  const page = Number(context.params.page);
  const perPage = context.query.has('per_page') ? Number(context.query.get('per_page')) : context.perPage;
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > 50) return null;
  return { page, perPage };
}

const slice = <Item>(items: Item[], { page, perPage }: { page: number; perPage: number }) =>
  items.slice((page - 1) * perPage, page * perPage);

const flag = (query: URLSearchParams, name: string) => query.get(name) == '1' || query.get(name) == 'true';

function conversationOf(context: RouteContext): FakeConversation | FakeAnswer {
  const conversation = context.website.conversations.get(context.params.session!);
  return conversation ?? refused(404, 'session_not_found');
}

const isAnswer = (value: unknown): value is FakeAnswer => isObject(value) && 'reason' in value && 'status' in value;

/** A route on one conversation: 404 `session_not_found` when it does not exist. */
const onConversation =
  (handle: (conversation: FakeConversation, context: RouteContext) => FakeAnswer) =>
  (context: RouteContext): FakeAnswer => {
    const conversation = conversationOf(context);
    return isAnswer(conversation) ? conversation : handle(conversation, context);
  };

const W = '^website/(?<website>[^/]+)';
const S = '/conversation/(?<session>[^/]+)';
const route = (method: string, path: string, handle: (context: RouteContext) => FakeAnswer): Route => ({
  method,
  pattern: new RegExp(W + path + '$'),
  handle,
});

function mergeMeta(conversation: FakeConversation, body: Record<string, unknown>): string | null {
  for (const field of ['nickname', 'email', 'phone', 'subject'] as const)
    if (body[field] !== undefined && typeof body[field] != 'string') return `${field} must be a string`;
  if (typeof body.email == 'string' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email)) return 'email is not an email';
  if (
    body.segments !== undefined &&
    !(Array.isArray(body.segments) && body.segments.every((s) => typeof s == 'string'))
  )
    return 'segments must be strings';
  if (body.data !== undefined && !isData(body.data)) return 'data must map keys to strings, numbers or booleans';
  const meta = conversation.meta;
  for (const field of ['nickname', 'email', 'phone', 'subject'] as const)
    if (typeof body[field] == 'string') meta[field] = body[field] as string;
  if (Array.isArray(body.segments)) meta.segments = [...(body.segments as string[])];
  if (isData(body.data))
    for (const [key, value] of Object.entries(body.data))
      if (value === '') delete meta.data[key];
      else meta.data[key] = value;
  return null;
}

function applyProfile(profile: Record<string, unknown>, body: Record<string, unknown>): string | null {
  if (body.person !== undefined && !isObject(body.person)) return 'person must be an object';
  if (body.company !== undefined && !isObject(body.company)) return 'company must be an object';
  if (
    body.segments !== undefined &&
    !(Array.isArray(body.segments) && body.segments.every((s) => typeof s == 'string'))
  )
    return 'segments must be strings';
  if (isObject(body.person)) profile.person = { ...(profile.person as object), ...body.person };
  if (isObject(body.company)) profile.company = { ...(profile.company as object), ...body.company };
  if (Array.isArray(body.segments)) profile.segments = [...(body.segments as string[])];
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const COLORS = ['red', 'orange', 'yellow', 'green', 'blue', 'purple', 'pink', 'brown', 'grey', 'black'];

export const ROUTES: Route[] = [
  route('POST', '/conversation', ({ store, website }) => {
    const sessionId = 'session_' + store.newId();
    const at = store.now();
    website.conversations.set(sessionId, {
      session_id: sessionId,
      website_id: website.website_id,
      state: 'pending',
      is_verified: false,
      is_blocked: false,
      meta: { segments: [], data: {} },
      messages: [],
      created_at: at,
      updated_at: at,
    });
    return created({ session_id: sessionId });
  }),

  route('GET', '/conversations/(?<page>[^/]+)', (context) => {
    const pages = paging(context);
    if (!pages) return invalid('page and per_page must be whole numbers (per_page 1 to 50)');
    const { query } = context;
    let list = [...context.website.conversations.values()];
    if (flag(query, 'filter_resolved')) list = list.filter((c) => c.state == 'resolved');
    if (flag(query, 'filter_not_resolved')) list = list.filter((c) => c.state != 'resolved');
    const search = query.get('search_query');
    if (search && (query.get('search_type') ?? 'text') == 'text')
      list = list.filter((c) => c.messages.some((m) => typeof m.content == 'string' && m.content.includes(search)));
    if (search && query.get('search_type') == 'segment') list = list.filter((c) => c.meta.segments.includes(search));
    const order = flag(query, 'order_date_created') ? 'created_at' : 'updated_at';
    list.sort((a, b) => b[order] - a[order] || (a.session_id < b.session_id ? -1 : 1));
    return ok(slice(list, pages).map(conversationView));
  }),

  route(
    'GET',
    S,
    onConversation((conversation) => ok(conversationView(conversation))),
  ),

  route(
    'POST',
    S + '/message',
    onConversation((conversation, { body, store }) => {
      const problem = messageProblem(body);
      if (problem) return invalid(problem);
      const message = body as Record<string, unknown>;
      const fingerprint = typeof message.fingerprint == 'number' ? message.fingerprint : store.nextFingerprint();
      const at = store.now();
      conversation.messages.push({
        session_id: conversation.session_id,
        website_id: conversation.website_id,
        type: message.type as string,
        from: message.from as 'user' | 'operator',
        origin: message.origin as string,
        content: structuredClone(message.content),
        fingerprint,
        timestamp: at,
        ...(message.stealth === true ? { stealth: true } : {}),
        ...(isObject(message.user) ? { user: structuredClone(message.user) } : {}),
      });
      conversation.updated_at = at;
      // A visitor writing reopens the conversation, as in Crisp.
      if (message.from == 'user' && conversation.state == 'resolved') conversation.state = 'unresolved';
      return created({ fingerprint });
    }),
  ),

  route(
    'GET',
    S + '/messages',
    onConversation((conversation, { query }) => {
      const before = query.has('timestamp_before') ? Number(query.get('timestamp_before')) : Infinity;
      if (Number.isNaN(before)) return invalid('timestamp_before must be a number');
      // The 20 latest before the timestamp, oldest first, as Crisp pages a conversation backwards.
      return ok(structuredClone(conversation.messages.filter((m) => m.timestamp < before).slice(-20)));
    }),
  ),

  route(
    'GET',
    S + '/state',
    onConversation((conversation) => ok({ state: conversation.state })),
  ),

  route(
    'PATCH',
    S + '/state',
    onConversation((conversation, { body, store }) => {
      const state = isObject(body) ? body.state : undefined;
      if (typeof state != 'string' || !STATES.includes(state))
        return invalid('state must be pending, unresolved or resolved');
      conversation.state = state as FakeConversationState;
      conversation.updated_at = store.now();
      return ok({}, 'updated');
    }),
  ),

  route(
    'GET',
    S + '/meta',
    onConversation((conversation) => ok(structuredClone(conversation.meta))),
  ),

  route(
    'PATCH',
    S + '/meta',
    onConversation((conversation, { body, store }) => {
      if (!isObject(body)) return invalid('the body must be an object');
      const problem = mergeMeta(conversation, body);
      if (problem) return invalid(problem);
      conversation.updated_at = store.now();
      return ok({}, 'updated');
    }),
  ),

  route('POST', '/people/profile', ({ body, website, store }) => {
    if (!isObject(body) || typeof body.email != 'string' || !EMAIL.test(body.email))
      return invalid('email is required');
    if (findProfile(website, body.email)) return refused(409, 'people_exists');
    const at = store.now();
    const profile = {
      people_id: store.newId(),
      email: body.email,
      person: {},
      company: {},
      segments: [] as string[],
      data: {},
      events: [],
      created_at: at,
      updated_at: at,
    };
    const problem = applyProfile(profile, body);
    if (problem) return invalid(problem);
    website.people.set(profile.people_id, profile);
    return created({ people_id: profile.people_id });
  }),

  ...['GET', 'HEAD'].map((method) =>
    route(method, '/people/profile/(?<people>[^/]+)', ({ website, params }) => {
      const profile = findProfile(website, params.people!);
      return profile ? ok(profileView(profile)) : refused(404, 'people_not_found');
    }),
  ),

  ...['PATCH', 'PUT'].map((method) =>
    route(method, '/people/profile/(?<people>[^/]+)', ({ website, params, body, store }) => {
      const profile = findProfile(website, params.people!);
      if (!profile) return refused(404, 'people_not_found');
      if (!isObject(body)) return invalid('the body must be an object');
      // PUT replaces the profile's fields, PATCH merges them.
      const next = method == 'PUT' ? { ...profile, person: {}, company: {}, segments: [] } : { ...profile };
      const problem = applyProfile(next, body);
      if (problem) return invalid(problem);
      Object.assign(profile, next, { updated_at: store.now() });
      return ok({}, 'updated');
    }),
  ),

  route('GET', '/people/data/(?<people>[^/]+)', ({ website, params }) => {
    const profile = findProfile(website, params.people!);
    return profile ? ok({ data: { ...profile.data } }) : refused(404, 'people_not_found');
  }),

  ...['PATCH', 'PUT'].map((method) =>
    route(method, '/people/data/(?<people>[^/]+)', ({ website, params, body }) => {
      const profile = findProfile(website, params.people!);
      if (!profile) return refused(404, 'people_not_found');
      const data = isObject(body) ? body.data : undefined;
      if (!isData(data)) return invalid('data must map keys to strings, numbers or booleans');
      profile.data = method == 'PUT' ? { ...data } : { ...profile.data, ...data };
      return ok({}, 'updated');
    }),
  ),

  route('POST', '/people/events/(?<people>[^/]+)', ({ website, params, body, store }) => {
    const profile = findProfile(website, params.people!);
    if (!profile) return refused(404, 'people_not_found');
    if (!isObject(body) || typeof body.text != 'string' || body.text === '') return invalid('text is required');
    if (body.data !== undefined && !isData(body.data))
      return invalid('data must map keys to strings, numbers or booleans');
    if (body.color !== undefined && !COLORS.includes(body.color as string))
      return invalid('color is not one of Crisp’s');
    profile.events.push({
      text: body.text,
      ...(isData(body.data) ? { data: { ...body.data } } : {}),
      ...(typeof body.color == 'string' ? { color: body.color } : {}),
      timestamp: store.now(),
    });
    return created({});
  }),

  route('GET', '/helpdesk/locale/(?<locale>[^/]+)/articles/(?<page>[^/]+)', (context) => {
    const pages = paging(context);
    if (!pages) return invalid('page and per_page must be whole numbers (per_page 1 to 50)');
    const title = context.query.get('search_title')?.toLowerCase();
    const list = context.website.articles.filter(
      (article) => article.locale == context.params.locale && (!title || article.title.toLowerCase().includes(title)),
    );
    return ok(slice(list, pages).map((article) => structuredClone(article)));
  }),

  route('GET', '/helpdesk/locale/(?<locale>[^/]+)/article/(?<article>[^/]+)', ({ website, params }) => {
    const article = website.articles.find((a) => a.locale == params.locale && a.article_id == params.article);
    return article ? ok(structuredClone(article)) : refused(404, 'not_found');
  }),
];

/** The route and its parameters for a method and a path below `/v1/`, or null. */
export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | null {
  for (const candidate of ROUTES) {
    if (candidate.method != method) continue;
    const found = candidate.pattern.exec(path);
    if (found) {
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(found.groups ?? {})) params[name] = decodeURIComponent(value);
      return { route: candidate, params };
    }
  }
  return null;
}
