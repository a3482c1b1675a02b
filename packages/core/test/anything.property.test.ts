// Property: every public function and client method, given arbitrary values (fc.anything() and
// near misses of real input), in development and production builds: it never throws into the app,
// every refusal is reported, and in development nothing malformed reaches Crisp (production lets
// Crisp judge, and reports what Crisp refused).
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { CrispClient, CrispKitError } from '@crispkit/core';
import { installFakeCrisp } from '@crispkit/testing';
import { CONFIG_KEYS as FAKE_CONFIG_KEYS, KNOWN_EVENTS } from '../../testing/src/protocol';
import { BUILDS, type Core } from './builds';
import { WEBSITE_ID } from './helpers';

const RUNS = 2000;

// Crisp's vocabulary as its client's help lists it (the protocol notes in docs/protocol.md).
const SET_KEYS = [
  'user:email',
  'user:phone',
  'user:nickname',
  'user:avatar',
  'user:company',
  'session:data',
  'session:segments',
  'session:event',
  'message:text',
];
const DO_ACTIONS = [
  'chat:open',
  'chat:close',
  'chat:toggle',
  'chat:show',
  'chat:hide',
  'message:send',
  'message:show',
  'message:read',
  'message:thread:start',
  'message:thread:end',
  'helpdesk:search',
  'helpdesk:query',
  'helpdesk:article:open',
  'session:reset',
  'trigger:run',
];
// The fake's own tables, written from Crisp's measured behaviour.
const CONFIG_KEYS = [...FAKE_CONFIG_KEYS];
const EVENT_NAMES = [...KNOWN_EVENTS];

// Near misses: the shapes of real input with one part wrong, beside entirely arbitrary values.
const junk = fc.anything({ maxDepth: 2 });
const handler = fc.constant((() => {}) as (...args: unknown[]) => void);
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', ' ', 'vip', 'a b', '__proto__', 'toString'));
const email = fc.oneof(fc.emailAddress(), fc.constantFrom('ada@example', 'ada @x.io', 'a@b@c.io'), text, junk);
const signature = fc.oneof(
  fc.stringMatching(/^[\da-f]{64}$/),
  fc.stringMatching(/^[\dA-F]{64}$/),
  fc.constantFrom('abc', 'g'.repeat(64)),
  junk,
);
const phone = fc.oneof(
  fc.stringMatching(/^\+?\d{1,3}([ .-]\d{2,4}){1,4}$/),
  fc.constantFrom('(+33 6 12', '06--12', '+'),
  text,
  junk,
);
const url = fc.oneof(fc.webUrl(), fc.constantFrom('/me.png', 'https://', 'javascript:alert(1)'), text, junk);
const pair = fc.tuple(text, text);
const company = fc.oneof(
  fc.record(
    {
      name: fc.oneof(text, junk),
      url: fc.oneof(text, junk),
      description: fc.oneof(text, junk),
      employment: fc.oneof(pair, fc.array(fc.oneof(text, junk), { maxLength: 3 }), junk),
      geolocation: fc.oneof(pair, fc.array(fc.oneof(text, junk), { maxLength: 3 }), junk),
    },
    { requiredKeys: [] },
  ),
  junk,
);
const user = fc.oneof(
  fc.record({ email, signature, nickname: fc.oneof(text, junk), phone, avatar: url, company }, { requiredKeys: [] }),
  junk,
);
const dataKey = fc.oneof(
  fc.stringMatching(/^[\w-]{1,50}$/),
  text,
  fc.constantFrom('k'.repeat(51), 'clé', 'constructor'),
);
const dataValue = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), junk);
const data = fc.oneof(fc.dictionary(dataKey, dataValue, { maxKeys: 4 }), junk);
const segments = fc.oneof(
  fc.array(fc.oneof(text, fc.string({ minLength: 79, maxLength: 82 }), junk), { maxLength: 4 }),
  junk,
);
const name = (names: string[]) => fc.oneof(fc.constantFrom(...names), text, junk);
const args = fc.oneof(fc.array(fc.oneof(text, junk, handler), { maxLength: 3 }), junk, fc.constant(undefined));
const command = fc.oneof(
  fc.tuple(fc.constant('set'), name(SET_KEYS), args),
  fc.tuple(fc.constant('do'), name(DO_ACTIONS), args),
  fc.tuple(fc.constant('config'), name(CONFIG_KEYS), args),
  fc.tuple(fc.constantFrom('on', 'off'), name(EVENT_NAMES), fc.oneof(handler, junk)),
  fc.tuple(fc.constant('safe'), fc.oneof(fc.boolean(), junk)),
  fc.array(junk, { maxLength: 3 }),
  junk,
);

