// The fake Crisp API mounted on Node's http (for code that talks to a URL rather than taking a
// `fetch`): the client over a real socket, a dropped connection seen as a network error.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrispApi, isCrispApiError } from '@crispkit/server';
import { createFakeCrispApi, FAKE_TOKEN, FAKE_WEBSITE_ID } from '@crispkit/testing/api';

const crisp = createFakeCrispApi();
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((request, response) => void crisp.listener(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => createCrispApi({ ...FAKE_TOKEN, websiteId: FAKE_WEBSITE_ID, baseUrl, random: () => 0 });

describe('the fake Crisp API over HTTP', () => {
  it('answers the client as the fetch function does', async () => {
    const sessionId = crisp.seedConversation();
    await client().conversations.sendMessage({ sessionId, message: { type: 'note', content: 'over a socket' } });
    expect(crisp.conversation(sessionId)!.messages.map((m) => m.content)).toEqual(['over a socket']);
    expect(await client().conversations.resolve({ sessionId })).toEqual({ changed: true });
  });

  it('a dropped connection is a network error; a POST is not sent again', async () => {
    const sessionId = crisp.seedConversation();
    crisp.clear();
    crisp.fail({ drop: true, processed: true });
    const failure = client().conversations.sendMessage({ sessionId, message: { type: 'text', content: 'x' } });
    await expect(failure).rejects.toSatisfy((error) => isCrispApiError(error, 'network') && error.attempts == 1);
    expect(crisp.requests.map((r) => [r.method, r.status, r.processed])).toEqual([['POST', 0, true]]);
    expect(crisp.conversation(sessionId)!.messages).toHaveLength(1);
  });
});
