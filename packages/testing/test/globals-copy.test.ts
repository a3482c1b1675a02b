// When the loader reads the globals: a copy taken the moment l.js executes, handed to the client's
// init, and taken again only by session:reset. Driven like a naive wrapper would: raw global
// writes and raw pushes.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type FakeCrisp, installFakeCrisp } from '../src/index';
import { WEBSITE_ID, globals, liveOf, outcome, queueArray, snippet } from './helpers';

let fake: FakeCrisp;
afterEach(() => {
  fake.uninstall();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

/** A page whose l.js has executed (its tag fired `load`) while client.js is held back. */
async function loaderExecuted(queue: unknown[] = []) {
  fake = installFakeCrisp({ holdClient: true });
  const tagOutcome = outcome(snippet(queue));
  await fake.settled();
  expect(await tagOutcome).toBe('load');
  expect(fake.executions).toBe(1);
  expect(fake.live).toBeNull();
  expect(Array.isArray(globals().$crisp)).toBe(true);
}

describe('the copy taken when l.js executes', () => {
  test('a token changed after l.js executed is ignored at init; session:reset re-reads it', async () => {
    globals().CRISP_TOKEN_ID = 'a';
    await loaderExecuted();
    globals().CRISP_TOKEN_ID = 'b';

    await fake.startClient();
    expect(fake.globalsAtInit).toMatchObject({ readCount: 1, readAt: 'l.js', tokenId: 'a' });
    expect(fake.session.sessionId).toBe('session_tok_a');

    liveOf(fake).push(['do', 'session:reset']);
    expect(fake.globalsAtInit).toMatchObject({ readCount: 2, readAt: 'session:reset', tokenId: 'b' });
    await fake.settled();
    expect(fake.session.sessionId).toBe('session_tok_b');
  });

  test('the copy is visible as soon as l.js executed, before the client is live', async () => {
    fake = installFakeCrisp({ mode: 'manual' });
    globals().CRISP_TOKEN_ID = 'a';
    snippet();
    await fake.settled();
    expect(fake.globalsAtInit).toMatchObject({ readCount: 0, readAt: null, tokenId: undefined });
    await fake.executeLoader();
    expect(fake.globalsAtInit).toMatchObject({ readCount: 1, readAt: 'l.js', tokenId: 'a', websiteId: WEBSITE_ID });
    expect(fake.live).toBeNull();
  });

  test('locale, runtime config and cookie settings changed in the window are ignored until a reset', async () => {
    globals().CRISP_RUNTIME_CONFIG = { locale: 'en', lock_maximized: true };
    globals().CRISP_COOKIE_DOMAIN = 'shop.test';
    await loaderExecuted();
    globals().CRISP_RUNTIME_CONFIG = { locale: 'fr' };
    globals().CRISP_COOKIE_DOMAIN = 'other.test';
    (globals().CRISP_RUNTIME_CONFIG as Record<string, unknown>).session_merge = true;

    await fake.startClient();
    expect(fake.globalsAtInit).toMatchObject({
      runtimeConfig: { locale: 'en', lock_maximized: true },
      cookieDomain: 'shop.test',
    });
    liveOf(fake).push(['do', 'session:reset']);
    expect(fake.globalsAtInit).toMatchObject({
      runtimeConfig: { locale: 'fr', session_merge: true },
      cookieDomain: 'other.test',
    });
  });

  test('a mutation of the runtime config object after l.js executed does not reach the copy', async () => {
    const config: Record<string, unknown> = { locale: 'en' };
    globals().CRISP_RUNTIME_CONFIG = config;
    await loaderExecuted();
    config.locale = 'de';
    await fake.startClient();
    expect(fake.globalsAtInit.runtimeConfig).toEqual({ locale: 'en' });
  });

  test('CRISP_READY_TRIGGER is copied too: one set after l.js executed is not called, until a reset reads it', async () => {
    const early = vi.fn();
    const late = vi.fn();
    globals().CRISP_READY_TRIGGER = early;
    await loaderExecuted();
    globals().CRISP_READY_TRIGGER = late;
    await fake.startClient();
    expect(early).toHaveBeenCalledOnce();
    expect(late).not.toHaveBeenCalled();

    liveOf(fake).push(['do', 'session:reset']);
    await fake.settled();
    expect(early).toHaveBeenCalledOnce();
    expect(late).toHaveBeenCalledOnce();
  });

  test('CRISP_INCLUDE_ATTRS is copied when l.js executes: the injected elements carry that nonce', async () => {
    globals().CRISP_INCLUDE_ATTRS = { nonce: 'first' };
    await loaderExecuted();
    globals().CRISP_INCLUDE_ATTRS = { nonce: 'second' };
    await fake.startClient();
    const nonces = [...document.querySelectorAll('[data-crisp-fake]')].map((el) => el.getAttribute('nonce'));
    expect(nonces).toEqual(['first', 'first']);
    expect(fake.globalsAtInit.includeAttrs).toEqual({ nonce: 'first' });
  });

  test('before l.js executes, rewriting the globals is enough', async () => {
    fake = installFakeCrisp({ mode: 'manual' });
    globals().CRISP_TOKEN_ID = 'a';
    snippet([['set', 'user:nickname', ['Ada']]]);
    await fake.settled();
    globals().CRISP_TOKEN_ID = 'b'; // l.js requested, not executed yet
    await fake.load();
    expect(fake.session.sessionId).toBe('session_tok_b');
    expect(fake.session.user.nickname).toBe('Ada');
  });
});

describe('an identity change in the window between l.js and the live client', () => {
  test('a logout written only to the global is silently ignored: the previous user keeps the session', async () => {
    globals().CRISP_TOKEN_ID = 'tok-ada';
    await loaderExecuted([['set', 'user:email', ['ada@example.com']]]);
    globals().CRISP_TOKEN_ID = undefined; // logout, as a naive wrapper does it
    await fake.startClient();
    expect(fake.session.sessionId).toBe('session_tok_tok-ada');
    expect(fake.session.user.email).toBe('ada@example.com');
  });

  test('a reset queued on the array re-reads the new token; the previous user queued before it does not survive', async () => {
    globals().CRISP_TOKEN_ID = 'tok-ada';
    await loaderExecuted([['set', 'user:email', ['ada@example.com']]]);
    globals().CRISP_TOKEN_ID = 'tok-bob';
    queueArray().push(['do', 'session:reset'], ['set', 'user:email', ['bob@example.com']]);

    await fake.startClient();
    expect(fake.globalsAtInit).toMatchObject({ readCount: 2, tokenId: 'tok-bob' });
    expect(fake.session.sessionId).toBe('session_tok_tok-bob');
    expect(fake.session.user.email).toBe('bob@example.com');
  });
});

describe('reaching the window deterministically', () => {
  test('executeLoader() runs l.js and holds client.js; startClient() lets it run', async () => {
    fake = installFakeCrisp({ mode: 'manual' });
    const script = snippet([['do', 'chat:open']]);
    const onLoad = vi.fn();
    script.addEventListener('load', onLoad);
    await fake.settled();
    await fake.executeLoader();
    expect(onLoad).toHaveBeenCalledOnce();
    expect(fake.clientInjections).toBe(1);
    expect(fake.live).toBeNull();
    await fake.settled(); // a held client stays held
    expect(fake.live).toBeNull();
    await fake.startClient();
    expect(fake.session).toMatchObject({ chatOpened: true, sessionId: expect.stringMatching(/^session_/) });
  });

  test('executeLoader() and startClient() explain misuse', async () => {
    fake = installFakeCrisp({ mode: 'manual' });
    await expect(fake.executeLoader()).rejects.toThrow(/no l\.js request is pending/);
    await expect(fake.startClient()).rejects.toThrow(/no client\.js is held/);
  });

  test('clientDelayMs: under fake timers the window lasts exactly that long', async () => {
    vi.useFakeTimers();
    fake = installFakeCrisp({ clientDelayMs: 300 });
    globals().CRISP_TOKEN_ID = 'a';
    snippet();
    await vi.advanceTimersToNextTimerAsync(); // l.js executed
    expect(fake.executions).toBe(1);
    globals().CRISP_TOKEN_ID = 'b';
    await vi.advanceTimersByTimeAsync(299);
    expect(fake.live).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.live).not.toBeNull();
    await vi.runAllTimersAsync();
    expect(fake.session.sessionId).toBe('session_tok_a');
  });

  test('two l.js executed before the client is live: the client inits with the first copy', async () => {
    fake = installFakeCrisp({ mode: 'manual' });
    globals().CRISP_TOKEN_ID = 'first';
    snippet();
    await fake.executeLoader();
    globals().CRISP_TOKEN_ID = 'second';
    snippet();
    await fake.executeLoader();
    expect(fake.clientInjections).toBe(2);
    await fake.startClient();
    expect(fake.globalsAtInit).toMatchObject({ readCount: 1, tokenId: 'first' });
  });
});
