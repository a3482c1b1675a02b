// Property: whatever the interleaving of commands, load timing and (un)subscriptions, every
// command reaches Crisp exactly once and in order, and nothing stays registered.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createCrisp, type CrispEventName } from '@crispkit/core';
import { installFakeCrisp } from '@crispkit/testing';
import { WEBSITE_ID } from './helpers';

const EVENTS: CrispEventName[] = ['chat:initiated', 'message:sent', 'helpdesk:queried'];

type Step =
  | { kind: 'command' }
  | { kind: 'subscribe'; event: number }
  | { kind: 'unsubscribe'; index: number }
  | { kind: 'load' }
  | { kind: 'tick' }
  | { kind: 'emit'; event: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'command' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('subscribe' as const), event: fc.nat(EVENTS.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unsubscribe' as const), index: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'load' as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'tick' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('emit' as const), event: fc.nat(EVENTS.length - 1) }) },
);

afterEach(() => {
  vi.useRealTimers();
});

describe('interleavings (property)', () => {
  it('deliver every command exactly once, in order, and leave no handler registered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 60 }), fc.integer({ min: 0, max: 3 }), async (steps, delayMs) => {
        vi.useFakeTimers();
        const fake = installFakeCrisp({ delayMs });
        try {
          const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'manual' });
          const issued: string[] = [];
          const subscriptions: { event: number; off: () => void; calls: number }[] = [];
          for (const s of steps) {
            if (s.kind === 'command') {
              const name = 'c' + issued.length;
              issued.push(name);
              crisp.do('trigger:run', name);
            } else if (s.kind === 'subscribe') {
              const sub = { event: s.event, calls: 0, off: () => {} };
              sub.off = crisp.on(EVENTS[s.event]!, () => void sub.calls++);
              subscriptions.push(sub);
            } else if (s.kind === 'unsubscribe' && subscriptions.length) {
              subscriptions.splice(s.index % subscriptions.length, 1)[0]!.off();
            } else if (s.kind === 'load') crisp.load();
            else if (s.kind === 'tick') await vi.advanceTimersToNextTimerAsync();
            else if (s.kind === 'emit' && crisp.getState().status === 'ready') {
              // Crisp only fires events once its session exists.
              const before = subscriptions.map((x) => x.calls);
              fake.emit(EVENTS[s.event]!);
              // Exactly the current subscribers of that event were called, once each.
              subscriptions.forEach((x, i) => expect(x.calls - before[i]!).toBe(x.event === s.event ? 1 : 0));
            }
          }
          crisp.load();
          await vi.runAllTimersAsync();
          await fake.settled();
          const delivered = fake.commands
            .filter((c) => c[0] === 'do' && c[1] === 'trigger:run')
            .map((c) => (c[2] as string[])[0]);
          expect(delivered).toEqual(issued);
          subscriptions.forEach((x) => x.off());
          // Registrations are released a microtask after their last subscriber leaves.
          await Promise.resolve();
          for (const event of EVENTS) expect(fake.handlers.has(event)).toBe(false);
          expect(crisp.getState().status).toBe('ready');
        } finally {
          fake.uninstall();
          document.head.innerHTML = '';
          vi.useRealTimers();
        }
      }),
      { numRuns: 150 },
    );
  });
});
