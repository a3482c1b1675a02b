// The live $crisp object: handlers, getters, actions, setters and resets, as the kit relies on them.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type FakeCrisp, type FakeLive, type FakeMessage, installFakeCrisp } from '../src/index';
import { globals, liveOf, snippet } from './helpers';

let fake: FakeCrisp;
let live: FakeLive;

/** A page with Crisp loaded and its session established. */
async function loaded(queue: unknown[] = [], options: Parameters<typeof installFakeCrisp>[0] = {}) {
  fake = installFakeCrisp(options);
  snippet(queue);
  await fake.settled();
  live = liveOf(fake);
}

beforeEach(() => {
  // Refused commands are logged like the real client does; keep the output clean and checkable.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  fake.uninstall();
  vi.restoreAllMocks();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('events', () => {
  test('one handler per event: a second on replaces the first, off removes it', async () => {
    await loaded();
    const first = vi.fn();
    const second = vi.fn();
    live.push(['on', 'chat:opened', first]);
    live.on('chat:opened', second);
    expect(fake.registrations).toBe(2);
    expect(fake.handlers.get('chat:opened')).toBe(second);

    live.push(['do', 'chat:open']);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();

    live.push(['off', 'chat:opened']);
    expect(fake.handlers.has('chat:opened')).toBe(false);
    fake.emit('chat:opened');
    expect(second).toHaveBeenCalledOnce();
  });

  test('an unknown event name throws like the real client', async () => {
    await loaded();
    const noSuchNamespace = (name: string) =>
      `No such namespace: ${name} - Call $crisp.help() for a list of available actions.`;
    expect(() => live.push(['on', 'chat:exploded', () => undefined])).toThrow(noSuchNamespace('chat:exploded'));
    expect(() => live.on('nope', () => undefined)).toThrow(noSuchNamespace('nope'));
  });

  test('Widget Tools: newer clients take hugo:tool: handlers; v2.7.0 (widgetTools: false) refuses them', async () => {
    await loaded();
    live.on('hugo:tool:lookup_order', (args?: unknown) => ({ found: (args as { id: string }).id }));
    expect(await fake.callTool('lookup_order', { id: 'A1' })).toEqual({ ok: true, value: { found: 'A1' } });
    live.push(['off', 'hugo:tool:lookup_order']);
    expect(await fake.callTool('lookup_order', { id: 'A1' })).toEqual({
      ok: false,
      error: 'No handler for tool "lookup_order"',
    });
    fake.uninstall();
    await loaded([], { widgetTools: false });
    // v2.7.0 knows 14 names and no AI-agent tools.
    expect(() => live.on('hugo:tool:lookup_order', () => undefined)).toThrow(
      'No such namespace: hugo:tool:lookup_order - Call $crisp.help() for a list of available actions.',
    );
  });

  test('callTool: what Hugo receives from a handler that rejects, throws a non-Error, or resolves later', async () => {
    await loaded();
    live.on('hugo:tool:reject', () => Promise.reject(new Error('no stock')));
    live.on('hugo:tool:string', () => {
      throw 'plain text';
    });
    // Resolves only when the test says so, after Hugo has asked.
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    live.on('hugo:tool:later', () => answered.then(() => 7));
    expect(await fake.callTool('reject')).toEqual({ ok: false, error: 'no stock' });
    expect(await fake.callTool('string')).toEqual({ ok: false, error: 'plain text' });
    const later = fake.callTool('later');
    answer();
    expect(await later).toEqual({ ok: true, value: 7 });
  });

  test('handlers are called with this === window and their errors are swallowed', async () => {
    await loaded();
    let self: unknown;
    live.on('message:received', function (this: unknown) {
      self = this;
      throw new Error('app bug');
    });
    expect(() => fake.receiveMessage('hi')).not.toThrow();
    expect(self).toBe(window);
    expect(fake.errors).toMatchObject([{ kind: 'handler' }]);
  });

  test('emit calls the registered handler with the payload', async () => {
    await loaded();
    const typing = vi.fn();
    live.on('message:compose:received', typing);
    fake.emit('message:compose:received', { type: 'start', timestamp: 1 });
    expect(typing).toHaveBeenCalledWith({ type: 'start', timestamp: 1 });
  });
});

describe('get and is', () => {
  // traces/init-handshake-window.json, pending-reset.json
  test('before the session: user:* throws until init then reads null, session:identifier is null, session:data throws', async () => {
    fake = installFakeCrisp({ behavior: 'never-ready' });
    snippet([['set', 'user:email', ['ada@example.com']]]);
    await fake.settled();
    live = liveOf(fake);
    expect(live.get('user:email')).toBeNull();
    expect(live.get('user:nickname')).toBeNull();
    expect(live.get('session:identifier')).toBeNull();
    expect(() => live.get('session:data', 'plan')).toThrow();
    expect(live.get('chat:unread:count')).toBe(0);
    await fake.becomeReady();
    expect(live.get('user:email')).toBe('ada@example.com');
  });

  test('is answers the eight keys', async () => {
    await loaded([], { websiteAvailable: false });
    expect(live.is('chat:opened')).toBe(false);
    expect(live.is('chat:closed')).toBe(true);
    expect(live.is('chat:visible')).toBe(true);
    expect(live.is('chat:hidden')).toBe(false);
    expect(live.is('chat:small')).toBe(true);
    expect(live.is('chat:large')).toBe(false);
    expect(live.is('session:ongoing')).toBe(false);
    expect(live.is('website:available')).toBe(false);
    live.push(['do', 'message:send', ['text', 'hello']]);
    expect(live.is('session:ongoing')).toBe(true);
  });

  test('get and is are not recorded as commands', async () => {
    await loaded();
    live.get('chat:unread:count');
    live.is('chat:opened');
    expect(fake.commands).toEqual([]);
  });
});

describe('do', () => {
  test('open, close and toggle fire events; opening clears unread', async () => {
    await loaded();
    const opened = vi.fn();
    const closed = vi.fn();
    live.on('chat:opened', opened);
    live.on('chat:closed', closed);
    fake.receiveMessage('one');
    fake.receiveMessage('two');
    expect(live.get('chat:unread:count')).toBe(2);
    live.push(['do', 'chat:toggle']);
    expect(fake.session).toMatchObject({ chatOpened: true, unreadCount: 0 });
    fake.receiveMessage('seen at once');
    expect(fake.session.unreadCount).toBe(0);
    live.do('chat:close');
    expect([opened.mock.calls.length, closed.mock.calls.length]).toEqual([1, 1]);
  });

  test('show and hide, message:read', async () => {
    await loaded();
    live.push(['do', 'chat:hide']);
    expect(live.is('chat:hidden')).toBe(true);
    live.push(['do', 'chat:show']);
    expect(live.is('chat:visible')).toBe(true);
    fake.receiveMessage('unread');
    live.push(['do', 'message:read']);
    expect(fake.session.unreadCount).toBe(0);
  });

  test('message:send appends a user message and fires message:sent with the Crisp shape', async () => {
    await loaded();
    const sent = vi.fn<(message: FakeMessage) => void>();
    const initiated = vi.fn();
    live.on('message:sent', sent as (payload?: unknown) => void);
    live.on('chat:initiated', initiated);
    live.push(['do', 'message:send', ['text', 'Where is my order?']]);
    live.push([
      'do',
      'message:send',
      ['file', { url: 'https://x.test/a.pdf', type: 'application/pdf', name: 'a.pdf' }],
    ]);
    expect(sent).toHaveBeenCalledTimes(2);
    const message = sent.mock.calls[0]?.[0];
    expect(message).toEqual({
      type: 'text',
      from: 'user',
      origin: 'chat',
      content: 'Where is my order?',
      timestamp: expect.any(Number),
      fingerprint: expect.any(Number),
    });
    expect(initiated).toHaveBeenCalledOnce();
    expect(fake.session.messages).toHaveLength(2);
  });

  test('receiveMessage fires message:received from the operator', async () => {
    await loaded();
    const received = vi.fn();
    live.on('message:received', received);
    fake.receiveMessage('Hello!');
    expect(received).toHaveBeenCalledWith(
      expect.objectContaining({ from: 'operator', type: 'text', content: 'Hello!' }),
    );
  });

  test('setAvailability fires website:availability:changed', async () => {
    await loaded();
    const changed = vi.fn();
    live.on('website:availability:changed', changed);
    fake.setAvailability(false);
    expect(changed).toHaveBeenCalledWith(false);
    expect(live.is('website:available')).toBe(false);
  });

  test('session:reset clears the session, re-reads the token and fires session:loaded again', async () => {
    const ready = vi.fn();
    fake = installFakeCrisp();
    globals().CRISP_READY_TRIGGER = ready;
    globals().CRISP_RUNTIME_CONFIG = { locale: 'en' };
    snippet([
      ['set', 'user:email', ['ada@example.com']],
      ['set', 'session:data', [[['plan', 'pro']]]],
    ]);
    await fake.settled();
    live = liveOf(fake);
    const loadedIds: unknown[] = [];
    live.on('session:loaded', (id) => loadedIds.push(id));
    const anonymous = fake.session.sessionId;

    // Login after load: set the token, then reset (the reset re-reads the globals).
    globals().CRISP_TOKEN_ID = 'tok42';
    globals().CRISP_RUNTIME_CONFIG = { locale: 'fr' };
    expect(fake.globalsAtInit.tokenId).toBeUndefined(); // not read until the reset
    live.push(['do', 'session:reset']);
    expect(fake.session.sessionId).toBeNull();
    expect(live.get('user:email')).toBeNull(); // the client is started: no session, no email
    expect(fake.globalsAtInit).toMatchObject({ readCount: 2, tokenId: 'tok42', runtimeConfig: { locale: 'fr' } });
    await fake.settled();

    expect(fake.session.sessionId).toBe('session_tok_tok42');
    expect(fake.session.sessionId).not.toBe(anonymous);
    expect(fake.session.data).toEqual({});
    expect(fake.session.user.email).toBeNull();
    expect(loadedIds).toEqual(['session_tok_tok42']);
    expect(ready).toHaveBeenCalledTimes(2);

    // Logout: token cleared, reset with reload simulated.
    globals().CRISP_TOKEN_ID = null;
    live.push(['do', 'session:reset', [true]]);
    await fake.settled();
    expect(fake.session.sessionId).toMatch(/^session_(?!tok_)/);
    expect(fake.globalsAtInit.tokenId).toBeNull();
  });

  test('an unknown action throws into the caller and is logged; safe mode silences both; an unknown verb is ignored', async () => {
    await loaded();
    expect(() => live.push(['do', 'chat:explode'])).toThrow('No such namespace: chat:explode');
    expect(console.error).toHaveBeenCalledOnce();
    live.push(['safe', true]);
    expect(() => live.push(['do', 'chat:explode'])).not.toThrow();
    live.push(['frobnicate', 'x']);
    expect(console.error).toHaveBeenCalledOnce();
    expect(fake.errors.map((e) => e.kind)).toEqual(['command', 'command']);
    expect(fake.session.safe).toBe(true);
  });

  test('actions without state are recorded only', async () => {
    await loaded();
    live.push(['do', 'trigger:run', ['welcome']]);
    live.push(['do', 'bot:scenario:run', ['onboarding', { plan: 'pro' }]]);
    live.push(['do', 'helpdesk:search']);
    expect(fake.commands).toHaveLength(3);
    expect(fake.errors).toEqual([]);
  });
});

describe('set', () => {
  test('session:data upserts; an empty string deletes; the list and (key, value) forms work', async () => {
    await loaded([
      [
        'set',
        'session:data',
        [
          [
            ['plan', 'pro'],
            ['seats', 3],
          ],
        ],
      ],
    ]);
    live.push(['set', 'session:data', ['trial', true]]);
    live.push([
      'set',
      'session:data',
      [
        [
          ['seats', 5],
          ['plan', ''],
        ],
      ],
    ]);
    expect(fake.session.data).toEqual({ seats: 5, trial: true });
    expect(live.get('session:data', 'seats')).toBe(5);
    expect(live.get('session:data')).toEqual({ seats: 5, trial: true });
  });

  test('session:data with one bad pair is refused whole: the client throws and drops the command', async () => {
    await loaded([['set', 'session:data', [[['plan', 'pro']]]]]);
    const push = () =>
      live.push([
        'set',
        'session:data',
        [
          [
            ['bad key', 1],
            ['ok', { nested: true }],
            ['fine', 'yes'],
          ],
        ],
      ]);
    expect(push).toThrow('Invalid data');
    expect(fake.session.data).toEqual({ plan: 'pro' });
    expect(fake.errors).toMatchObject([{ kind: 'command', message: 'Invalid data' }]);
  });

  test('session:data behaves like a map upsert (property)', async () => {
    await loaded();
    // Crisp's coercion: a non-empty string that reads as a number becomes one (`' '` is 0).
    const stored = (v: string | number | boolean) =>
      typeof v !== 'string' || v === ''
        ? v
        : v === 'true'
          ? true
          : v === 'false'
            ? false
            : Number.isNaN(Number(v))
              ? v
              : Number(v);
    const key = fc.constantFrom('a', 'b', 'c', 'plan', 'seats');
    const value = fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (batches) => {
          const model = new Map<string, string | number | boolean>(Object.entries(fake.session.data));
          for (const batch of batches) {
            live.push(['set', 'session:data', [batch]]);
            for (const [k, v] of batch) {
              if (v === '') model.delete(k);
              // Numeric strings, "true" and "false" are stored as numbers and booleans.
              else model.set(k, stored(v));
            }
          }
          expect(fake.session.data).toEqual(Object.fromEntries(model));
        },
      ),
    );
  });

  test('session:segments append without duplicates unless overwrite', async () => {
    await loaded([['set', 'session:segments', [['vip', 'beta']]]]);
    live.push(['set', 'session:segments', [['beta', 'eu']]]);
    expect(fake.session.segments).toEqual(['vip', 'beta', 'eu']);
    live.push(['set', 'session:segments', [['only'], true]]);
    expect(fake.session.segments).toEqual(['only']);
  });

  test('user fields, company, events and composer text', async () => {
    await loaded();
    const signature = 'a'.repeat(64);
    live.push(['set', 'user:email', ['ada@example.com', signature]]);
    live.push(['set', 'user:nickname', ['Ada']]);
    live.push(['set', 'user:phone', ['+33 1 23 45 67 89']]);
    live.push(['set', 'user:avatar', ['https://x.test/ada.png']]);
    live.push(['set', 'user:company', ['Analytical', { url: 'https://analytical.test' }]]);
    live.push(['set', 'session:event', [[['signup', { plan: 'pro' }, 'green'], ['login']]]]);
    live.push(['set', 'message:text', ['Hi there']]);
    expect(fake.session.user).toEqual({
      email: 'ada@example.com',
      signature,
      phone: '+33 1 23 45 67 89',
      nickname: 'Ada',
      avatar: 'https://x.test/ada.png',
      company: { name: 'Analytical', url: 'https://analytical.test' },
    });
    expect(fake.session.events).toEqual([{ name: 'signup', data: { plan: 'pro' }, color: 'green' }, { name: 'login' }]);
    expect(live.get('message:text')).toBe('Hi there');
    expect(live.get('user:company')).toEqual({ name: 'Analytical', url: 'https://analytical.test' });
  });

  test('a malformed identity signature is refused (email not set)', async () => {
    await loaded();
    expect(() => live.push(['set', 'user:email', ['ada@example.com', 'ABC']])).toThrow(
      'Invalid verify signature (should be lowercase HMAC-SHA256)',
    );
    expect(fake.session.user.email).toBeNull();
  });

  test('config and safe are stored', async () => {
    await loaded();
    live.push(['config', 'color:theme', ['teal']]);
    live.config('container:index', [99]);
    live.safe(true);
    expect(fake.session.config).toEqual({ 'color:theme': 'teal', 'container:index': 99 });
    expect(fake.session.safe).toBe(true);
  });
});

