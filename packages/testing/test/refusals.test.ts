// What the real client refuses: it throws while running its queue, the command is lost (nothing of
// it applies), the error is logged, and the rest of the queue still runs. A wrapper that lets bad
// input through must fail a test, so each row is driven through the raw array like a naive wrapper.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type FakeCrisp, installFakeCrisp } from '../src/index';
import { liveOf, snippet } from './helpers';

let fake: FakeCrisp;
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  fake.uninstall();
  vi.restoreAllMocks();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

/** A command after the one under test, to prove the queue went on. */
const MARKER = ['set', 'message:text', ['still running']] as const;

async function runQueued(command: unknown[]) {
  // As v2.7.0, which refuses Widget Tools too.
  fake = installFakeCrisp({ widgetTools: false });
  snippet([command, MARKER]);
  await fake.settled();
}

const SIGNATURE = 'f'.repeat(64);

const refused: [string, unknown[]][] = [
  ['email without a dot after the @', ['set', 'user:email', ['ada@example']]],
  ['email with whitespace', ['set', 'user:email', ['ada lovelace@example.com']]],
  ['email with two @', ['set', 'user:email', ['ada@x@example.com']]],
  ['email that is not a string', ['set', 'user:email', [42]]],
  ['signature in upper case', ['set', 'user:email', ['ada@example.com', 'F'.repeat(64)]]],
  ['signature of 63 characters', ['set', 'user:email', ['ada@example.com', 'f'.repeat(63)]]],
  ['signature that is not hex', ['set', 'user:email', ['ada@example.com', 'g'.repeat(64)]]],
  ['empty nickname', ['set', 'user:nickname', ['']]],
  ['nickname that is not a string', ['set', 'user:nickname', [7]]],
  ['phone with letters', ['set', 'user:phone', ['call me']]],
  ['phone with two separators in a row', ['set', 'user:phone', ['01--23']]],
  ['empty phone', ['set', 'user:phone', ['']]],
  ['relative avatar URL', ['set', 'user:avatar', ['/ada.png']]],
  ['avatar with another scheme', ['set', 'user:avatar', ['ftp://x.test/ada.png']]],
  ['avatar without a host', ['set', 'user:avatar', ['https://']]],
  ['avatar with an upper-case scheme', ['set', 'user:avatar', ['HTTPS://X.CO/A.PNG']]],
  ['company without a name', ['set', 'user:company', ['', { url: 'https://x.test' }]]],
  ['company url not a string', ['set', 'user:company', ['Acme', { url: 1 }]]],
  ['company description not a string', ['set', 'user:company', ['Acme', { description: ['x'] }]]],
  ['employment without a role', ['set', 'user:company', ['Acme', { employment: ['CTO'] }]]],
  ['employment role not a string', ['set', 'user:company', ['Acme', { employment: ['CTO', 3] }]]],
  ['geolocation city not a string', ['set', 'user:company', ['Acme', { geolocation: ['FR', 75] }]]],
  ['empty session data', ['set', 'session:data', [[]]]],
  ['session data key with a space', ['set', 'session:data', [[['plan type', 'pro']]]]],
  ['session data key of 51 characters', ['set', 'session:data', [[['k'.repeat(51), 1]]]]],
  ['session data empty key', ['set', 'session:data', [[['', 1]]]]],
  ['session data object value', ['set', 'session:data', [[['plan', { tier: 1 }]]]]],
  ['session data null value', ['set', 'session:data', [[['plan', null]]]]],
  [
    'one bad pair among good ones',
    [
      'set',
      'session:data',
      [
        [
          ['ok', 1],
          ['bad key', 2],
        ],
      ],
    ],
  ],
  ['segments not an array', ['set', 'session:segments', ['vip']]],
  ['segment empty after trimming', ['set', 'session:segments', [['vip', '  ']]]],
  ['segment of 81 characters', ['set', 'session:segments', [['s'.repeat(81)]]]],
  ['segment repeated in the list', ['set', 'session:segments', [['vip', 'beta', 'vip']]]],
  ['segment repeated once trimmed', ['set', 'session:segments', [['vip', ' vip']]]],
  ['event with an empty name', ['set', 'session:event', [[['']]]]],
  ['event name not a string', ['set', 'session:event', [[[3]]]]],
  ['event data with a bad key', ['set', 'session:event', [[['signup', { 'bad key': 1 }]]]]],
  ['event data with a nested value', ['set', 'session:event', [[['signup', { plan: { tier: 1 } }]]]]],
  ['one bad event among good ones', ['set', 'session:event', [[['ok'], ['']]]]],
  ['on with an unknown event', ['on', 'chat:exploded', () => undefined]],
  ['on with an AI-agent tool (not in v2.7.0)', ['on', 'hugo:tool:lookup_order', () => undefined]],
];

