// Every command shape crisp-sdk-web 1.2.1 (Crisp's own SDK) pushes: the development build must
// accept each one, and so must the fake (as a newer client would).
import { describe, expect, test } from 'vitest';
import { installFakeCrisp } from '@crispkit/testing';
import { refusalOf } from '../src/development/refusal-of';
import { WEBSITE_ID } from './helpers';

const handler = () => undefined;
const SIGNATURE = 'a'.repeat(64);

/** As crisp-sdk-web 1.2.1's methods push them (the values are examples of what an app passes). */
const SDK_COMMANDS: (readonly unknown[])[] = [
  ['do', 'chat:show'],
  ['do', 'chat:hide'],
  ['do', 'chat:open'],
  ['do', 'chat:close'],
  ['do', 'overlay:open', [handler]],
  ['do', 'helpdesk:search'],
  ['do', 'helpdesk:article:open', ['en', 'how-to-pay', 'How to pay', 'Billing']],
  ['do', 'helpdesk:query', ['refund']],
  ['do', 'message:send', ['text', 'Hello']],
  ['do', 'message:show', ['text', 'Hello']],
  ['do', 'message:read'],
  ['do', 'message:thread:start', ['Order 42']],
  ['do', 'message:thread:end', ['Order 42']],
  ['do', 'session:reset'],
  ['do', 'trigger:run', ['welcome']],
  ['do', 'bot:scenario:run', ['onboarding', { plan: 'pro' }]],
  ['config', 'container:index', [10]],
  ['config', 'color:theme', ['deep_purple']],
  ['config', 'hide:on:away', [true]],
  ['config', 'hide:on:mobile', [false]],
  ['config', 'position:reverse', [true]],
  ['config', 'availability:tooltip', [false]],
  ['config', 'hide:vacation', [true]],
  ['config', 'sound:mute', [true]],
  ['config', 'show:operator:count', [true]],
  ['safe', true],
  ['set', 'message:text', ['draft']],
  ['set', 'user:email', ['ada@example.com', SIGNATURE]],
  ['set', 'user:phone', ['+33 6 12 34 56 78']],
  ['set', 'user:nickname', ['Ada']],
  ['set', 'user:avatar', ['https://example.com/ada.png']],
  ['set', 'user:company', ['Acme', { url: 'https://acme.test' }]],
  ['set', 'session:data', [[['plan', 'pro']]]],
  ['set', 'session:segments', [['vip'], false]],
  ['set', 'session:event', [[['signup', { plan: 'pro' }, 'blue']]]],
  ...[
    'session:loaded',
    'chat:initiated',
    'chat:opened',
    'chat:closed',
    'message:sent',
    'message:received',
    'message:compose:sent',
    'message:compose:received',
    'user:email:changed',
    'user:phone:changed',
    'user:nickname:changed',
    'user:avatar:changed',
    'website:availability:changed',
    'helpdesk:queried',
    'hugo:tool:lookup_order',
  ].flatMap((event) => [
    ['on', event, handler],
    ['off', event],
  ]),
];

describe('crisp-sdk-web 1.2.1 vocabulary', () => {
  test.each(SDK_COMMANDS.map((command) => [`${command[0]} ${String(command[1])}`, command] as const))(
    'the development build accepts %s',
    (_label, command) => {
      expect(refusalOf(command)).toBeUndefined();
    },
  );

  test('the fake, as a newer client, runs every one of them without a refusal', async () => {
    const fake = installFakeCrisp();
    try {
      window.CRISP_WEBSITE_ID = WEBSITE_ID;
      window.$crisp = [];
      const script = document.createElement('script');
      script.src = 'https://client.crisp.chat/l.js';
      document.head.append(script);
      await fake.settled();
      const live = window.$crisp as unknown as { push(command: readonly unknown[]): void };
      for (const command of SDK_COMMANDS) live.push(command);
      expect(fake.errors).toEqual([]);
    } finally {
      fake.uninstall();
    }
  });
});
