// The development build's check of every command against what Crisp's real client does: every
// vector measured on Crisp v2.7.0 runs through `refusalOf`. Refused by Crisp: a message naming the
// field. Accepted and used: nothing to say. Accepted but then dropped or garbled: refused too, each
// listed below with the reason.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { refusalOf } from '../src/development/refusal-of';
import { crispVectors } from '../../testing/test/vectors/crisp-validators';

import { JUNK, vectorName as name } from './junk';

const noop = (): void => undefined;

/** Whether a message starts with the field: the key or action when Crisp knows it, else the verb and the name. */
function namesTheField(message: string, command: readonly unknown[]): boolean {
  const [verb, key] = command;
  const prefixes =
    typeof key === 'string' && key !== ''
      ? [`${key}:`, `${key} `, `${String(verb)} ${JSON.stringify(key)}`, `${String(verb)} ${key}`]
      : [`${String(verb)} `];
  return [...prefixes, JSON.stringify(verb)].some((prefix) => message.startsWith(prefix));
}

const refusedByCrisp = crispVectors.filter((vector) => !vector.accepted);
const acceptedByCrisp = crispVectors.filter((vector) => vector.accepted);

describe('refused by Crisp: refused in development, naming the field', () => {
  test.each(refusedByCrisp.map((vector) => [name(vector), vector] as const))('%s', (_label, vector) => {
    const why = refusalOf(vector.command);
    expect(why).toBeTypeOf('string');
    expect(namesTheField(why!, vector.command)).toBe(true);
  });
});

describe('accepted by Crisp and used: accepted in development', () => {
  const used = acceptedByCrisp.filter((vector) => !(name(vector) in JUNK));
  test.each(used.map((vector) => [name(vector), vector] as const))('%s', (_label, vector) => {
    expect(refusalOf(vector.command)).toBeUndefined();
  });
});

describe('accepted by Crisp, then dropped or garbled: refused in development', () => {
  test('every listed vector exists in the notes and was accepted there', () => {
    const accepted = new Set(acceptedByCrisp.map(name));
    expect(Object.keys(JUNK).filter((label) => !accepted.has(label))).toEqual([]);
  });

  test.each(acceptedByCrisp.filter((vector) => name(vector) in JUNK).map((vector) => [name(vector), vector] as const))(
    '%s',
    (label, vector) => {
      expect(JUNK[label]).toBeDefined();
      const why = refusalOf(vector.command);
      expect(why).toBeTypeOf('string');
      expect(namesTheField(why!, vector.command)).toBe(true);
    },
  );
});

describe('messages', () => {
  test.each([
    [['set', 'user:email', ['x']], 'user:email: "x" is not an email'],
    [['set', 'session:data', ['a b', 1]], 'session:data key "a b": letters, digits, _ and - only, 1 to 50 characters'],
    [
      [
        'set',
        'session:data',
        [
          [
            ['plan', 'pro'],
            [7, 'x'],
          ],
        ],
      ],
      'session:data key 7: keys must be strings',
    ],
    [['set', 'session:segments', [['vip', 3]]], 'session:segments: segment 3 is not a string'],
    [
      ['set', 'user:company', ['Acme', { employment: 'CTO' }]],
      'user:company: employment must be [title, role], two strings, not "CTO"',
    ],
    [
      ['do', 'message:send', ['carousel', { text: 'x' }]],
      'message:send: no message type "carousel" (Crisp would send nothing)',
    ],
    [['do', 'chat:opened'], 'do "chat:opened": no such action'],
    [['on', 'hugo:tool:', noop], 'on "hugo:tool:": no such event'],
    [['on', 'Hugo:tool:lookup', noop], 'on "Hugo:tool:lookup": no such event'],
    [
      ['config', 'color:theme', ['pink_ish']],
      'config color:theme: "pink_ish" is not one of ' +
        'default, amber, black, blue, blue_grey, light_blue, brown, cyan, green, light_green, grey, indigo, orange, deep_orange, pink, purple, deep_purple, red, teal',
    ],
    [['safe', 'yes'], 'safe: expected true or false'],
  ] as const)('%j', (command, message) => {
    expect(refusalOf(command)).toBe(message);
  });
});