describe('commands and state views', () => {
  test('commands are deep copies; on keeps its function', async () => {
    await loaded();
    const pairs: [string, string][] = [['plan', 'pro']];
    const handler = () => undefined;
    live.push(['set', 'session:data', [pairs]]);
    live.push(['on', 'chat:opened', handler]);
    pairs[0] = ['plan', 'changed'];
    expect(fake.commands).toEqual([
      ['set', 'session:data', [[['plan', 'pro']]]],
      ['on', 'chat:opened', handler],
    ]);
  });

  test('session snapshots cannot change the client', async () => {
    await loaded([['set', 'session:segments', [['a']]]]);
    const snapshot = fake.session;
    (snapshot.segments as string[]).push('mutated');
    expect(fake.session.segments).toEqual(['a']);
  });

  test('the visitor can open the chat and edit their email from the widget', async () => {
    await loaded();
    const changed = vi.fn();
    live.on('user:email:changed', changed);
    fake.visitor.open();
    fake.visitor.update('email', 'me@example.com');
    expect(changed).toHaveBeenCalledWith('me@example.com');
    expect(fake.commands.map((c) => c[0])).toEqual(['on']); // visitor actions are not commands
    expect(fake.session).toMatchObject({ chatOpened: true, user: { email: 'me@example.com' } });
  });

  test('help lists the surface', async () => {
    await loaded();
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    live.help();
    expect(info.mock.calls[0]?.[0]).toMatch(/push, get, set, is, on, off, do, config, safe, help/);
  });
});
