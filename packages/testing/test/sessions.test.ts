// `fake.sessions`: what each Crisp session received, from the client's init or a reset to the next
// reset, with the token and locale read at its start; so a test can show that nothing of one
// visitor reached the next visitor's session.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type FakeCrisp, installFakeCrisp } from '../src/index';
import { globals, liveOf, snippet } from './helpers';

let fake: FakeCrisp;
afterEach(() => {
  fake.uninstall();
  vi.restoreAllMocks();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

const reset = ['do', 'session:reset'];

describe('fake.sessions', () => {
  test('empty until the client inits; then one session with the token and locale l.js copied', async () => {
    fake = installFakeCrisp({ holdClient: true });
    globals().CRISP_TOKEN_ID = 'tok-ann';
    globals().CRISP_RUNTIME_CONFIG = { locale: 'de' };
    snippet([['set', 'user:email', ['ann@example.com']]]);
    await fake.settled();
    expect(fake.sessions).toEqual([]);

    await fake.startClient();
    expect(fake.sessions).toEqual([
      {
        index: 1,
        startedBy: 'l.js',
        sessionId: 'session_tok_tok-ann',
        tokenId: 'tok-ann',
        locale: 'de',
        commands: [['set', 'user:email', ['ann@example.com']]],
        user: expect.objectContaining({ email: 'ann@example.com', nickname: null }),
        data: {},
        segments: [],
        current: true,
      },
    ]);
  });

  test('a reset ends a session with what it held and starts one with the globals read again', async () => {
    fake = installFakeCrisp();
    globals().CRISP_TOKEN_ID = 'tok-alice';
    snippet([
      ['set', 'user:email', ['alice@example.com']],
      ['set', 'session:data', [[['owner', 'alice']]]],
      ['set', 'session:segments', [['vip']]],
    ]);
    await fake.settled();
    globals().CRISP_TOKEN_ID = 'tok-bob';
    globals().CRISP_RUNTIME_CONFIG = { locale: 'fr' };
    const live = liveOf(fake);
    live.push(reset);
    live.push(['set', 'user:nickname', ['Bob']]);
    await fake.settled();

    const [alice, bob] = fake.sessions;
    expect(fake.sessions).toHaveLength(2);
    expect(alice).toMatchObject({
      index: 1,
      sessionId: 'session_tok_tok-alice',
      tokenId: 'tok-alice',
      locale: undefined,
      user: { email: 'alice@example.com' },
      data: { owner: 'alice' },
      segments: ['vip'],
      current: false,
    });
    expect(alice?.commands.at(-1)).toEqual(reset);
    expect(bob).toMatchObject({
      index: 2,
      startedBy: 'session:reset',
      sessionId: 'session_tok_tok-bob',
      tokenId: 'tok-bob',
      locale: 'fr',
      commands: [['set', 'user:nickname', ['Bob']]],
      user: { email: null, nickname: 'Bob' },
      data: {},
      segments: [],
      current: true,
    });
    expect(fake.sessions.flatMap((session) => session.commands)).toEqual(fake.commands);
  });

  // traces/pending-reset.json: the reset waits in the pending list until the session loads
  test('an identity queued before a reset reaches the session the reset ends, which loads first', async () => {
    fake = installFakeCrisp();
    snippet([['set', 'user:email', ['alice@example.com']], reset, ['set', 'user:nickname', ['Bob']]]);
    await fake.settled();
    const [first, second] = fake.sessions;
    expect(first).toMatchObject({ user: { email: 'alice@example.com' }, current: false });
    expect(first?.sessionId).not.toBeNull();
    expect(second).toMatchObject({ user: { email: null, nickname: 'Bob' }, current: true });
    expect(second?.sessionId).not.toBeNull();
    expect(JSON.stringify(second)).not.toContain('alice');
  });

  test('a refused command is one the session received; views are copies', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fake = installFakeCrisp();
    snippet([['set', 'user:email', ['not an email']]]);
    await fake.settled();
    expect(fake.errors).toHaveLength(1);
    expect(logged).toHaveBeenCalledOnce();
    const [session] = fake.sessions;
    expect(session?.commands).toEqual([['set', 'user:email', ['not an email']]]);
    expect(session?.user.email).toBeNull();
    (session?.commands as unknown[]).length = 0;
    expect(fake.sessions[0]?.commands).toHaveLength(1);
  });
});