describe('what Crisp accepts and uses is accepted', () => {
  test.each([
    ['a US number with brackets', ['set', 'user:phone', ['+1 (415) 555-2671']]],
    ['a French number with the trunk 0 in brackets', ['set', 'user:phone', ['+33 (0)6 12 34 56 78']]],
    ['a signature of null', ['set', 'user:email', ['ada@example.com', null]]],
    ['a signature', ['set', 'user:email', ['ada@example.com', 'f'.repeat(64)]]],
    [
      'a picker with choices',
      [
        'do',
        'message:show',
        ['picker', { id: 'p', text: 'Pick', choices: [{ value: 'a', label: 'A', selected: false }] }],
      ],
    ],
    ['a field message', ['do', 'message:show', ['field', { id: 'f', text: 'Email?', explain: 'Your email' }]]],
    ['a carousel, shown', ['do', 'message:show', ['carousel', { text: 'x', targets: [{ title: 't', actions: [] }] }]]],
    ['session:data as (key, value)', ['set', 'session:data', ['plan', 'pro']]],
    [
      'session:data as a list of pairs',
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
    ],
    ['session:event flat', ['set', 'session:event', ['signup', { plan: 'pro' }, 'blue']]],
    ['session:event as a list', ['set', 'session:event', [[['signup'], ['paid', { amount: 20 }, 'green']]]]],
    [
      'a company with every detail',
      [
        'set',
        'user:company',
        [
          'Acme',
          { url: 'https://acme.test', description: 'Tools', employment: ['CTO', 'Eng'], geolocation: ['FR', 'Paris'] },
        ],
      ],
    ],
    ['segments with overwrite', ['set', 'session:segments', [['vip', 'beta'], true]]],
    ['a config boolean', ['config', 'hide:on:away', [true]]],
    ['a theme', ['config', 'color:theme', ['teal']]],
    ['a z-index', ['config', 'container:index', [99]]],
    ['safe mode', ['safe', true]],
    ['a reset that reloads', ['do', 'session:reset', [true]]],
    ['a trigger', ['do', 'trigger:run', ['welcome']]],
    ['a scenario with variables', ['do', 'bot:scenario:run', ['onboarding', { plan: 'pro', seats: 3 }]]],
    ['off', ['off', 'chat:opened']],
  ] as const)('%s', (_label, command) => {
    expect(refusalOf(command)).toBeUndefined();
  });
});

describe('shapes Crisp does not know', () => {
  test.each([
    ['one pair wrapped in a list (Crisp reads the pair as a key)', ['set', 'session:data', [['plan', 'pro']]]],
    ['an object for session:data', ['set', 'session:data', [{ plan: 'pro' }]]],
    ['no events', ['set', 'session:event', [[]]]],
    ['a command that is not an array', 'set' as unknown as readonly unknown[]],
    ['an unknown config key', ['config', 'hide:always', [true]]],
    ['a config boolean as text', ['config', 'sound:mute', ['true']]],
    ['an event handler missing', ['on', 'chat:opened']],
  ] as const)('%s', (_label, command) => {
    expect(refusalOf(command)).toBeTypeOf('string');
  });
});

test('never throws, whatever it is given (property)', () => {
  const verb = fc.constantFrom('set', 'do', 'config', 'on', 'off', 'safe', 'get', 'bogus');
  const key = fc.oneof(
    fc.constantFrom('user:email', 'user:phone', 'user:company', 'session:data', 'session:segments', 'session:event'),
    fc.constantFrom('message:send', 'message:show', 'bot:scenario:run', 'color:theme', 'chat:opened', 'toString'),
    fc.anything(),
  );
  fc.assert(
    fc.property(fc.tuple(verb, key, fc.anything({ withBigInt: true, withNullPrototype: true })), (command) => {
      const why = refusalOf(command);
      expect(why === undefined || typeof why === 'string').toBe(true);
    }),
    { numRuns: 3_000 },
  );
});
