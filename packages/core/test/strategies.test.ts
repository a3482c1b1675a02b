// Load strategies: nothing requested before the chosen trigger.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { interaction } from '@crispkit/core';
import { lTags, setup } from './helpers';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('load strategies', () => {
  it('eager requests l.js at once', () => {
    setup({ load: 'eager' }, { mode: 'manual' });
    expect(lTags()).toBe(1);
  });

  it('manual waits for load()', async () => {
    const { fake, crisp } = setup({ load: 'manual' });
    await fake.settled();
    expect(fake.requests).toBe(0);
    expect(lTags()).toBe(0);
    crisp.load();
    expect(lTags()).toBe(1);
  });

  it('idle waits for requestIdleCallback, with a time bound', () => {
    const callbacks: { run: () => void; timeout?: number }[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, opts?: { timeout?: number }) => {
      callbacks.push({ run, timeout: opts?.timeout });
      return 1;
    });
    setup({ load: 'idle' }, { mode: 'manual' });
    expect(lTags()).toBe(0);
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]!.timeout).toBeGreaterThan(0);
    callbacks[0]!.run();
    expect(lTags()).toBe(1);
  });

  it('idle falls back to a timer where requestIdleCallback is missing', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    setup({ load: 'idle' }, { mode: 'manual' });
    expect(lTags()).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(lTags()).toBe(1);
  });

  it.each(['pointerdown', 'keydown', 'scroll'])('interaction loads on the first %s, once', (type) => {
    setup({ load: interaction }, { mode: 'manual' });
    document.body.dispatchEvent(new Event('mousemove', { bubbles: true }));
    expect(lTags()).toBe(0);
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    window.dispatchEvent(new Event('scroll'));
    expect(lTags()).toBe(1);
  });
});

describe('a client whose page was reset', () => {
  it('does not load when its interaction trigger fires afterwards', async () => {
    const { fake } = setup({ load: interaction }, { mode: 'manual' });
    fake.uninstall();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(lTags()).toBe(0);
  });
});
