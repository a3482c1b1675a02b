// Idle-time and interaction-triggered loading without sleeps: the fake decides when the page is
// idle (settled(), idle(), or a callback's timeout) and can play the user's first interaction.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type FakeCrisp, installFakeCrisp } from '../src/index';
import { L_JS, WEBSITE_ID, globals } from './helpers';

let fake: FakeCrisp | undefined;
const install = (...args: Parameters<typeof installFakeCrisp>) => (fake = installFakeCrisp(...args));
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

/** A naive wrapper: the snippet's globals now, the l.js tag once the browser is idle. */
function embedWhenIdle(commands: unknown[] = []) {
  globals().$crisp = commands;
  globals().CRISP_WEBSITE_ID = WEBSITE_ID;
  const inject = () => {
    const script = document.createElement('script');
    script.src = L_JS;
    document.head.appendChild(script);
  };
  if (window.requestIdleCallback) window.requestIdleCallback(inject, { timeout: 4000 });
  else setTimeout(inject, 1500);
}

/** A naive wrapper that loads on the first pointerdown, keydown or scroll. */
function embedOnInteraction() {
  globals().$crisp = [];
  globals().CRISP_WEBSITE_ID = WEBSITE_ID;
  const types = ['pointerdown', 'keydown', 'scroll'];
  const go = () => {
    types.forEach((type) => window.removeEventListener(type, go, true));
    const script = document.createElement('script');
    script.src = L_JS;
    document.head.appendChild(script);
  };
  types.forEach((type) => window.addEventListener(type, go, { capture: true, passive: true }));
}

describe('idle callbacks', () => {
  test('settled() alone runs the idle callback and everything it causes: session established', async () => {
    const fake = install();
    embedWhenIdle([['set', 'user:nickname', ['Ada']]]);
    expect(fake.requests).toBe(0);
    expect(fake.idleCallbacks).toEqual([{ timeout: 4000 }]);

    await fake.settled();
    expect(fake.requests).toBe(1);
    expect(fake.idleCallbacks).toEqual([]);
    expect(fake.session).toMatchObject({ sessionId: expect.stringMatching(/^session_/), user: { nickname: 'Ada' } });
  });

  test('settled() goes on until quiet: idle callbacks registered by later steps run too', async () => {
    const fake = install();
    const late = vi.fn();
    embedWhenIdle([['on', 'session:loaded', () => window.requestIdleCallback(late)]]);
    await fake.settled();
    expect(late).toHaveBeenCalledOnce();
  });

  test('idle() runs the callbacks pending now, with a deadline that has time left', async () => {
    const fake = install({ mode: 'manual' });
    const seen: IdleDeadline[] = [];
    window.requestIdleCallback((deadline) => seen.push(deadline));
    const cancelled = vi.fn();
    window.cancelIdleCallback(window.requestIdleCallback(cancelled));
    expect(fake.idle()).toBe(1);
    expect(fake.idle()).toBe(0);
    expect(cancelled).not.toHaveBeenCalled();
    expect(seen[0]?.didTimeout).toBe(false);
    expect(seen[0]?.timeRemaining()).toBeGreaterThan(0);
  });

  test('nothing is requested before the page is idle', async () => {
    const fake = install();
    embedWhenIdle();
    await Promise.resolve();
    expect(fake.requests).toBe(0);
    expect(fake.idle()).toBe(1);
    await fake.settled();
    expect(fake.requests).toBe(1);
  });

  test('under fake timers the timeout still fires the callback, with didTimeout', async () => {
    vi.useFakeTimers();
    const fake = install();
    let timedOut: boolean | undefined;
    window.requestIdleCallback((deadline) => (timedOut = deadline.didTimeout), { timeout: 4000 });
    embedWhenIdle();
    await vi.advanceTimersByTimeAsync(3999);
    expect(fake.requests).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(timedOut).toBe(true);
    expect(fake.requests).toBe(1);
    await vi.runAllTimersAsync();
    expect(fake.session.sessionId).not.toBeNull();
  });

  test('fake timers turned on after install keep the fake idle control; idle() then the timers', async () => {
    const fake = install();
    vi.useFakeTimers();
    embedWhenIdle();
    expect(fake.idleCallbacks).toHaveLength(1);
    fake.idle();
    expect(fake.requests).toBe(1);
    await vi.runAllTimersAsync();
    expect(fake.session.sessionId).not.toBeNull();
  });

  test('an error in an idle callback reaches the test', async () => {
    const fake = install();
    window.requestIdleCallback(() => {
      throw new Error('wrapper bug');
    });
    await expect(fake.settled()).rejects.toThrow('wrapper bug');
  });

  test('a page that never stops registering idle callbacks makes settled() fail instead of hang', async () => {
    const fake = install();
    const again = () => window.requestIdleCallback(again);
    again();
    await expect(fake.settled()).rejects.toThrow(/never became quiet/);
  });

  test('uninstall takes the fake idle callbacks away again (jsdom has none)', () => {
    const fake = install();
    expect(typeof window.requestIdleCallback).toBe('function');
    fake.uninstall();
    expect('requestIdleCallback' in window).toBe(false);
    expect('cancelIdleCallback' in window).toBe(false);
  });

  test("a test's own requestIdleCallback stub, made before install, is left alone unless idleCallbacks: true", () => {
    const stub = vi.fn(() => 1);
    vi.stubGlobal('requestIdleCallback', stub);
    install();
    expect(window.requestIdleCallback).toBe(stub);
    fake?.uninstall();

    install({ idleCallbacks: true });
    expect(window.requestIdleCallback).not.toBe(stub);
    fake?.uninstall();
    expect(window.requestIdleCallback).toBe(stub);
  });

  test('idleCallbacks: false leaves a window without requestIdleCallback as it is', () => {
    install({ idleCallbacks: false });
    expect('requestIdleCallback' in window).toBe(false);
  });
});

describe('interaction', () => {
  test.each(['pointerdown', 'keydown', 'scroll'] as const)('interact(%s) reaches window listeners', async (type) => {
    const fake = install();
    embedOnInteraction();
    await fake.settled();
    expect(fake.requests).toBe(0);
    fake.interact(type);
    await fake.settled();
    expect(fake.requests).toBe(1);
    expect(fake.session.sessionId).not.toBeNull();
  });

  test('interact() defaults to a bubbling, cancelable pointerdown on the body', () => {
    install();
    const events: Event[] = [];
    document.addEventListener('pointerdown', (event) => events.push(event));
    fake?.interact();
    expect(events).toHaveLength(1);
    expect(events[0]?.target).toBe(document.body);
    expect(events[0]?.cancelable).toBe(true);
  });

  test('interact() dispatches on a given target', () => {
    install();
    const button = document.body.appendChild(document.createElement('button'));
    const onKey = vi.fn();
    button.addEventListener('keydown', onKey);
    fake?.interact('keydown', button);
    expect(onKey).toHaveBeenCalledOnce();
  });
});
