// Nothing throws into the app, whatever it is given (issue 9, point 5): the inputs that used to
// throw, each in development and production builds. The property test covers the rest.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CrispClient, CrispCommand, CrispKitError } from '@crispkit/core';
import { BUILDS, type Core } from './builds';
import { fakeCrisp, WEBSITE_ID } from './helpers';

type Act = (core: Core, crisp: CrispClient) => unknown;

const CASES: { label: string; act: Act; field: string | RegExp }[] = [
  { label: 'setUser(null)', act: (k, c) => k.setUser(c, null as never), field: 'user' },
  { label: 'setUser(undefined)', act: (k, c) => k.setUser(c, undefined as never), field: 'user' },
  {
    label: 'setUser with a number signature',
    act: (k, c) => k.setUser(c, { email: 'ada@example.com', signature: 12 as never }),
    field: 'user:email',
  },
  {
    label: 'setUser with an object signature',
    act: (k, c) => k.setUser(c, { email: 'ada@example.com', signature: {} as never }),
    field: 'user:email',
  },
  { label: 'setSegments(null)', act: (k, c) => k.setSegments(c, null as never), field: 'session:segments' },
  { label: 'login(undefined)', act: (k, c) => k.login(c, undefined as never), field: 'tokenId' },
  { label: 'login(null)', act: (k, c) => k.login(c, null as never), field: 'tokenId' },
  { label: 'login({})', act: (k, c) => k.login(c, {} as never), field: 'tokenId' },
  { label: 'setLocale(undefined)', act: (k, c) => k.setLocale(c, undefined as never), field: 'locale' },
  { label: 'setSessionData(null)', act: (k, c) => k.setSessionData(c, null as never), field: 'session:data' },
  {
    label: "push(['set', 'session:data', []])",
    act: (_, c) => c.push(['set', 'session:data', []] as unknown as CrispCommand),
    field: 'session:data',
  },
  {
    label: "push(['set', 'session:data'])",
    act: (_, c) => c.push(['set', 'session:data'] as unknown as CrispCommand),
    field: 'session:data',
  },
  {
    label: "push(['set', 'user:email'])",
    act: (_, c) => c.push(['set', 'user:email'] as unknown as CrispCommand),
    field: 'user:email',
  },
  { label: 'push(null)', act: (_, c) => c.push(null as never), field: 'command' },
  // Development names the verb with its missing name; production keeps a shorter field.
  { label: "push(['do'])", act: (_, c) => c.push(['do'] as never), field: /^(do|command)/ },
  // Found by the property test: a name that cannot become text (its toString is not a function)
  // made the kit's own error message throw.
  {
    label: "push(['on', { toString: false }, handler])",
    act: (_, c) => c.push(['on', { toString: false }, () => {}] as never),
    field: /^on object/,
  },
  {
    label: 'setUser with company details JSON cannot hold (a BigInt)',
    act: (k, c) => k.setUser(c, { company: { name: 'Acme', seats: BigInt(3) } as never }),
    field: 'user:company',
  },
  {
    label: 'on({ toString: false }, handler)',
    act: (_, c) => c.on({ toString: false } as never, () => {}),
    field: /^on object/,
  },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(BUILDS)('%s build', (build, load) => {
  let core: Core;
  beforeAll(async () => {
    core = await load();
  });

  it.each(CASES)('$label does not throw and reports $field', async ({ act, field }) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onError = vi.fn();
    const fake = fakeCrisp();
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', onError });
    await core.ready(crisp);
    await fake.settled();
    const before = fake.commands.length;

    expect(() => act(core, crisp)).not.toThrow();
    await fake.settled();

    // Development refuses before Crisp; production lets Crisp judge, and reports what it refused.
    if (build === 'development') {
      expect(fake.commands.slice(before)).toEqual([]);
      expect(fake.errors).toEqual([]);
    }
    const fields = onError.mock.calls.map(([error]) => (error as CrispKitError).field);
    const names = (name: string) => (typeof field == 'string' ? name.includes(field) : field.test(name));
    expect(fields.some(names), fields.join(', ')).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'set, do and config named %s (an Object.prototype member) do not throw',
    async (name) => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const fake = fakeCrisp();
      const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
      await core.ready(crisp);
      // What a plain-JS page can call, whatever the types say.
      const loose = crisp as unknown as Record<string, (...args: unknown[]) => unknown>;
      expect(() => loose.set!(name, '')).not.toThrow();
      expect(() => crisp.push(['set', name, []] as unknown as CrispCommand)).not.toThrow();
      expect(() => loose.do!(name)).not.toThrow();
      expect(() => loose.config!(name, true)).not.toThrow();
      expect(() => loose.on!(name, () => {})).not.toThrow();
      await fake.settled();
    },
  );

  it('the same calls before load do not throw, and development leaves nothing malformed in the queue', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onError = vi.fn();
    const fake = fakeCrisp({ mode: 'manual' });
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'manual', onError });
    for (const { act } of CASES) expect(() => act(core, crisp)).not.toThrow();
    crisp.load();
    await fake.load();
    // Before the client is live Crisp drops what it refuses without a word: production's cost.
    if (build === 'production') return;
    expect(fake.errors).toEqual([]);
    expect(fake.commands.filter((c) => c[0] !== 'on' && c[0] !== 'off')).toEqual([]);
    expect(onError).toHaveBeenCalledTimes(CASES.length);
  });
});
