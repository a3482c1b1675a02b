// The REST client against the fake Crisp API, on the runtime at hand: every operation, the errors,
// and the retry rules (rate limits retried for any method; no answer or a gateway error retried
// only where repeating changes nothing). Backoff draws are 0 (`random: () => 0`), so retries wait
// no time and the suite needs no clock.
import { createCrispApi, isCrispApiError, CrispApiError, type CrispApiOptions } from '@crispkit/server';
import { createFakeCrispApi, FAKE_TOKEN, FAKE_WEBSITE_ID, type FakeCrispApi } from '@crispkit/testing/api';
import { equal, ok, rejection, suite } from './harness';

function setup(options: Partial<CrispApiOptions> = {}, fakeOptions: Parameters<typeof createFakeCrispApi>[0] = {}) {
  const crisp: FakeCrispApi = createFakeCrispApi(fakeOptions);
  const api = createCrispApi({
    identifier: FAKE_TOKEN.identifier,
    key: FAKE_TOKEN.key,
    tier: 'plugin',
    websiteId: FAKE_WEBSITE_ID,
    fetch: crisp.fetch,
    random: () => 0,
    ...options,
  });
  return { crisp, api };
}

const paths = (crisp: FakeCrispApi) =>
  crisp.requests.map((r) => `${r.method} ${r.path.replace(/^website\/[^/]+\//, '')}`);

async function apiError(promise: Promise<unknown>, what: string): Promise<CrispApiError> {
  const error = await rejection(promise, what);
  ok(isCrispApiError(error), `${what}: a CrispApiError, got ${String(error)}`);
  return error;
}