describe('refused inside the queue: lost, recorded, the rest runs', () => {
  test.each(refused)('%s', async (_label, command) => {
    await runQueued(command);
    expect(fake.errors).toHaveLength(1);
    expect(fake.errors[0]).toMatchObject({
      kind: 'command',
      command: expect.arrayContaining([command[0], command[1]]),
    });
    expect(console.error).toHaveBeenCalledOnce();
    expect(fake.session.composerText).toBe('still running');
    // Nothing of the refused command applied.
    expect(fake.session.user).toEqual({
      email: null,
      signature: null,
      phone: null,
      nickname: null,
      avatar: null,
      company: null,
    });
    expect(fake.session.data).toEqual({});
    expect(fake.session.segments).toEqual([]);
    expect(fake.session.events).toEqual([]);
    expect(fake.handlers.size).toBe(0);
  });

  test('a refusal on the live object is recorded the same way and thrown into the caller', async () => {
    await runQueued(['set', 'user:nickname', ['Ada']]);
    const live = liveOf(fake);
    expect(() => live.push(['set', 'user:nickname', ['']])).toThrow('Invalid nickname');
    expect(() => live.set('user:avatar', ['avatar.png'])).toThrow('Invalid avatar');
    expect(fake.errors.map((e) => e.command)).toEqual([
      ['set', 'user:nickname', ['']],
      ['set', 'user:avatar', ['avatar.png']],
    ]);
    expect(fake.session.user).toMatchObject({ nickname: 'Ada', avatar: null });
  });

  test('an unknown event pushed on the live object throws to the caller and is recorded too', async () => {
    await runQueued(['do', 'chat:open']);
    const message = 'No such namespace: chat:exploded - Call $crisp.help() for a list of available actions.';
    expect(() => liveOf(fake).push(['on', 'chat:exploded', () => undefined])).toThrow(message);
    expect(fake.errors).toMatchObject([{ kind: 'command', message }]);
  });

  test('safe mode silences the log, not the refusal', async () => {
    fake = installFakeCrisp();
    snippet([
      ['safe', true],
      ['set', 'user:nickname', ['']],
    ]);
    await fake.settled();
    expect(console.error).not.toHaveBeenCalled();
    expect(fake.errors).toHaveLength(1);
  });
});

const accepted: [string, unknown[], (f: FakeCrisp) => unknown, unknown][] = [
  [
    'email with a signature',
    ['set', 'user:email', ['ada@example.com', SIGNATURE]],
    (f) => f.session.user.signature,
    SIGNATURE,
  ],
  [
    'phone with a + country code',
    ['set', 'user:phone', ['+33 1 23 45 67 89']],
    (f) => f.session.user.phone,
    '+33 1 23 45 67 89',
  ],
  [
    'phone with 00 in parentheses',
    ['set', 'user:phone', ['(0033) 1.23.45.67.89']],
    (f) => f.session.user.phone,
    '(0033) 1.23.45.67.89',
  ],
  ['phone with slashes', ['set', 'user:phone', ['030/1234\\5678']], (f) => f.session.user.phone, '030/1234\\5678'],
  [
    'phone with an extension',
    ['set', 'user:phone', ['555-1234 ext 12']],
    (f) => f.session.user.phone,
    '555-1234 ext 12',
  ],
  ['phone with #', ['set', 'user:phone', ['555-1234#7']], (f) => f.session.user.phone, '555-1234#7'],
  ['phone as a number', ['set', 'user:phone', [33123456789]], (f) => f.session.user.phone, '33123456789'],
  [
    'http avatar',
    ['set', 'user:avatar', ['http://x.test/a.png?s=2']],
    (f) => f.session.user.avatar,
    'http://x.test/a.png?s=2',
  ],
  [
    'company with every detail',
    [
      'set',
      'user:company',
      [
        'Acme',
        {
          url: 'https://acme.test',
          description: 'Tools',
          employment: ['CTO', 'Engineering'],
          geolocation: ['FR', 'Paris'],
        },
      ],
    ],
    (f) => f.session.user.company,
    {
      name: 'Acme',
      url: 'https://acme.test',
      description: 'Tools',
      employment: ['CTO', 'Engineering'],
      geolocation: ['FR', 'Paris'],
    },
  ],
  [
    'company with a country only',
    ['set', 'user:company', ['Acme', { geolocation: ['FR'] }]],
    (f) => f.session.user.company,
    { name: 'Acme', geolocation: ['FR'] },
  ],
  [
    'session data key of 50 characters',
    ['set', 'session:data', [[['k'.repeat(50), 'v']]]],
    (f) => Object.keys(f.session.data),
    ['k'.repeat(50)],
  ],
  [
    'session data strings converted',
    [
      'set',
      'session:data',
      [
        [
          ['paid', 'true'],
          ['trial', 'false'],
          ['seats', '12'],
          ['ratio', '-0.5'],
          ['zip', '02139'],
          ['plan', '12 seats'],
        ],
      ],
    ],
    (f) => f.session.data,
    { paid: true, trial: false, seats: 12, ratio: -0.5, zip: 2139, plan: '12 seats' },
  ],
  [
    'segment of 80 characters',
    ['set', 'session:segments', [['s'.repeat(80)]]],
    (f) => f.session.segments,
    ['s'.repeat(80)],
  ],
  ['no segments, overwrite', ['set', 'session:segments', [[], true]], (f) => f.session.segments, []],
  [
    "event with empty data (what Crisp's SDK sends)",
    ['set', 'session:event', [[['signup', {}, 'blue']]]],
    (f) => f.session.events,
    [{ name: 'signup', data: {}, color: 'blue' }],
  ],
  [
    'event data kept as given (no conversion, unlike session data)',
    ['set', 'session:event', [[['paid', { amount: '20' }]]]],
    (f) => f.session.events,
    [{ name: 'paid', data: { amount: '20' } }],
  ],
  [
    'phone with brackets around the area code',
    ['set', 'user:phone', ['+1 (555) 123-4567']],
    (f) => f.session.user.phone,
    '+1 (555) 123-4567',
  ],
  [
    'avatar URL with a space',
    ['set', 'user:avatar', ['https://x.test/a b.png']],
    (f) => f.session.user.avatar,
    'https://x.test/a b.png',
  ],
];

describe('accepted as the real client accepts it', () => {
  test.each(accepted)('%s', async (_label, command, read, expected) => {
    await runQueued(command);
    expect(fake.errors).toEqual([]);
    expect(read(fake)).toEqual(expected);
  });
});