/** One call: the function's name, the arguments after the client, and whether it may do nothing. */
type Call = { fn: string; args: unknown[] };
const call = (fn: string, ...parts: fc.Arbitrary<unknown>[]) => fc.tuple(...parts).map((args): Call => ({ fn, args }));
const calls: fc.Arbitrary<Call> = fc.oneof(
  call('setUser', user),
  call('setSessionData', data),
  call('setSegments', segments, fc.oneof(fc.boolean(), junk)),
  call(
    'login',
    fc.oneof(
      fc
        .record({ tokenId: fc.oneof(text, fc.integer(), junk) })
        .chain((r) => user.map((u) => (u && typeof u == 'object' ? { ...u, ...r } : r))),
      junk,
    ),
  ),
  call('logout', junk),
  call('setLocale', fc.oneof(fc.constantFrom('fr', 'de', 'en'), text, junk)),
  call('contribute', fc.oneof(fc.record({ data, segments }, { requiredKeys: [] }), junk)),
  call('ready', junk),
  call('push', command),
  call('do', name(DO_ACTIONS), fc.oneof(text, junk), junk),
  call('set', name(SET_KEYS), fc.oneof(text, junk, fc.array(text)), junk),
  call('config', name(CONFIG_KEYS), fc.oneof(fc.boolean(), fc.integer(), text, junk)),
  call('on', name(EVENT_NAMES), fc.oneof(handler, junk)),
  call('get', fc.oneof(text, junk), junk),
  call('is', fc.oneof(text, junk)),
  call('subscribe', fc.oneof(handler, junk)),
  call('load', junk),
  call('getState', junk),
);

const FREE = ['setUser', 'setSessionData', 'setSegments', 'login', 'logout', 'setLocale', 'contribute', 'ready'];
const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value == 'object' && !Array.isArray(value);
const USER_FIELDS = ['email', 'phone', 'nickname', 'avatar', 'company'];
/** Calls that legitimately send nothing and report nothing on a fresh session. */
function mayDoNothing({ fn, args: [first, second] }: Call): boolean {
  if (['logout', 'get', 'is', 'getState', 'load', 'ready'].includes(fn)) return true;
  if (fn == 'setUser')
    return isObject(first) && USER_FIELDS.every((f) => (first as Record<string, unknown>)[f] == null);
  if (fn == 'setSessionData') return isObject(first) && !Object.keys(first as object).length;
  if (fn == 'setSegments') return Array.isArray(first) && !first.length;
  // No segment to add: the session has nothing to change.
  if (fn == 'set') return first == 'session:segments' && Array.isArray(second) && !second.length;
  if (fn == 'contribute') {
    const { data, segments } = (isObject(first) ? first : {}) as { data?: unknown; segments?: unknown };
    const empty = (value: unknown) =>
      value === undefined || (Array.isArray(value) ? !value.length : isObject(value) && !Object.keys(value).length);
    return isObject(first) && empty(data) && empty(segments);
  }
  if (fn == 'subscribe') return typeof first == 'function';
  return false;
}

/** A refusal message without the refused value, so each kind is listed once. */
const kind = (message: string) =>
  message.replace(/ ("|\[|\{|-?\d|true|false|null|undefined|NaN|Infinity).*$/, '').slice(0, 80);

const describeCall = ({ fn, args }: Call) => {
  try {
    return fn + ' ' + fc.stringify(args).slice(0, 160);
  } catch {
    return fn;
  }
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(BUILDS)('any input, %s build (property)', (build, load) => {
  // Kinds of violation found, each with its first example, so one run lists them all.
  const violations: Record<string, string> = {};
  const note = (kind: string, example: Call) => (violations[kind] ||= describeCall(example));

  it(`never throws into the app (${RUNS} cases, one fresh page each)`, async () => {
    const core = await load();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(calls, async (input) => {
        const fake = installFakeCrisp();
        const errors: CrispKitError[] = [];
        try {
          const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', onError: (e) => errors.push(e) });
          await core.ready(crisp);
          await fake.settled();
          const before = fake.commands.length;
          const sessionsBefore = fake.sessions.length;
          const state = crisp.getState();

          const free = FREE.includes(input.fn);
          const target = (free ? core[input.fn as keyof Core] : crisp[input.fn as keyof CrispClient]) as (
            ...args: unknown[]
          ) => unknown;
          let result: unknown;
          expect(() => {
            result = free ? target(crisp, ...input.args) : target.apply(crisp, input.args);
          }).not.toThrow();
          // ready() settles or rejects; what on/subscribe/contribute return undoes without throwing.
          if (result instanceof Promise) result.catch(() => {});
          if (typeof result == 'function') expect(() => (result as () => void)()).not.toThrow();
          await fake.settled();

          // Reads (get, is) are not commands: Crisp's refusals of unknown keys there are caught.
          const reads = input.fn == 'get' || input.fn == 'is';
          // Development refuses first; production lets Crisp judge, and reports what it refused.
          // Except behind a new session (login, a locale): Crisp v2.7.0 keeps what follows its reset
          // in its pending list until that session loads, and a refusal there is silent (its
          // traces); the kit cannot see it, which docs/validation.md says.
          const restarted = fake.sessions.length > sessionsBefore;
          if (!reads && (build === 'development' || (!errors.length && !restarted)))
            for (const error of fake.errors) note(`${input.fn}: Crisp refused "${kind(error.message)}"`, input);
          const sent = fake.commands.length > before || crisp.getState() !== state;
          if (!sent && !errors.length && !mayDoNothing(input))
            note(`${input.fn}: nothing sent, nothing reported`, input);
          if (errors.some((error) => typeof error.field != 'string' || !error.field))
            note(`${input.fn}: an error without a field`, input);
        } finally {
          fake.uninstall();
          document.head.innerHTML = '';
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('sent nothing malformed to Crisp and reported every refusal in those cases', () => {
    expect(violations).toEqual({});
  });
});
