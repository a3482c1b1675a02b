// The fake l.js lifecycle: requests, injections, the array hand-over, behaviours and timing.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type FakeCrisp, installFakeCrisp } from '../src/index';
import { WEBSITE_ID, addLoaderTag, globals, liveOf, outcome, queueArray, snippet } from './helpers';

let fake: FakeCrisp | undefined;
const install = (...args: Parameters<typeof installFakeCrisp>) => (fake = installFakeCrisp(...args));
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
  vi.useRealTimers();
  vi.restoreAllMocks();
  // Tags the fake did not match stay behind; start every test from an empty page.
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('the snippet flow', () => {
  test('runs queued commands in order, then live pushes, and establishes the session', async () => {
    const fake = install();
    const ready = vi.fn(function (this: unknown) {
      expect(this).toBe(window);
    });
    globals().CRISP_READY_TRIGGER = ready;
    const loaded = vi.fn();
    const script = snippet([
      ['set', 'user:email', ['ada@example.com']],
      ['on', 'session:loaded', loaded],
      ['set', 'session:data', [[['plan', 'pro']]]],
    ]);
    const original = queueArray();
    const tagOutcome = outcome(script);
    await fake.settled();

    expect(await tagOutcome).toBe('load');
    expect(fake.requests).toBe(1);
    expect(fake.executions).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(globals().$crisp).toBe(fake.live);
    expect(Array.isArray(globals().$crisp)).toBe(false);
    expect(original).toHaveLength(3); // the client kept, not emptied, the array

    liveOf(fake).push(['do', 'chat:open']);
    expect(fake.commands.map(([verb, name]) => `${verb} ${String(name)}`)).toEqual([
      'set user:email',
      'on session:loaded',
      'set session:data',
      'do chat:open',
    ]);
    const id = fake.session.sessionId;
    expect(id).toMatch(/^session_/);
    expect(loaded).toHaveBeenCalledExactlyOnceWith(id);
    expect(ready).toHaveBeenCalledOnce();
    expect(fake.session.user.email).toBe('ada@example.com');
    expect(fake.session.data).toEqual({ plan: 'pro' });
    expect(fake.globalsAtInit).toMatchObject({ readCount: 1, websiteId: WEBSITE_ID });
  });

  test('each step is its own macrotask: in-between states are observable', async () => {
    vi.useFakeTimers();
    const fake = install();
    const ready = vi.fn();
    globals().CRISP_READY_TRIGGER = ready;
    const script = snippet([['set', 'session:segments', [['queued']]]]);
    const onLoad = vi.fn();
    script.addEventListener('load', onLoad);
    await Promise.resolve(); // let the MutationObserver notice the tag
    expect(fake.requests).toBe(1);
    expect(fake.executions).toBe(0);

    await vi.advanceTimersToNextTimerAsync(); // (1) l.js executed
    expect(fake.executions).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(onLoad).toHaveBeenCalledOnce();
    expect(Array.isArray(globals().$crisp)).toBe(true);
    // l.js injected client.js and its stylesheet (inert stand-ins).
    expect(document.querySelectorAll('[data-crisp-fake]')).toHaveLength(2);

    await vi.advanceTimersToNextTimerAsync(); // (2) client.js copied the array and replaced $crisp
    const live = liveOf(fake);
    expect(globals().$crisp).toBe(live);
    live.push(['set', 'session:segments', [['buffered']]]);
    expect(fake.commands).toEqual([]);
    expect(fake.waiting).toEqual([
      ['set', 'session:segments', [['queued']]],
      ['set', 'session:segments', [['buffered']]],
    ]);
    expect(() => live.get('user:email')).toThrow(); // no init yet: Crisp's session library is missing

    await vi.advanceTimersToNextTimerAsync(); // (3) the loader's __init: the client starts, nothing runs yet
    expect(fake.sessions).toHaveLength(1);
    expect(fake.session.segments).toEqual([]);
    expect(fake.session.sessionId).toBeNull();
    expect(live.get('user:email')).toBeNull();
    expect(live.get('session:identifier')).toBeNull();
    expect(ready).not.toHaveBeenCalled();

    await vi.advanceTimersToNextTimerAsync(); // (4) session: ready trigger, then the pending list
    expect(fake.session.sessionId).not.toBeNull();
    expect(ready).toHaveBeenCalledOnce();
    expect(fake.session.segments).toEqual(['queued', 'buffered']);
    expect(fake.waiting).toEqual([]);
  });

  test('commands pushed onto the original array once client.js ran never run: it copied the array', async () => {
    vi.useFakeTimers();
    const fake = install();
    snippet();
    const original = queueArray();
    await vi.advanceTimersToNextTimerAsync(); // l.js
    await vi.advanceTimersToNextTimerAsync(); // client.js
    original.push(['do', 'chat:open']); // a wrapper still holding the array: too late already
    expect(fake.lost).toEqual([['do', 'chat:open']]);
    await vi.runAllTimersAsync(); // init, session
    expect(fake.session.sessionId).not.toBeNull();
    expect(fake.session.chatOpened).toBe(false);
    expect(fake.commands).toEqual([]);
  });

  test('delayMs delays serving; settled() waits for it', async () => {
    vi.useFakeTimers();
    const fake = install({ delayMs: 500 });
    snippet();
    await vi.advanceTimersByTimeAsync(499);
    expect(fake.executions).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.executions).toBe(1);
    await vi.runAllTimersAsync();
    expect(fake.session.sessionId).not.toBeNull();
  });

  test('load() serves a delayed tag at once', async () => {
    const fake = install({ delayMs: 60_000 });
    snippet();
    await fake.load();
    expect(fake.session.sessionId).not.toBeNull();
    expect(fake.requests).toBe(1);
  });
});

