// Any number of subscribers per event over one Crisp registration.
import { describe, expect, it, vi } from 'vitest';
import { ready, type CrispMessage } from '@crispkit/core';
import { microtask, setup } from './helpers';

const message = (text: string): CrispMessage => ({
  type: 'text',
  from: 'operator',
  origin: 'chat',
  content: text,
  timestamp: 1,
  fingerprint: 1,
});

describe('events', () => {
  it('5 subscribers to message:received make one Crisp registration; none left after all unsubscribe', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    // ready() listened to the state for a moment; what that held is released by now.
    await fake.settled();
    const before = fake.registrations;
    const seen: number[] = [];
    const offs = [1, 2, 3, 4, 5].map((n) => crisp.on('message:received', () => seen.push(n)));
    expect(fake.registrations - before).toBe(1);
    expect(fake.handlers.has('message:received')).toBe(true);
    fake.emit('message:received', message('hi'));
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    offs.forEach((off) => off());
    // Released a microtask after the last subscriber left (so a resubscribe in between costs nothing).
    await microtask();
    expect(fake.handlers.has('message:received')).toBe(false);
    fake.emit('message:received', message('again'));
    expect(seen).toHaveLength(5);
  });

  it('subscribers registered before load receive events after it', async () => {
    const { fake, crisp } = setup({}, { mode: 'manual' });
    const received: unknown[] = [];
    crisp.on('message:received', (m) => received.push(m.content));
    crisp.load();
    await fake.load();
    fake.receiveMessage('Hello from an operator');
    expect(received).toEqual(['Hello from an operator']);
  });

  it('subscribe then unsubscribe before load leaves nothing queued', async () => {
    const { crisp } = setup({}, { mode: 'manual' });
    const queued = (window.$crisp as unknown[]).length;
    const off = crisp.on('chat:opened', () => {});
    expect((window.$crisp as unknown[]).length).toBe(queued + 1);
    off();
    await microtask();
    expect((window.$crisp as unknown[]).length).toBe(queued);
  });

  it('a subscriber that throws does not stop the others and is reported', async () => {
    const onError = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { crisp } = setup({ load: 'eager', onError });
    await ready(crisp);
    const calls: string[] = [];
    crisp.on('chat:opened', () => {
      throw new Error('boom');
    });
    crisp.on('chat:opened', () => calls.push('second'));
    crisp.do('chat:open');
    expect(calls).toEqual(['second']);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]![0]).toMatchObject({ field: 'chat:opened' });
    warn.mockRestore();
  });

  it('the same function subscribed twice is two subscriptions', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    await fake.settled();
    const handler = vi.fn();
    const off1 = crisp.on('chat:closed', handler);
    const off2 = crisp.on('chat:closed', handler);
    fake.emit('chat:closed');
    expect(handler).toHaveBeenCalledTimes(2);
    off1();
    off1();
    fake.emit('chat:closed');
    expect(handler).toHaveBeenCalledTimes(3);
    off2();
    await microtask();
    expect(fake.handlers.has('chat:closed')).toBe(false);
  });

  it('passes typed payloads', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    let available: boolean | undefined;
    crisp.on('website:availability:changed', (value) => (available = value));
    fake.setAvailability(false);
    expect(available).toBe(false);
  });

  it('a raw on pushed through the client joins the fan-out instead of replacing it; a raw off is refused', async () => {
    const onError = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fake, crisp } = setup({ load: 'eager', onError });
    await ready(crisp);
    await fake.settled();
    const before = fake.registrations;
    const calls: string[] = [];
    crisp.on('chat:opened', () => calls.push('subscriber'));
    crisp.push(['on', 'chat:opened', () => calls.push('raw 1')]);
    crisp.push(['on', 'chat:opened', () => calls.push('raw 2')]);
    crisp.push(['off', 'chat:opened']);
    crisp.do('chat:open');
    expect(calls).toEqual(['subscriber', 'raw 1', 'raw 2']);
    expect(fake.registrations - before).toBe(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ field: 'off' });
    vi.restoreAllMocks();
  });
});