export const client = suite('REST client against the fake Crisp API', (test) => {
  test('authenticates with Basic identifier:key and the tier; a wrong key is auth, not retried', async () => {
    const { api, crisp } = setup({ key: 'wrong' });
    const sessionId = crisp.seedConversation();
    const error = await apiError(api.conversations.getState({ sessionId }), 'wrong key');
    equal([error.kind, error.status, error.reason, error.attempts], ['auth', 401, 'invalid_session', 1], 'error');
    ok(error instanceof Error && error.message.includes('401 invalid_session'), 'an Error with a useful message');
    const wrongTier = setup({ tier: 'website' });
    const tierError = await apiError(wrongTier.api.conversations.getState({ sessionId: 's' }), 'wrong tier');
    equal(tierError.reason, 'invalid_session', 'tier checked');
  });

  test('a website the plugin is not subscribed to: auth, not_subscribed', async () => {
    const { api } = setup();
    const error = await apiError(api.conversations.getState({ websiteId: 'another', sessionId: 's' }), 'scope');
    equal([error.kind, error.status, error.reason], ['auth', 404, 'not_subscribed'], 'error');
    equal(error.method, 'GET', 'method');
    ok(error.path.startsWith('website/another/conversation/s/state'), 'path');
    ok(error.headers['content-type']?.includes('application/json'), 'headers');
  });

  test('sends text, notes and pickers; the fake stores them with their fingerprints', async () => {
    const { api, crisp } = setup();
    const sessionId = crisp.seedConversation();
    const text = await api.conversations.sendMessage({ sessionId, message: { type: 'text', content: 'Hello' } });
    await api.conversations.sendMessage({ sessionId, message: { type: 'note', content: 'Plan: pro' } });
    await api.conversations.sendMessage({
      sessionId,
      message: {
        type: 'picker',
        content: { id: 'rate', text: 'How did we do?', choices: [{ value: 'good', label: 'Good', selected: false }] },
      },
    });
    const stored = crisp.conversation(sessionId)!.messages;
    equal(
      stored.map((m) => [m.type, m.from, m.origin]),
      [
        ['text', 'operator', 'chat'],
        ['note', 'operator', 'chat'],
        ['picker', 'operator', 'chat'],
      ],
      'stored',
    );
    equal(stored[0]!.fingerprint, text.fingerprint, 'fingerprint');
    const messages = await api.conversations.getMessages({ sessionId });
    equal(
      messages.map((m) => m.content),
      ['Hello', 'Plan: pro', stored[2]!.content],
      'read back',
    );
  });

  test('a message Crisp refuses is invalid-data, not retried', async () => {
    const { api, crisp } = setup();
    const sessionId = crisp.seedConversation();
    const bad = { type: 'file', content: { name: 'a.pdf' } } as unknown as { type: 'text'; content: string };
    const error = await apiError(api.conversations.sendMessage({ sessionId, message: bad }), 'bad file');
    equal([error.kind, error.status, error.reason, error.attempts], ['invalid-data', 400, 'invalid_data', 1], 'error');
  });

  test('resolve reads the state first and writes only when it changes', async () => {
    const { api, crisp } = setup();
    const sessionId = crisp.seedConversation({ state: 'unresolved' });
    equal(await api.conversations.resolve({ sessionId }), { changed: true }, 'first');
    equal(await api.conversations.resolve({ sessionId }), { changed: false }, 'second');
    equal(crisp.conversation(sessionId)!.state, 'resolved', 'state');
    equal(
      paths(crisp),
      [
        `GET conversation/${sessionId}/state`,
        `PATCH conversation/${sessionId}/state`,
        `GET conversation/${sessionId}/state`,
      ],
      'requests',
    );
  });

  test('meta: updates merge the session data; get, getMeta read it back', async () => {
    const { api, crisp } = setup();
    const sessionId = crisp.seedConversation({ meta: { data: { plan: 'free', seats: 1 } } });
    await api.conversations.updateMeta({
      sessionId,
      meta: { email: 'ada@example.com', data: { plan: 'pro' }, segments: ['vip'] },
    });
    const meta = await api.conversations.getMeta({ sessionId });
    equal([meta.email, meta.data, meta.segments], ['ada@example.com', { plan: 'pro', seats: 1 }, ['vip']], 'meta');
    const conversation = await api.conversations.get({ sessionId });
    equal(
      [conversation.session_id, conversation.state, conversation.meta.email],
      [sessionId, 'pending', 'ada@example.com'],
      'get',
    );
    const created = await api.conversations.create();
    ok(crisp.conversation(created.sessionId), 'create');
  });

  test('an unknown session is not-found', async () => {
    const { api } = setup();
    const error = await apiError(api.conversations.get({ sessionId: 'session_nope' }), 'unknown');
    equal([error.kind, error.reason], ['not-found', 'session_not_found'], 'error');
  });

  test('list pages from 1; iterate walks every page and stops on the first empty one', async () => {
    const { api, crisp } = setup();
    for (let i = 0; i < 45; i++) crisp.seedConversation({ state: i % 3 == 0 ? 'resolved' : 'unresolved' });
    equal((await api.conversations.list()).length, 20, 'page 1');
    equal((await api.conversations.list({ page: 3 })).length, 5, 'page 3');
    crisp.clear();
    const all: string[] = [];
    for await (const conversation of api.conversations.iterate({ perPage: 20 })) all.push(conversation.session_id);
    equal([all.length, new Set(all).size], [45, 45], 'every conversation once');
    equal(
      crisp.requests.map((r) => r.path.split('/').pop()),
      ['1', '2', '3', '4'],
      'pages asked',
    );
    let resolved = 0;
    for await (const conversation of api.conversations.iterate({ filterResolved: true })) {
      ok(conversation.state == 'resolved', 'filtered');
      resolved++;
    }
    equal(resolved, 15, 'resolved ones');
  });

  test('people: get by email or id (null when absent), upsert, events, data', async () => {
    const { api, crisp } = setup();
    equal(await api.people.get({ people: 'nobody@example.com' }), null, 'absent');
    const first = await api.people.upsert({ email: 'ada@example.com', person: { nickname: 'Ada' } });
    equal(first.created, true, 'created');
    const again = await api.people.upsert({ email: 'ada@example.com', segments: ['vip'] });
    equal(again, { peopleId: first.peopleId, created: false }, 'updated');
    const profile = await api.people.get({ people: first.peopleId });
    equal(
      [profile?.email, profile?.person?.nickname, profile?.segments],
      ['ada@example.com', 'Ada', ['vip']],
      'profile',
    );
    await api.people.addEvent({ people: 'ada@example.com', text: 'upgraded', data: { plan: 'pro' }, color: 'green' });
    await api.people.updateData({ people: first.peopleId, data: { plan: 'pro' } });
    await api.people.updateData({ people: first.peopleId, data: { seats: 3 } });
    equal(await api.people.getData({ people: first.peopleId }), { plan: 'pro', seats: 3 }, 'data merged');
    equal(
      crisp.person('ada@example.com')!.events.map((e) => [e.text, e.color]),
      [['upgraded', 'green']],
      'event',
    );
  });

  test('helpdesk: a page, every page, one article', async () => {
    const { api, crisp } = setup({}, { perPage: 2 });
    const ids = ['One', 'Two', 'Three'].map((title) => crisp.seedArticle({ locale: 'en', title }));
    crisp.seedArticle({ locale: 'fr', title: 'Un' });
    equal(
      (await api.helpdesk.listArticles({ locale: 'en' })).map((a) => a.title),
      ['One', 'Two'],
      'page 1',
    );
    const titles: string[] = [];
    for await (const article of api.helpdesk.iterateArticles({ locale: 'en' })) titles.push(article.title);
    equal(titles, ['One', 'Two', 'Three'], 'every article');
    equal((await api.helpdesk.getArticle({ locale: 'en', articleId: ids[2]! })).title, 'Three', 'one');
  });

  test('request() reaches any route with the same auth and errors', async () => {
    const { api, crisp } = setup();
    const sessionId = crisp.seedConversation({ state: 'unresolved' });
    const data = await api.request<{ state: string }>(
      'GET',
      `/website/${FAKE_WEBSITE_ID}/conversation/${sessionId}/state`,
    );
    equal(data, { state: 'unresolved' }, 'data');
    const error = await apiError(api.request('GET', 'website/' + FAKE_WEBSITE_ID + '/nothing/here'), 'unknown route');
    equal(error.kind, 'not-found', 'kind');
  });

  test('rate limits: retried for a POST too, and the message is sent once', async () => {
    const events: number[] = [];
    const { api, crisp } = setup({ onRateLimit: (event) => void events.push(event.status) });
    const sessionId = crisp.seedConversation();
    crisp.fail({ status: 429 }, { method: 'POST' });
    crisp.fail({ status: 420 }, { method: 'POST' });
    await api.conversations.sendMessage({ sessionId, message: { type: 'text', content: 'once' } });
    equal(
      crisp.requests.map((r) => r.status),
      [429, 420, 201],
      'attempts',
    );
    equal(events, [429, 420], 'onRateLimit told');
    equal(crisp.conversation(sessionId)!.messages.length, 1, 'sent once');
  });

  test('rate limits past the budget: a typed rate-limit error after maxAttempts', async () => {
    const { api, crisp } = setup({ retry: { maxAttempts: 3 } });
    crisp.fail({ status: 429 }, { times: 5 });
    const error = await apiError(api.conversations.getState({ sessionId: 's' }), 'limited');
    equal([error.kind, error.status, error.attempts, crisp.requests.length], ['rate-limit', 429, 3, 3], 'error');
  });

  test('Retry-After beyond maxDelayMs ends the call at once, with the wait in the error', async () => {
    const { api, crisp } = setup({ retry: { maxDelayMs: 1000 } });
    crisp.fail({ status: 429, retryAfter: 120 });
    const error = await apiError(api.conversations.getState({ sessionId: 's' }), 'long wait');
    equal([error.kind, error.attempts, error.retryAfterMs], ['rate-limit', 1, 120_000], 'error');
  });

  test('onRateLimit returning false gives up at once (to queue the call)', async () => {
    const { api, crisp } = setup({ onRateLimit: () => false });
    crisp.fail({ status: 420, retryAfter: 0 });
    const error = await apiError(api.conversations.getState({ sessionId: 's' }), 'refused');
    equal([error.kind, error.status, error.attempts], ['rate-limit', 420, 1], 'error');
  });

  test('a POST answered 503 or dropped after processing is not sent again', async () => {
    const { api, crisp } = setup();
    const sessionId = crisp.seedConversation();
    crisp.fail({ status: 503, processed: true }, { method: 'POST' });
    const server = await apiError(
      api.conversations.sendMessage({ sessionId, message: { type: 'text', content: 'a' } }),
      '503',
    );
    equal([server.kind, server.status, server.attempts], ['server', 503, 1], '503');
    crisp.fail({ drop: true, processed: true }, { method: 'POST' });
    const network = await apiError(
      api.conversations.sendMessage({ sessionId, message: { type: 'text', content: 'b' } }),
      'drop',
    );
    equal([network.kind, network.status, network.attempts], ['network', 0, 1], 'drop');
    equal(
      crisp.conversation(sessionId)!.messages.map((m) => m.content),
      ['a', 'b'],
      'each sent exactly once',
    );
  });

  test('reads and idempotent writes are retried after 502/503/504 and dropped connections', async () => {
    const { api, crisp } = setup();
    const sessionId = crisp.seedConversation();
    crisp.fail({ status: 502 }, { method: 'GET' });
    crisp.fail({ drop: true }, { method: 'GET' });
    equal(await api.conversations.getState({ sessionId }), 'pending', 'read after two failures');
    crisp.fail({ status: 504, processed: true }, { method: 'PATCH' });
    crisp.fail({ drop: true, processed: true }, { method: 'PATCH' });
    await api.conversations.setState({ sessionId, state: 'unresolved' });
    equal(
      crisp.requests.filter((r) => r.method == 'PATCH').map((r) => r.status),
      [504, 0, 200],
      'PATCH attempts',
    );
    equal(crisp.conversation(sessionId)!.state, 'unresolved', 'state');
  });

  test('500 is not retried; 4xx are not retried', async () => {
    const { api, crisp } = setup();
    crisp.fail({ status: 500 });
    const error = await apiError(api.conversations.getState({ sessionId: 's' }), '500');
    equal([error.kind, error.attempts], ['server', 1], '500');
    crisp.clear();
    await apiError(api.conversations.getState({ sessionId: 'missing' }), '404');
    equal(crisp.requests.length, 1, 'one request for a 404');
  });

  test('a slow answer times out (per attempt), and the time-out is its own kind', async () => {
    const { api, crisp } = setup({ timeoutMs: 20, retry: { maxAttempts: 1 } });
    crisp.fail({ delayMs: 60_000 });
    const error = await apiError(api.conversations.getState({ sessionId: 's' }), 'slow');
    equal([error.kind, error.status, error.attempts], ['timeout', 0, 1], 'error');
  });

  test("the caller's signal aborts the call", async () => {
    const { api } = setup();
    const controller = new AbortController();
    controller.abort();
    const error = await apiError(api.conversations.getState({ sessionId: 's', signal: controller.signal }), 'aborted');
    equal(error.kind, 'aborted', 'kind');
  });

  test('no websiteId anywhere is a TypeError naming the option', async () => {
    const { api } = setup({ websiteId: undefined });
    const error = await rejection(api.conversations.getState({ sessionId: 's' }), 'no website');
    ok(error instanceof TypeError && error.message.includes('websiteId'), 'TypeError');
  });

  test('a missing identifier or key: creating the client is fine (build time), each call rejects clearly', async () => {
    for (const missing of [{ identifier: '' }, { key: undefined as unknown as string }]) {
      const { api, crisp } = setup(missing);
      const error = await rejection(api.conversations.getState({ sessionId: 's' }), 'no token');
      ok(error instanceof TypeError && error.message.includes('identifier and key'), `TypeError: ${String(error)}`);
      equal(crisp.requests.length, 0, 'nothing sent');
    }
  });

  test('"." and ".." (also percent-encoded) are refused as ids: they would climb out of the route; nothing is sent', async () => {
    const { api, crisp } = setup();
    for (const bad of ['.', '..', '%2E%2E', '%2e.', '.%2E', '%2e']) {
      for (const [what, call] of [
        ['sessionId', () => api.conversations.getMeta({ sessionId: bad })],
        ['websiteId', () => api.conversations.getState({ websiteId: bad, sessionId: 's' })],
        ['people', () => api.people.getData({ people: bad })],
        ['locale', () => api.helpdesk.listArticles({ locale: bad })],
      ] as const) {
        const error = await rejection(call(), `${what} ${bad}`);
        ok(
          error instanceof TypeError && error.message.includes(what),
          `${what} ${bad}: TypeError, got ${String(error)}`,
        );
      }
    }
    const error = await rejection(api.request('GET', `website/${FAKE_WEBSITE_ID}/conversation/../meta`), 'request');
    ok(error instanceof TypeError, 'a free-form path with ..');
    // Dots inside an id are ordinary characters.
    const sessionId = crisp.seedConversation();
    await api.people.getData({ people: 'ada.lovelace@example.com' }).catch(() => undefined);
    await api.conversations.getState({ sessionId });
    equal(paths(crisp), ['GET people/data/ada.lovelace%40example.com', `GET conversation/${sessionId}/state`], 'sent');
  });

  test('page numbers that are not whole numbers from 1 are refused before any request', async () => {
    const { api, crisp } = setup();
    for (const page of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const listed = await rejection(api.conversations.list({ page }), `page ${page}`);
      ok(listed instanceof TypeError && listed.message.includes('page'), `conversations page ${page}`);
      const articles = await rejection(api.helpdesk.listArticles({ locale: 'en', page }), `articles page ${page}`);
      ok(articles instanceof TypeError, `articles page ${page}`);
    }
    equal(crisp.requests.length, 0, 'nothing sent');
  });

  test('redirects are not followed: asked with redirect "manual", a 3xx is an error, sent once', async () => {
    const seen: RequestInit[] = [];
    const { api } = setup({
      fetch: async (_input, init) => {
        seen.push(init);
        return new Response(null, { status: 307, headers: { location: 'https://elsewhere.example/steal' } });
      },
    });
    const error = await apiError(api.conversations.getState({ sessionId: 's' }), 'redirect');
    equal([error.kind, error.status, error.attempts], ['unexpected', 307, 1], 'error');
    equal(
      seen.map((init) => init.redirect),
      ['manual'],
      'redirect mode',
    );
  });

  test('an answer larger than maxResponseBytes is cut off, not read to its end: unexpected, not retried', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++;
            controller.enqueue(chunk);
          },
          cancel() {
            cancelled = true;
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    const { api } = setup({ fetch: async () => endless(), maxResponseBytes: 1024 * 1024 });
    const error = await apiError(api.conversations.getState({ sessionId: 's' }), 'endless answer');
    equal([error.kind, error.status, error.attempts], ['unexpected', 200, 1], 'error');
    ok(cancelled, 'the body was cancelled');
    ok(pulled <= 20, `read about 1 MiB, not more (${pulled} chunks of 64 KiB)`);

    const declared = setup({
      fetch: async () => new Response('{}', { headers: { 'content-length': String(50 * 1024 * 1024) } }),
    });
    const declaredError = await apiError(declared.api.conversations.getState({ sessionId: 's' }), 'declared');
    equal(declaredError.kind, 'unexpected', 'a declared length over the default 10 MiB');
  });

  test('a baseUrl with credentials in it is refused at creation', async () => {
    for (const baseUrl of ['https://user:pass@api.crisp.chat/v1/', 'https://user@api.crisp.chat/v1/', 'not a url']) {
      let error: unknown;
      try {
        setup({ baseUrl });
      } catch (caught) {
        error = caught;
      }
      ok(
        error instanceof TypeError && error.message.includes('baseUrl'),
        `${baseUrl}: TypeError, got ${String(error)}`,
      );
    }
  });
});