describe('requests and injections', () => {
  test('two l.js tags served before the client is live inject client.js twice', async () => {
    const fake = install({ mode: 'manual' });
    snippet();
    addLoaderTag();
    await fake.load();
    expect(fake.requests).toBe(2);
    expect(fake.executions).toBe(2);
    expect(fake.clientInjections).toBe(2);
    expect(document.querySelectorAll('[data-crisp-fake="client.js"]')).toHaveLength(2);
  });

  test('a second l.js after the client is live is one more request but no injection', async () => {
    const fake = install();
    snippet();
    await fake.settled();
    addLoaderTag();
    await fake.settled();
    expect(fake.requests).toBe(2);
    expect(fake.executions).toBe(2);
    expect(fake.clientInjections).toBe(1);
  });

  test('tags present before install count as requests; other scripts do not', async () => {
    snippet();
    addLoaderTag(window, 'https://example.com/app.js');
    const fake = install();
    await fake.settled();
    expect(fake.requests).toBe(1);
    expect(fake.session.sessionId).not.toBeNull();
  });

  test('tags nested in an added subtree are noticed; the query string is allowed', async () => {
    const fake = install();
    globals().$crisp = [];
    const wrapper = document.createElement('div');
    const script = document.createElement('script');
    script.src = 'https://client.crisp.chat/l.js?v=2';
    wrapper.appendChild(script);
    document.body.appendChild(wrapper);
    await fake.settled();
    expect(fake.requests).toBe(1);
    expect(fake.live).not.toBeNull();
    wrapper.remove();
  });

  test('scriptMatch selects which src counts as l.js', async () => {
    const fake = install({ scriptMatch: /\/crisp-loader\.js$/ });
    globals().$crisp = [];
    addLoaderTag();
    addLoaderTag(window, '/static/crisp-loader.js');
    await fake.settled();
    expect(fake.requests).toBe(1);
  });

  test('manual mode waits for load()', async () => {
    const fake = install({ mode: 'manual' });
    snippet([['do', 'chat:open']]);
    await fake.settled();
    expect(fake.requests).toBe(1);
    expect(fake.executions).toBe(0);
    expect(Array.isArray(globals().$crisp)).toBe(true);
    await fake.load();
    expect(fake.session.chatOpened).toBe(true);
  });
});

