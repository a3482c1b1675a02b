// Every vector measured on Crisp's real client is a test of the fake: a value Crisp refuses throws
// Crisp's own message when pushed to the live `$crisp`, and is lost from the startup queue while the
// rest still runs; a value Crisp accepts is applied the way Crisp passed it on.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CRISP_PHONE, PHONE } from '../src/protocol';
import { type FakeCrisp, type FakeSessionEvent, installFakeCrisp } from '../src/index';
import { liveOf, snippet } from './helpers';
import { type CrispVector, crispVectorCounts, crispVectors } from './vectors/crisp-validators';

let installed: FakeCrisp | undefined;
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
  vi.restoreAllMocks();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

/** A command after the one under test, to prove the queue went on. */
const MARKER = ['set', 'message:text', ['still running']] as const;

function install(): FakeCrisp {
  installed = installFakeCrisp();
  return installed;
}

async function liveClient(): Promise<FakeCrisp> {
  const fake = install();
  snippet([]);
  await fake.settled();
  return fake;
}

/** The message of what `run` throws, or undefined. */
function thrownBy(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
}

const name = (vector: CrispVector) => `${vector.table}: ${vector.source}`;
const refused = crispVectors.filter((vector) => !vector.accepted).map((vector) => [name(vector), vector] as const);
const accepted = crispVectors.filter((vector) => vector.accepted).map((vector) => [name(vector), vector] as const);

describe('the fixture', () => {
  test('holds every row of the notes, table by table', () => {
    const counted: Record<string, number> = {};
    for (const vector of crispVectors) counted[vector.table] = (counted[vector.table] ?? 0) + 1;
    expect(counted).toEqual(crispVectorCounts);
    expect(crispVectors).toHaveLength(497);
  });

  test('gives an error text for every refused row and none for accepted ones', () => {
    for (const vector of crispVectors) expect(vector.error === undefined).toBe(vector.accepted);
  });
});

describe('refused by Crisp, pushed to the live $crisp: throws Crisp’s message into the caller', () => {
  test.each(refused)('%s', async (_label, vector) => {
    const crisp = await liveClient();
    const before = crisp.session;
    expect(thrownBy(() => liveOf(crisp).push(vector.command))).toBe(vector.error);
    expect(crisp.errors.map((error) => error.message)).toEqual([vector.error]);
    // Nothing of the refused command applied.
    expect(crisp.session).toEqual(before);
    expect(crisp.handlers.size).toBe(0);
    // Later pushes still work.
    liveOf(crisp).push(MARKER);
    expect(crisp.session.composerText).toBe('still running');
  });
});

