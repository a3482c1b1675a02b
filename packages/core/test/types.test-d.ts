// Compile-time contract: wrong names and argument shapes do not type-check.
import { describe, expectTypeOf, it } from 'vitest';
import type { CrispClient, CrispCommand, CrispMessage, CrispState } from '@crispkit/core';

declare const crisp: CrispClient;

describe('command types', () => {
  it('accepts every well-formed command', () => {
    crisp.push(['do', 'chat:open']);
    crisp.push(['do', 'message:send', ['text', 'Hello']]);
    crisp.push([
      'do',
      'message:send',
      ['file', { url: 'https://x.test/a.pdf', type: 'application/pdf', name: 'a.pdf' }],
    ]);
    crisp.push(['set', 'user:email', ['ada@example.com']]);
    crisp.push([
      'set',
      'session:data',
      [
        [
          ['plan', 'pro'],
          ['seats', 3],
        ],
      ],
    ]);
    crisp.push(['set', 'session:event', [[['signup', { plan: 'pro' }, 'blue']]]]);
    // The forms Crisp also takes: one event flat, and session data as (key, value).
    crisp.set('session:event', 'signup', { plan: 'pro' }, 'blue');
    crisp.set('session:data', 'plan', 'pro');
    crisp.set('session:data', [
      ['plan', 'pro'],
      ['seats', 3],
    ]);
    crisp.push(['config', 'color:theme', ['green']]);
    crisp.push(['on', 'message:received', (m: CrispMessage) => void m.content]);
    crisp.on('message:received', (m) => expectTypeOf(m).toEqualTypeOf<CrispMessage>());
    crisp.push(['off', 'message:received']);
    crisp.push(['safe', true]);
    crisp.do('session:reset');
    crisp.do('session:reset', true);
    crisp.do('helpdesk:article:open', 'en', 'getting-started');
    crisp.set('session:segments', ['vip'], true);
    crisp.config('container:index', 99);
  });

  it('rejects wrong names and shapes', () => {
    // @ts-expect-error unknown action
    crisp.do('chat:explode');
    // @ts-expect-error chat:open takes no argument
    crisp.do('chat:open', 'now');
    // @ts-expect-error message:send needs a [type, content] pair
    crisp.do('message:send', 'Hello');
    // @ts-expect-error file messages need url, type and name
    crisp.do('message:send', 'file', { url: 'x' });
    // @ts-expect-error unknown set key
    crisp.set('user:age', 3);
    // @ts-expect-error session data values are primitives
    crisp.set('session:data', [['plan', { tier: 1 }]]);
    // @ts-expect-error one pair wrapped in a list: Crisp reads the pair as a key and refuses it
    crisp.push(['set', 'session:data', [['plan', 'pro']]]);
    // @ts-expect-error theme colors are a closed list
    crisp.config('color:theme', 'magenta');
    // @ts-expect-error container:index is a number
    crisp.config('container:index', '99');
    // @ts-expect-error commands are arrays with a known verb
    crisp.push(['run', 'chat:open']);
    // @ts-expect-error unknown event
    crisp.on('chat:exploded', () => {});
    const bad: CrispCommand[] = [
      // @ts-expect-error set arguments are wrapped in an array
      ['set', 'user:email', 'ada@example.com'],
    ];
    void bad;
  });

  it('types event payloads, getters and state', () => {
    crisp.on('session:loaded', (id) => expectTypeOf(id).toEqualTypeOf<string>());
    crisp.on('website:availability:changed', (a) => expectTypeOf(a).toEqualTypeOf<boolean>());
    expectTypeOf(crisp.get('chat:unread:count')).toEqualTypeOf<number | undefined>();
    expectTypeOf(crisp.is('chat:opened')).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(crisp.getState().status).toEqualTypeOf<CrispState['status']>();
    expectTypeOf(crisp.on('chat:opened', () => {})).toEqualTypeOf<() => void>();
  });
});
