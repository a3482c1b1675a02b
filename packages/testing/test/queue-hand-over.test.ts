// The `$crisp` array between the page and the client: an array the client has not run yet is the
// page's to edit; Crisp's snippet replacing it (`window.$crisp = []`) before or after the client
// took it; a second l.js with the client present; and `chat:hide` lasting until the page reloads.
import { afterEach, describe, expect, test } from 'vitest';
import { type FakeCrisp, installFakeCrisp } from '../src/index';
import { addLoaderTag, globals, liveOf, queueArray, snippet } from './helpers';

let fake: FakeCrisp;
afterEach(() => {
  fake.uninstall();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

const alice = ['set', 'user:email', ['alice@example.com']];
const bob = ['set', 'user:nickname', ['Bob']];

/** Crisp's embed code run again by a page that already has Crisp: a new array and a new l.js tag. */
function snippetAgain(queue: unknown[] = []): void {
  globals().$crisp = queue;
  addLoaderTag();
}

describe('an array the client has not run yet', () => {
  test('a command the page takes out before l.js executes never runs', async () => {
    fake = installFakeCrisp({ mode: 'manual' });
    snippet([alice, bob]);
    queueArray().splice(0, 1);
    await fake.load();
    expect(fake.commands).toEqual([bob]);
    expect(fake.session.user).toMatchObject({ email: null, nickname: 'Bob' });
    expect(fake.lost).toEqual([]);
  });

  test('a command the page takes out after l.js executed, before the client is live, never runs', async () => {
    fake = installFakeCrisp({ holdClient: true });
    snippet([alice]);
    await fake.settled();
    expect(fake.executions).toBe(1);
    const queue = queueArray();
    queue.splice(0, queue.length, bob);
    await fake.startClient();
    expect(fake.commands).toEqual([bob]);
    expect(fake.session.user.email).toBeNull();
    expect(JSON.stringify(fake.sessions)).not.toContain('alice');
  });
});

describe("the snippet's `$crisp = []` on a page that already has Crisp", () => {
  test('after l.js executed, before the client is live: the client takes the new array, the old one is lost', async () => {
    fake = installFakeCrisp({ holdClient: true });
    snippet([alice]);
    await fake.settled();
    globals().$crisp = [bob]; // the assignment alone, no second tag
    expect(fake.lost).toEqual([alice]);
    await fake.startClient();
    expect(fake.commands).toEqual([bob]);
    expect(fake.session.user.email).toBeNull();
    expect(fake.lost).toEqual([alice]);
  });

  // traces/second-loader-before-client.json
  test('with its second l.js before the client is live: client.js injected twice, both arrays lost', async () => {
    fake = installFakeCrisp({ holdClient: true });
    snippet([alice]);
    await fake.settled();
    snippetAgain([bob]);
    await fake.settled();
    await fake.startClient();
    expect(fake.requests).toBe(2);
    expect(fake.executions).toBe(2);
    expect(fake.clientInjections).toBe(2);
    // The first client.js copied [bob]; the second found a live object, copied nothing and
    // replaced it: the client that starts has an empty list.
    expect(fake.commands).toEqual([]);
    expect(fake.lost).toHaveLength(2);
    expect(fake.lost).toEqual(expect.arrayContaining([alice, bob]));
  });

  // traces/snippet-again-on-live-page.json
  test('after the client is live: the new array hides the live object, so the second l.js injects a second client, which starts with the new globals', async () => {
    fake = installFakeCrisp();
    globals().CRISP_TOKEN_ID = 'tok-alice';
    snippet();
    await fake.settled();
    const live = liveOf(fake);
    const session = fake.session.sessionId;

    globals().CRISP_TOKEN_ID = 'tok-bob';
    snippetAgain([bob]);
    queueArray().push(['do', 'chat:open']);
    await fake.settled();

    expect(fake.requests).toBe(2);
    expect(fake.executions).toBe(2);
    expect(fake.clientInjections).toBe(2);
    expect(fake.live).not.toBe(live);
    expect(fake.globalsAtInit).toMatchObject({ readCount: 1, readAt: 'l.js', tokenId: 'tok-bob' });
    expect(fake.sessions.map((s) => s.tokenId)).toEqual(['tok-alice', 'tok-bob']);
    expect(fake.session.sessionId).not.toBe(session);
    expect(fake.session).toMatchObject({ chatOpened: true, user: { nickname: 'Bob' } });
    expect(fake.lost).toEqual([]);
  });
});

describe('chat:hide and chat:show last until the page reloads', () => {
  test('a hide queued before the client is live applies at init and survives resets and a second l.js', async () => {
    fake = installFakeCrisp();
    globals().CRISP_TOKEN_ID = 'tok-alice';
    snippet([['do', 'chat:hide'], alice]);
    await fake.settled();
    expect(fake.session.chatVisible).toBe(false);

    globals().CRISP_TOKEN_ID = undefined;
    liveOf(fake).push(['do', 'session:reset']);
    await fake.settled();
    addLoaderTag();
    await fake.settled();
    expect(fake.sessions).toHaveLength(2);
    expect(fake.session).toMatchObject({ chatVisible: false, user: { email: null } });
    expect(fake.session.sessionId).not.toBeNull();

    liveOf(fake).push(['do', 'chat:show']);
    liveOf(fake).push(['do', 'session:reset']);
    await fake.settled();
    expect(fake.session.chatVisible).toBe(true);
  });
});
