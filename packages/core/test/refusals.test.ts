// Refuse what Crisp refuses (issue 9, point 4): every input of the "What the real client refuses"
// table, through every way in, is refused before it reaches Crisp, reported through onError with
// the field named, warned in development, in development and production builds alike.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CrispClient, CrispCommand, CrispKitError } from '@crispkit/core';
import { BUILDS, type Core } from './builds';
import { fakeCrisp, WEBSITE_ID } from './helpers';

type Act = (core: Core, crisp: CrispClient) => void;
const SIG = 'a'.repeat(64);
const fn = () => {};
/** A raw command, typed loosely on purpose: these are what a plain-JS app might push. */
const raw = (command: unknown[]) => command as unknown as CrispCommand;

const TABLE: [label: string, act: Act, field: string][] = [
  // user:email: not something@something.something; a signature that is not 64 lowercase hex.
  ['setUser email without @', (k, c) => k.setUser(c, { email: 'ada.example.com' }), 'user:email'],
  ['setUser email without a dot after @', (k, c) => k.setUser(c, { email: 'ada@example' }), 'user:email'],
  ['setUser email with whitespace', (k, c) => k.setUser(c, { email: 'ada @example.com' }), 'user:email'],
  ['setUser email with two @', (k, c) => k.setUser(c, { email: 'ada@home@example.com' }), 'user:email'],
  ['setUser email not a string', (k, c) => k.setUser(c, { email: 42 as never }), 'user:email'],
  [
    'setUser signature too short',
    (k, c) => k.setUser(c, { email: 'ada@example.com', signature: 'abc' }),
    'user:email signature',
  ],
  [
    'setUser signature not hex',
    (k, c) => k.setUser(c, { email: 'ada@example.com', signature: 'g'.repeat(64) }),
    'user:email signature',
  ],
  [
    'setUser signature 65 characters',
    (k, c) => k.setUser(c, { email: 'ada@example.com', signature: SIG + 'a' }),
    'user:email signature',
  ],
  [
    'setUser signature not a string',
    (k, c) => k.setUser(c, { email: 'ada@example.com', signature: 7 as never }),
    'user:email signature',
  ],
  ['push email', (_, c) => c.push(['set', 'user:email', ['nope']]), 'user:email'],
  [
    'push uppercase signature',
    (_, c) => c.push(['set', 'user:email', ['ada@example.com', SIG.toUpperCase()]]),
    'user:email',
  ],
  ['set email', (_, c) => c.set('user:email', 'ada@'), 'user:email'],
  // user:nickname: not a string, or empty.
  ['setUser empty nickname', (k, c) => k.setUser(c, { nickname: '' }), 'user:nickname'],
  ['setUser number nickname', (k, c) => k.setUser(c, { nickname: 3 as never }), 'user:nickname'],
  ['set empty nickname', (_, c) => c.set('user:nickname', ''), 'user:nickname'],
  // user:phone: not a phone number.
  ['setUser phone in words', (k, c) => k.setUser(c, { phone: 'call me' }), 'user:phone'],
  ['setUser phone with two separators', (k, c) => k.setUser(c, { phone: '06--12-34' }), 'user:phone'],
  ['setUser phone with letters', (k, c) => k.setUser(c, { phone: '06 12 3a 45' }), 'user:phone'],
  ['setUser phone with an open parenthesis', (k, c) => k.setUser(c, { phone: '(+33 6 12 34 56 78' }), 'user:phone'],
  ['setUser empty phone', (k, c) => k.setUser(c, { phone: '' }), 'user:phone'],
  ['push phone', (_, c) => c.push(['set', 'user:phone', ['+']]), 'user:phone'],
  // user:avatar: not an absolute http(s) URL.
  ['setUser relative avatar', (k, c) => k.setUser(c, { avatar: '/me.png' }), 'user:avatar'],
  ['setUser ftp avatar', (k, c) => k.setUser(c, { avatar: 'ftp://example.com/me.png' }), 'user:avatar'],
  ['setUser javascript: avatar', (k, c) => k.setUser(c, { avatar: 'javascript:alert(1)' }), 'user:avatar'],
  ['set avatar without host', (_, c) => c.set('user:avatar', 'https://'), 'user:avatar'],
  // user:company: no name; url/description not strings; employment without both title and role;
  // geolocation without a country string, or a city that is not a string.
  [
    'setUser company without name',
    (k, c) => k.setUser(c, { company: { url: 'https://a.test' } as never }),
    'user:company',
  ],
  ['setUser company with empty name', (k, c) => k.setUser(c, { company: { name: '' } }), 'user:company'],
  [
    'setUser company url not a string',
    (k, c) => k.setUser(c, { company: { name: 'Acme', url: 1 as never } }),
    'user:company',
  ],
  [
    'setUser company description not a string',
    (k, c) => k.setUser(c, { company: { name: 'Acme', description: {} as never } }),
    'user:company',
  ],
  [
    'setUser company employment without role',
    (k, c) => k.setUser(c, { company: { name: 'Acme', employment: ['CTO'] as never } }),
    'user:company',
  ],
  [
    'setUser company employment not strings',
    (k, c) => k.setUser(c, { company: { name: 'Acme', employment: [1, 2] as never } }),
    'user:company',
  ],
  [
    'setUser company geolocation without country',
    (k, c) => k.setUser(c, { company: { name: 'Acme', geolocation: [] as never } }),
    'user:company',
  ],
  [
    'setUser company geolocation city not a string',
    (k, c) => k.setUser(c, { company: { name: 'Acme', geolocation: ['FR', 75] as never } }),
    'user:company',
  ],
  ['push company without name', (_, c) => c.push(raw(['set', 'user:company', [null, { url: 'x' }]])), 'user:company'],
  // session:data: empty; a bad key; a value not string, number or boolean.
  ['push empty data object', (_, c) => c.push(raw(['set', 'session:data', [{}]])), 'session:data'],
  ['push empty data list', (_, c) => c.push(raw(['set', 'session:data', [[]]])), 'session:data'],
  ['setSessionData key with a space', (k, c) => k.setSessionData(c, { 'has space': 1 }), 'session:data key has space'],
  ['setSessionData empty key', (k, c) => k.setSessionData(c, { '': 1 }), 'session:data key'],
  ['setSessionData key of 51 characters', (k, c) => k.setSessionData(c, { ['k'.repeat(51)]: 1 }), 'session:data key'],
  ['setSessionData accented key', (k, c) => k.setSessionData(c, { clé: 1 }), 'session:data key'],
  ['setSessionData object value', (k, c) => k.setSessionData(c, { plan: { tier: 1 } as never }), 'session:data plan'],
  ['setSessionData array value', (k, c) => k.setSessionData(c, { plan: ['pro'] as never }), 'session:data plan'],
  [
    'push data pair with object value',
    (_, c) => c.push(raw(['set', 'session:data', [[['plan', {}]]]])),
    'session:data plan',
  ],
  ['push data pair with bad key', (_, c) => c.push(raw(['set', 'session:data', [[['a b', 1]]]])), 'session:data key'],
  // session:segments: not an array; empty after trimming; over 80 characters; repeated in a list.
  ['setSegments a string', (k, c) => k.setSegments(c, 'vip' as never), 'session:segments'],
  ['setSegments an empty segment', (k, c) => k.setSegments(c, ['vip', '']), 'session:segments'],
  ['setSegments a blank segment', (k, c) => k.setSegments(c, ['  ']), 'session:segments'],
  ['setSegments a segment of 81 characters', (k, c) => k.setSegments(c, ['s'.repeat(81)]), 'session:segments'],
  ['setSegments a number', (k, c) => k.setSegments(c, [7] as never), 'session:segments'],
  ['push repeated segments', (_, c) => c.push(['set', 'session:segments', [['vip', 'vip']]]), 'session:segments'],
  ['set segments not a list', (_, c) => c.set('session:segments', 'vip' as never), 'session:segments'],
  // session:event: a name empty or not a string; data that is not valid session data.
  ['push event with empty name', (_, c) => c.push(raw(['set', 'session:event', [[['']]]])), 'session:event'],
  ['push event with number name', (_, c) => c.push(raw(['set', 'session:event', [[[42]]]])), 'session:event'],
  ['set event with bad data key', (_, c) => c.set('session:event', [['signup', { 'bad key': 1 }]]), 'session:event'],
  [
    'set event with object data value',
    (_, c) => c.set('session:event', [['signup', { plan: {} as never }]]),
    'session:event',
  ],
  // on: an event name Crisp does not know (hugo:tool:<name> aside).
  ['on an unknown event', (_, c) => c.on('chat:exploded' as never, fn), 'chat:exploded'],
  ['on hugo:tool: without a name', (_, c) => c.on('hugo:tool:' as never, fn), 'hugo:tool:'],
  ['on with a handler that is not a function', (_, c) => c.on('chat:opened', 'open' as never), 'chat:opened'],
  ['push on an unknown event', (_, c) => c.push(raw(['on', 'chat:exploded', fn])), 'chat:exploded'],
];