describe('refused by Crisp, queued before the client is live: lost silently, the rest runs', () => {
  test.each(refused)('%s', async (_label, vector) => {
    const fake = install();
    snippet([vector.command, MARKER]);
    await fake.settled();
    expect(fake.errors.map((error) => error.message)).toEqual([vector.error]);
    expect(fake.session.composerText).toBe('still running');
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
});

/** One call of the notes' last column: `[method, ...arguments]`. */
type PassedOn = [string, ...unknown[]];

/** The notes' last column as data, when it is complete JSON (not shortened, no `«NaN»` stand-ins). */
function passedOnOf(vector: CrispVector): PassedOn[] | undefined {
  const text = vector.passedOn;
  if (text === undefined || !text.startsWith('[[') || /…|«/.test(text)) return undefined;
  try {
    return JSON.parse(text) as PassedOn[];
  } catch {
    return undefined; // a cell cut at the table's width
  }
}

interface CrispEmployment {
  title: string;
  role: string;
}
interface CrispGeolocation {
  country: string;
  city: string | null;
}

/** Crisp's `{title, role}` / `{country, city}` in the fake's tuple form. */
function companyAsFake(company: Record<string, unknown>): Record<string, unknown> {
  const { employment, geolocation, ...rest } = company as {
    employment?: CrispEmployment;
    geolocation?: CrispGeolocation;
  };
  return {
    ...rest,
    ...(employment ? { employment: [employment.title, employment.role] } : {}),
    ...(geolocation
      ? { geolocation: geolocation.city === null ? [geolocation.country] : [geolocation.country, geolocation.city] }
      : {}),
  };
}

/** The event tuple Crisp passed on, as the fake stores it. */
function eventAsFake([eventName, data, color]: unknown[]): FakeSessionEvent {
  return {
    name: eventName as string,
    ...(data !== null && data !== undefined ? { data: data as Record<string, unknown> } : {}),
    ...(color !== null && color !== undefined ? { color: color as string } : {}),
  };
}

/** Checks that the fake holds what Crisp's handler passed on. */
function expectApplied(crisp: FakeCrisp, calls: PassedOn[]): void {
  const { session } = crisp;
  for (const [method, ...args] of calls) {
    switch (method) {
      case 'Session.set_email':
        expect(session.user.email).toBe(args[0]);
        expect(session.user.signature).toBe(args[2] === null ? null : String(args[2]));
        break;
      case 'Session.set_phone':
        expect(session.user.phone).toBe(args[0]);
        break;
      case 'Session.set_nickname':
        expect(session.user.nickname).toBe(args[0]);
        break;
      case 'Session.set_avatar':
        expect(session.user.avatar).toBe(args[0]);
        break;
      case 'Session.set_company':
        expect(session.user.company).toEqual(companyAsFake(args[0] as Record<string, unknown>));
        break;
      case 'Session.set_data': {
        // Upsert, where an empty string is how Crisp deletes a key.
        const expected = Object.fromEntries(Object.entries(args[0] as object).filter(([, value]) => value !== ''));
        expect(session.data).toEqual(expected);
        break;
      }
      case 'Session.set_segments':
        expect(session.segments).toEqual(args[0]);
        break;
      case 'Session.send_event':
        expect(session.events).toEqual((args[0] as unknown[][]).map(eventAsFake));
        break;
      default: {
        // Message.send_<type>_message
        const type = /^Message\.send_(\w+)_message$/.exec(method)?.[1];
        expect(type).toBeDefined();
        expect(session.messages.map((message) => [message.from, message.type])).toEqual([['user', type]]);
      }
    }
  }
}

describe('accepted by Crisp, pushed to the live $crisp: applied as Crisp passed it on', () => {
  test.each(accepted)('%s', async (_label, vector) => {
    const crisp = await liveClient();
    expect(thrownBy(() => liveOf(crisp).push(vector.command))).toBeUndefined();
    expect(crisp.errors).toEqual([]);
    const calls = passedOnOf(vector);
    if (calls) expectApplied(crisp, calls);
    if (vector.passedOn === 'nothing sent') expect(crisp.session.messages).toEqual([]);
    if (vector.table === 'message:text') expect(crisp.session.composerText).toBe((vector.command[2] as unknown[])[0]);
    if (vector.command[0] === 'on') expect([...crisp.handlers.keys()]).toEqual([vector.command[1]]);
  });
});

describe('accepted by Crisp, queued before the client is live: applied too', () => {
  test.each(accepted)('%s', async (_label, vector) => {
    const fake = install();
    snippet([vector.command]);
    await fake.settled();
    expect(fake.errors).toEqual([]);
    const calls = passedOnOf(vector);
    if (calls) expectApplied(fake, calls);
  });
});

describe('the cost of Crisp’s phone check', () => {
  test('a long run of digits and a letter would freeze the page: the fake counts it, without spending it', async () => {
    const crisp = await liveClient();
    expect(crisp.phoneBacktracking).toBe(0);
    expect(thrownBy(() => liveOf(crisp).push(['set', 'user:phone', ['1'.repeat(26) + 'a']]))).toBe('Invalid phone');
    // Measured: 26 digits and a letter took 1.4 s, about twice as long per extra digit.
    expect(crisp.phoneBacktracking).toBe(2 ** 25);
    expect(crisp.phoneFreezeMs).toBeGreaterThan(1000);
    expect(thrownBy(() => liveOf(crisp).push(['set', 'user:phone', ['1'.repeat(27) + 'a']]))).toBe('Invalid phone');
    expect(crisp.phoneBacktracking).toBe(2 ** 25 + 2 ** 26);
  });

  test('an accepted phone, however long, and a short refused one cost nothing worth a frame', async () => {
    const crisp = await liveClient();
    liveOf(crisp).push(['set', 'user:phone', ['+1' + '2'.repeat(200)]]);
    liveOf(crisp).push(['set', 'user:phone', ['+1 415 555 2671 ext. 123']]);
    expect(crisp.phoneBacktracking).toBe(0);
    expect(thrownBy(() => liveOf(crisp).push(['set', 'user:phone', ['1-800-FLOWERS']]))).toBe('Invalid phone');
    expect(crisp.phoneFreezeMs).toBeLessThan(1);
  });
});

describe('the fake’s linear phone check', () => {
  // Short values from the characters that matter, so Crisp's own pattern runs fast enough to compare.
  const phoneLike = fc.string({
    unit: fc.constantFrom(...'0123456789+()-. /\\#xXextnsioa'.split('')),
    maxLength: 14,
  });
  // Values built from the pattern's own pieces, so that about half are accepted.
  const pieces = fc
    .array(fc.constantFrom('1', '42', '0', '(', ')', ' ', '-', '.', '/', '+', '00', '+33', 'ext', 'ext.', 'x', '#'), {
      maxLength: 8,
    })
    .map((parts) => parts.join(''));
  const candidates = fc.oneof(phoneLike, pieces);

  test('accepts exactly what Crisp’s pattern accepts', () => {
    fc.assert(
      fc.property(candidates, (value) => {
        expect(PHONE.test(value)).toBe(CRISP_PHONE.test(value));
      }),
      { numRuns: 20_000 },
    );
  });

  test('the generated values are both accepted and refused, often', () => {
    const sample = fc.sample(candidates, { numRuns: 2_000, seed: 1 });
    const acceptedShare = sample.filter((value) => CRISP_PHONE.test(value)).length / sample.length;
    expect(acceptedShare).toBeGreaterThan(0.1);
    expect(acceptedShare).toBeLessThan(0.9);
  });

  test('agrees with Crisp’s pattern on every phone vector', () => {
    const phones = crispVectors.filter((vector) => vector.table === 'user:phone');
    for (const vector of phones) {
      const value = (vector.command[2] as unknown[])[0];
      if (typeof value !== 'string' || /\d{16}/.test(value)) continue; // the long refused ones would freeze
      expect(PHONE.test(value)).toBe(CRISP_PHONE.test(value));
    }
  });
});