describe('behaviours', () => {
  test('blocked: error on the tag, the array keeps its commands, a later l.js delivers them', async () => {
    const fake = install({ behavior: 'blocked' });
    const script = snippet([['set', 'user:nickname', ['Ada']]]);
    const original = queueArray();
    const tagOutcome = outcome(script);
    await fake.settled();
    expect(await tagOutcome).toBe('error');
    expect(globals().$crisp).toBe(original);
    expect(fake.live).toBeNull();
    expect(fake.clientInjections).toBe(0);
    original.push(['do', 'chat:open']);

    fake.setBehavior('ok');
    const retry = addLoaderTag();
    const retryOutcome = outcome(retry);
    await fake.settled();
    expect(await retryOutcome).toBe('load');
    expect(fake.requests).toBe(2);
    expect(fake.commands).toEqual([
      ['set', 'user:nickname', ['Ada']],
      ['do', 'chat:open'],
    ]);
    expect(fake.session.user.nickname).toBe('Ada');
  });

  test('fail() blocks the pending tag in manual mode', async () => {
    const fake = install({ mode: 'manual' });
    const script = snippet();
    const tagOutcome = outcome(script);
    fake.fail();
    expect(await tagOutcome).toBe('error');
    expect(Array.isArray(globals().$crisp)).toBe(true);
    await fake.load(); // nothing pending any more
    expect(fake.executions).toBe(0);
  });

  test('never-ready: client live and started, its pending list waits with the session until becomeReady()', async () => {
    const fake = install({ behavior: 'never-ready' });
    const ready = vi.fn();
    const loaded = vi.fn();
    globals().CRISP_READY_TRIGGER = ready;
    snippet([
      ['on', 'session:loaded', loaded],
      ['do', 'chat:hide'],
    ]);
    await fake.settled();
    expect(fake.live).not.toBeNull();
    expect(fake.sessions).toHaveLength(1);
    expect(fake.session.chatVisible).toBe(true);
    expect(fake.waiting).toHaveLength(2);
    expect(fake.session.sessionId).toBeNull();
    expect(loaded).not.toHaveBeenCalled();
    expect(ready).not.toHaveBeenCalled();
    expect(() => liveOf(fake).get('session:data', 'plan')).toThrow();

    await fake.becomeReady();
    expect(fake.session.chatVisible).toBe(false);
    expect(loaded).toHaveBeenCalledOnce();
    expect(ready).toHaveBeenCalledOnce();
  });

  test('silent: l.js loads and does nothing at all', async () => {
    const fake = install({ behavior: 'silent' });
    const ready = vi.fn();
    globals().CRISP_READY_TRIGGER = ready;
    const script = snippet([['do', 'chat:open']]);
    const tagOutcome = outcome(script);
    await fake.settled();
    expect(await tagOutcome).toBe('load');
    expect(fake.executions).toBe(1);
    expect(fake.clientInjections).toBe(0);
    expect(fake.live).toBeNull();
    expect(queueArray()).toEqual([['do', 'chat:open']]);
    expect(ready).not.toHaveBeenCalled();
  });

  test('the sessionId option names the first session', async () => {
    const fake = install({ sessionId: 'session_fixed' });
    snippet();
    await fake.settled();
    expect(fake.session.sessionId).toBe('session_fixed');
    expect(liveOf(fake).get('session:identifier')).toBe('session_fixed');
  });

  test('the session id is stable per CRISP_TOKEN_ID', async () => {
    const fake = install();
    globals().CRISP_TOKEN_ID = 'a1b2c3';
    snippet();
    await fake.settled();
    expect(fake.session.sessionId).toBe('session_tok_a1b2c3');
    expect(fake.globalsAtInit.tokenId).toBe('a1b2c3');
  });

  test('CRISP_INCLUDE_ATTRS reaches every injected element (CSP nonce)', async () => {
    const fake = install();
    globals().CRISP_INCLUDE_ATTRS = { nonce: 'r4nd0m' };
    snippet();
    await fake.settled();
    const injected = [...document.querySelectorAll('[data-crisp-fake]')];
    expect(injected).toHaveLength(2);
    for (const element of injected) expect(element.getAttribute('nonce')).toBe('r4nd0m');
    expect(fake.globalsAtInit.includeAttrs).toEqual({ nonce: 'r4nd0m' });
  });
});
