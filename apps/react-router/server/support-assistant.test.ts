// The example's server side end to end: signed `message:send` deliveries into createAppServer's
// web-hook route, answered through createCrispApi against the fake Crisp REST API. A signed-in
// visitor's conversation gets one internal note with the account's plan, "thanks" resolves it,
// a delivery Crisp sends again changes nothing, and an API failure makes the hook fail for a retry.
import { describe, expect, it } from 'vitest';
import { createCrispApi, signWebhook } from '@crispkit/server';
import { createFakeCrispApi, FAKE_TOKEN, FAKE_WEBSITE_ID, type FakeMessage } from '@crispkit/testing/api';
import { createAccountDirectory } from './accounts';
import { createAppServer, crispApiFromEnvironment, SIGNATURE_PATH, WEBHOOK_PATH } from './api';
import { isThanks, PLAN_NOTE_PREFIX } from './support-assistant';

const SECRETS = { identity: 'test-identity-secret', webhook: 'test-webhook-secret' };

function setup() {
  const crisp = createFakeCrispApi();
  const log: string[] = [];
  const accounts = createAccountDirectory([{ email: 'ada@example.com', name: 'Ada', plan: 'pro' }]);
  const api = createCrispApi({
    identifier: FAKE_TOKEN.identifier,
    key: FAKE_TOKEN.key,
    tier: 'plugin',
    fetch: crisp.fetch,
    random: () => 0,
  });
  const app = createAppServer(SECRETS, (line) => log.push(line), { crisp: api, accounts });
  const signedIn = crisp.seedConversation({ verified: true, meta: { email: 'ada@example.com', nickname: 'Ada' } });
  return { crisp, app, log, signedIn };
}

/** The hook Crisp sends for a visitor's message, signed now; `attempt` as Crisp counts its tries. */
async function delivery(message: FakeMessage, attempt = 1): Promise<Request> {
  const body = JSON.stringify({
    website_id: message.website_id,
    event: 'message:send',
    data: message,
    timestamp: message.timestamp,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  return new Request('http://localhost' + WEBHOOK_PATH, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-crisp-request-timestamp': String(timestamp),
      'x-crisp-signature': await signWebhook(body, timestamp, SECRETS.webhook),
      'x-delivery-attempt-count': String(attempt),
      'x-delivery-attempt-limit': '5',
    },
  });
}

const answer = async (response: Response | null) => (response ? `${response.status} ${await response.text()}` : 'none');
const notes = (crisp: ReturnType<typeof createFakeCrispApi>, sessionId: string) =>
  crisp
    .conversation(sessionId)!
    .messages.filter((m) => m.type == 'note')
    .map((m) => m.content);

describe('the example server answers visitors through the Crisp API', () => {
  it('a signed-in visitor: one note with the plan, however many messages and redeliveries', async () => {
    const { crisp, app, signedIn } = setup();
    const first = crisp.addMessage(signedIn, { content: 'How do I add a seat?' });
    expect(await answer(await app.fetch(await delivery(first)))).toBe('200 ok');
    expect(notes(crisp, signedIn)).toEqual([`${PLAN_NOTE_PREFIX} pro (Ada, ada@example.com)`]);
    // Crisp delivers the same hook again (our answer was lost): nothing runs twice.
    expect(await answer(await app.fetch(await delivery(first, 2)))).toBe('200 duplicate');
    const second = crisp.addMessage(signedIn, { content: 'And remove one?' });
    expect(await answer(await app.fetch(await delivery(second)))).toBe('200 ok');
    expect(notes(crisp, signedIn)).toHaveLength(1);
    expect(crisp.conversation(signedIn)!.state).toBe('pending');
  });

  it('"thanks" resolves the conversation, reading its state first', async () => {
    const { crisp, app, signedIn } = setup();
    const thanks = crisp.addMessage(signedIn, { content: 'Thanks!' });
    expect(await answer(await app.fetch(await delivery(thanks)))).toBe('200 ok');
    expect(crisp.conversation(signedIn)!.state).toBe('resolved');
    const writes = crisp.requests.filter((r) => r.path.endsWith('/state')).map((r) => r.method);
    expect(writes).toEqual(['GET', 'PATCH']);
  });

  it('a visitor who is not signed in, or has no account, gets no note and no resolution', async () => {
    const { crisp, app, log } = setup();
    const anonymous = crisp.seedConversation({ meta: { email: 'ada@example.com' } }); // typed, not verified
    const stranger = crisp.seedConversation({ verified: true, meta: { email: 'eve@example.com' } });
    for (const sessionId of [anonymous, stranger]) {
      const message = crisp.addMessage(sessionId, { content: 'thanks' });
      expect(await answer(await app.fetch(await delivery(message)))).toBe('200 ok');
      expect(notes(crisp, sessionId)).toEqual([]);
      expect(crisp.conversation(sessionId)!.state).toBe('pending');
    }
    expect(log.filter((line) => line.startsWith('[crisp] session'))).toEqual([
      `[crisp] ${anonymous}: visitor not signed in`,
      `[crisp] ${stranger}: no account for eve@example.com`,
    ]);
  });

  it('the API failing makes the hook fail (500) so Crisp retries; the retry notes once', async () => {
    const { crisp, app, signedIn } = setup();
    const message = crisp.addMessage(signedIn, { content: 'Hello' });
    // The note reached Crisp but its answer was lost: the client does not send it again.
    crisp.fail({ status: 503, processed: true }, { method: 'POST' });
    expect(await answer(await app.fetch(await delivery(message)))).toBe('500 handler-error');
    expect(await answer(await app.fetch(await delivery(message, 2)))).toBe('200 ok');
    expect(notes(crisp, signedIn)).toHaveLength(1);
  });

  it('signing in teaches the server the account; without an API token hooks are only logged', async () => {
    const crisp = createFakeCrispApi();
    const api = createCrispApi({ ...FAKE_TOKEN, fetch: crisp.fetch, random: () => 0, websiteId: FAKE_WEBSITE_ID });
    const app = createAppServer(SECRETS, () => {}, { crisp: api });
    const signature = await app.fetch(new Request('http://localhost' + SIGNATURE_PATH + '?email=grace@example.com'));
    expect(await signature!.json()).toMatchObject({
      email: 'grace@example.com',
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const sessionId = crisp.seedConversation({ verified: true, meta: { email: 'grace@example.com' } });
    await app.fetch(await delivery(crisp.addMessage(sessionId, { content: 'hi' })));
    expect(notes(crisp, sessionId)).toEqual([`${PLAN_NOTE_PREFIX} free (grace, grace@example.com)`]);

    const warnings: string[] = [];
    expect(crispApiFromEnvironment({}, (line) => warnings.push(line))).toBeNull();
    expect(warnings[0]).toMatch(/CRISP_API_IDENTIFIER and CRISP_API_KEY not set/);
    const logOnly = createAppServer(SECRETS, () => {}, { crisp: null });
    expect(await answer(await logOnly.fetch(await delivery(crisp.addMessage(sessionId, { content: 'thanks' }))))).toBe(
      '200 ok',
    );
  });

  it.each([
    ['thanks', true],
    ['Thank you so much!', true],
    ['thx 🙏', true],
    ['merci', true],
    ['thanks, but it still fails', false],
    ['no thanks needed?', false],
  ])('isThanks(%j) is %s', (text, expected) => {
    expect(isThanks(text)).toBe(expected);
  });
});