const ROWS = TABLE.map(([label, act, field]) => ({ label, act, field }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(BUILDS)('%s build', (build, load) => {
  let core: Core;
  beforeAll(async () => {
    core = await load();
  });

  it.each(ROWS)('$label: refused before Crisp, reported naming $field', async ({ act, field }) => {
    const onError = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fake = fakeCrisp();
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', onError });
    await core.ready(crisp);
    await fake.settled();
    const before = fake.commands.length;

    expect(() => act(core, crisp)).not.toThrow();
    await fake.settled();

    expect(fake.commands.slice(before)).toEqual([]);
    expect(fake.errors).toEqual([]);
    expect(onError).toHaveBeenCalled();
    const errors = onError.mock.calls.map(([error]) => error as CrispKitError);
    const named = errors.find((error) => error.field.includes(field));
    expect(named, `an error naming ${field} among ${errors.map((e) => e.field).join(', ')}`).toBeDefined();
    expect(named!.message).toContain(field);
    if (build == 'development') expect(warn).toHaveBeenCalledWith(named!.message);
    else expect(warn).not.toHaveBeenCalled();
  });
});

// The edges of the same rules, on the accepted side: refusing these would lose real input.
const ACCEPTED: [label: string, act: Act][] = [
  [
    'an email with a signature in uppercase (lowercased)',
    (k, c) => k.setUser(c, { email: 'a@b.co', signature: SIG.toUpperCase() }),
  ],
  ['a phone with the country code in parentheses', (k, c) => k.setUser(c, { phone: '(+33) 6 12 34 56 78' })],
  ['a phone with 00 and an extension', (k, c) => k.setUser(c, { phone: '0033-6-12-34 ext 12' })],
  ['a phone given as a number', (_, c) => c.set('user:phone', 33612345678 as never)],
  [
    'a company with employment and geolocation',
    (k, c) =>
      k.setUser(c, { company: { name: 'Acme', employment: ['CTO', 'Engineering'], geolocation: ['FR', 'Paris'] } }),
  ],
  ['a data key of 50 characters', (k, c) => k.setSessionData(c, { ['k'.repeat(50)]: true })],
  ['a segment of 80 characters', (k, c) => k.setSegments(c, ['s'.repeat(80)])],
  ['a hugo:tool handler', (_, c) => void c.on('hugo:tool:lookup' as never, fn)],
];

describe.each(BUILDS)('%s build, accepted input', (_, load) => {
  it.each(ACCEPTED.map(([label, act]) => ({ label, act })))('$label reaches Crisp', async ({ act }) => {
    const core = await load();
    const onError = vi.fn();
    const fake = fakeCrisp();
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', onError });
    await core.ready(crisp);
    await fake.settled();
    const before = fake.commands.length;
    act(core, crisp);
    await fake.settled();
    expect(onError).not.toHaveBeenCalled();
    expect(fake.commands.length).toBeGreaterThan(before);
    expect(fake.errors).toEqual([]);
  });
});
