// @vitest-environment node
// The fake Crisp REST API on its own, through raw fetch calls (no client): what it refuses, the
// shapes it answers, and the state it keeps, as Crisp does.
import { describe, expect, it } from 'vitest';
import { createFakeCrispApi, FAKE_TOKEN, FAKE_WEBSITE_ID, type FakeToken } from '@crispkit/testing/api';

const WEBSITE_TOKEN: FakeToken = {
  identifier: 'site-id',
  key: 'site-key',
  tier: 'website',
  websites: [FAKE_WEBSITE_ID],
};

function call(
  crisp: ReturnType<typeof createFakeCrispApi>,
  method: string,
  path: string,
  body?: unknown,
  token: FakeToken = FAKE_TOKEN,
) {
  const headers: Record<string, string> = {
    authorization: 'Basic ' + btoa(`${token.identifier}:${token.key}`),
    'x-crisp-tier': token.tier,
  };
  return crisp
    .fetch(`https://api.crisp.chat/v1/${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body == 'string' ? body : JSON.stringify(body) }),
    })
    .then(async (response) => ({
      status: response.status,
      body: method == 'HEAD' ? null : ((await response.json()) as { error: boolean; reason: string; data: unknown }),
    }));
}

const W = `website/${FAKE_WEBSITE_ID}`;

describe('the fake Crisp REST API', () => {
  it('refuses missing or wrong credentials and a tier that is not the token’s', async () => {
    const crisp = createFakeCrispApi();
    const bare = await crisp.fetch(`https://api.crisp.chat/v1/${W}/conversations/1`);
    expect([bare.status, (await bare.json()).reason]).toEqual([401, 'invalid_session']);
    const wrongTier = await call(crisp, 'GET', `${W}/conversations/1`, undefined, { ...FAKE_TOKEN, tier: 'user' });
    expect([wrongTier.status, wrongTier.body?.reason]).toEqual([401, 'invalid_session']);
  });

  it('scopes by website: not_subscribed for a plugin token, not_allowed for a website token', async () => {
    const crisp = createFakeCrispApi({ tokens: [FAKE_TOKEN, WEBSITE_TOKEN] });
    const plugin = await call(crisp, 'GET', 'website/other/conversations/1');
    const website = await call(crisp, 'GET', 'website/other/conversations/1', undefined, WEBSITE_TOKEN);
    expect([plugin.status, plugin.body?.reason, website.status, website.body?.reason]).toEqual([
      404,
      'not_subscribed',
      403,
      'not_allowed',
    ]);
  });

  it('answers Crisp’s envelope, and refuses bad bodies, pages and routes with Crisp’s codes', async () => {
    const crisp = createFakeCrispApi();
    const created = await call(crisp, 'POST', `${W}/conversation`);
    expect(created.body).toMatchObject({ error: false, data: { session_id: expect.stringMatching(/^session_/) } });
    expect((await call(crisp, 'GET', `${W}/conversations/0`)).body?.reason).toBe('invalid_data');
    expect((await call(crisp, 'GET', `${W}/conversations/1?per_page=51`)).body?.reason).toBe('invalid_data');
    expect((await call(crisp, 'PATCH', `${W}/conversation/session_x/state`, '{not json')).body?.reason).toBe(
      'invalid_data',
    );
    expect((await call(crisp, 'GET', `${W}/nothing`)).status).toBe(404);
    expect((await call(crisp, 'GET', `${W}/conversation/session_x`)).body?.reason).toBe('session_not_found');
  });

  it('checks each message type’s content, and the from and origin Crisp requires', async () => {
    const crisp = createFakeCrispApi();
    const sessionId = crisp.seedConversation();
    const send = (message: unknown) => call(crisp, 'POST', `${W}/conversation/${sessionId}/message`, message);
    const base = { from: 'operator', origin: 'chat' };
    expect((await send({ ...base, type: 'text', content: 'hi' })).status).toBe(201);
    expect((await send({ ...base, type: 'text', content: '' })).status).toBe(400);
    expect((await send({ type: 'text', content: 'hi' })).status).toBe(400);
    expect(
      (await send({ ...base, type: 'file', content: { name: 'a.pdf', url: 'https://x.test/a.pdf' } })).status,
    ).toBe(400);
    expect(
      (await send({ ...base, type: 'audio', content: { url: 'https://x.test/a.ogg', type: 'audio/ogg', duration: 3 } }))
        .status,
    ).toBe(201);
    expect((await send({ ...base, type: 'picker', content: { id: 'p', text: 't', choices: [] } })).status).toBe(400);
    expect((await send({ ...base, type: 'telepathy', content: 'hi' })).status).toBe(400);
    expect(crisp.conversation(sessionId)!.messages.map((m) => m.type)).toEqual(['text', 'audio']);
  });

  it('keeps state, meta and messages consistent: a visitor writing reopens a resolved conversation', async () => {
    const crisp = createFakeCrispApi();
    const sessionId = crisp.seedConversation({ state: 'resolved', meta: { data: { plan: 'free', seats: 2 } } });
    await call(crisp, 'PATCH', `${W}/conversation/${sessionId}/meta`, { data: { plan: 'pro', seats: '' } });
    expect((await call(crisp, 'GET', `${W}/conversation/${sessionId}/meta`)).body?.data).toMatchObject({
      data: { plan: 'pro' },
    });
    crisp.addMessage(sessionId, { content: 'it broke again' });
    expect((await call(crisp, 'GET', `${W}/conversation/${sessionId}/state`)).body?.data).toEqual({
      state: 'unresolved',
    });
    const conversation = (await call(crisp, 'GET', `${W}/conversation/${sessionId}`)).body?.data;
    expect(conversation).toMatchObject({ state: 'unresolved', last_message: 'it broke again' });
  });

  it('people: 409 people_exists on a second create, HEAD without a body, PUT replaces and PATCH merges', async () => {
    const crisp = createFakeCrispApi();
    const created = await call(crisp, 'POST', `${W}/people/profile`, { email: 'ada@example.com', segments: ['a'] });
    expect(created.status).toBe(201);
    expect((await call(crisp, 'POST', `${W}/people/profile`, { email: 'ADA@example.com' })).status).toBe(409);
    expect(await call(crisp, 'HEAD', `${W}/people/profile/ada@example.com`)).toEqual({ status: 200, body: null });
    await call(crisp, 'PATCH', `${W}/people/profile/ada@example.com`, { person: { nickname: 'Ada' } });
    expect(crisp.person('ada@example.com')).toMatchObject({ person: { nickname: 'Ada' }, segments: ['a'] });
    await call(crisp, 'PUT', `${W}/people/profile/ada@example.com`, { segments: ['b'] });
    expect(crisp.person('ada@example.com')).toMatchObject({ person: {}, segments: ['b'] });
  });

  it('faults: taken in order by matching requests only, and recorded', async () => {
    const crisp = createFakeCrispApi();
    const sessionId = crisp.seedConversation();
    crisp.fail({ status: 420, retryAfter: 7 }, { method: 'PATCH', times: 2 });
    const read = await call(crisp, 'GET', `${W}/conversation/${sessionId}/state`);
    const limited = await crisp.fetch(`https://api.crisp.chat/v1/${W}/conversation/${sessionId}/state`, {
      method: 'PATCH',
      headers: { authorization: 'Basic ' + btoa('fake-identifier:fake-key'), 'x-crisp-tier': 'plugin' },
      body: '{"state":"resolved"}',
    });
    expect([read.status, limited.status, limited.headers.get('retry-after'), crisp.pendingFaults()]).toEqual([
      200,
      420,
      '7',
      1,
    ]);
    crisp.fail({ drop: true, processed: true }, { path: '/state' });
    crisp.clear();
    expect(crisp.pendingFaults()).toBe(0);
    crisp.fail({ drop: true, processed: true }, { path: /\/state$/ });
    await expect(call(crisp, 'PATCH', `${W}/conversation/${sessionId}/state`, { state: 'resolved' })).rejects.toThrow(
      TypeError,
    );
    expect(crisp.requests.map((r) => [r.method, r.status, r.fault, r.processed])).toEqual([['PATCH', 0, 'drop', true]]);
    expect(crisp.conversation(sessionId)!.state).toBe('resolved');
  });
});
