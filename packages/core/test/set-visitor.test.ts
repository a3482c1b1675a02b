// setVisitor: the declarative form the framework adapters call on every render (issue 18, point 5).
// Looked up at run time: until the core exports it, every case fails with "setVisitor is not
// exported", and the file still type-checks.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CrispClient, CrispUser } from '@crispkit/core';
import type { FakeCrisp } from '@crispkit/testing';
import { BUILDS, type Core } from './builds';
import { WEBSITE_ID, fakeCrisp } from './helpers';

/** The contract of `setVisitor`'s second argument. */
interface Visitor {
  tokenId?: string | number | null;
  user?: CrispUser | null;
  locale?: string;
  consent?: 'required' | 'granted' | 'revoked';
}
type SetVisitor = (crisp: CrispClient, visitor: Visitor) => void;

function setVisitorOf(core: Core): SetVisitor {
  const setVisitor: unknown = (core as unknown as Record<string, unknown>).setVisitor;
  if (typeof setVisitor !== 'function') throw new Error('setVisitor is not exported by @crispkit/core');
  return setVisitor as SetVisitor;
}

const resets = (fake: FakeCrisp) => fake.sessions.length - 1;

describe.each(BUILDS)('%s build', (_, load) => {
  let core: Core;
  let setVisitor: SetVisitor;
  beforeAll(async () => {
    core = await load();
  });

  async function live(options: { consent?: 'required' } = {}) {
    setVisitor = setVisitorOf(core);
    const fake = fakeCrisp();
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', ...options });
    if (!options.consent) {
      await core.ready(crisp);
      await fake.settled();
    }
    return { fake, crisp };
  }

  it('the same content again, in new objects, pushes nothing', async () => {
    const { fake, crisp } = await live();
    setVisitor(crisp, { tokenId: 'tok-ann', user: { email: 'ann@example.com', nickname: 'Ann' }, locale: 'fr' });
    await fake.settled();
    expect(fake.session.user).toMatchObject({ email: 'ann@example.com', nickname: 'Ann' });
    const before = fake.commands.length;

    setVisitor(crisp, { tokenId: 'tok-ann', user: { nickname: 'Ann', email: 'ann@example.com' }, locale: 'fr' });
    setVisitor(crisp, { user: { email: 'ann@example.com', nickname: 'Ann' } });
    await fake.settled();
    expect(fake.commands.slice(before)).toEqual([]);
  });

  it("a page's data updated before the sign-out in the same task reaches only the new session", async () => {
    const { fake, crisp } = await live();
    setVisitor(crisp, { tokenId: 'tok-alice', user: { email: 'alice@example.com' } });
    const page = core.contribute(crisp, { data: { page: 'account' } });
    await fake.settled();
    // A child component's effect runs before its provider's: the data first, then the sign-out.
    page.update({ data: { page: 'login' } });
    setVisitor(crisp, { tokenId: null, user: null });
    await fake.settled();
    const [alice, next] = fake.sessions.slice(-2);
    expect(alice!.tokenId).toBe('tok-alice');
    expect(JSON.stringify(alice!.commands)).not.toContain('login');
    expect(next!.tokenId).toBeFalsy();
    expect(fake.session.data).toEqual({ page: 'login' });
  });

  it('user is the whole user: a field left out is forgotten and not sent again after a reset', async () => {
    const { fake, crisp } = await live();
    setVisitor(crisp, { user: { email: 'ann@example.com', nickname: 'Ann' } });
    await fake.settled();
    setVisitor(crisp, { user: { nickname: 'Ann' }, locale: 'de' });
    await fake.settled();
    expect(fake.sessions.at(-1)).toMatchObject({ locale: 'de', user: { email: null, nickname: 'Ann' } });
  });

  it('tokenId undefined leaves the visitor signed in; null signs them out with nothing left in the session', async () => {
    const { fake, crisp } = await live();
    setVisitor(crisp, { tokenId: 'tok-alice', user: { email: 'alice@example.com' } });
    await fake.settled();
    const signedIn = resets(fake);
    setVisitor(crisp, { user: { email: 'alice@example.com', nickname: 'Alice' } });
    await fake.settled();
    expect(resets(fake), 'no reset without a token change').toBe(signedIn);
    expect(fake.sessions.at(-1)).toMatchObject({ tokenId: 'tok-alice', user: { nickname: 'Alice' } });

    setVisitor(crisp, { tokenId: null, user: null });
    await fake.settled();
    const session = fake.sessions.at(-1);
    expect(session?.tokenId ?? null).toBeNull();
    expect(JSON.stringify(session)).not.toMatch(/alice/i);
  });

  it('a grant after a revoke signs the same visitor in again, in a fresh session', async () => {
    const { fake, crisp } = await live({ consent: 'required' });
    const ann = { tokenId: 'tok-ann', user: { email: 'ann@example.com' } };
    setVisitor(crisp, { ...ann, consent: 'granted' });
    await fake.settled();
    expect(fake.sessions.at(-1)).toMatchObject({ tokenId: 'tok-ann', user: { email: 'ann@example.com' } });

    const before = fake.commands.length;
    setVisitor(crisp, { ...ann, consent: 'revoked' });
    await fake.settled();
    const revoked = fake.sessions.length;
    // Hidden, and nothing else sent: a reset now would make Crisp connect again and write new
    // cookies after the revoke removed them; the grant starts the new session instead.
    expect(fake.session.chatVisible).toBe(false);
    expect(fake.commands.slice(before).filter(([verb]) => verb !== 'on' && verb !== 'off')).toEqual([
      ['do', 'chat:hide'],
    ]);

    setVisitor(crisp, { ...ann, consent: 'granted' });
    await fake.settled();
    expect(fake.sessions.length).toBeGreaterThan(revoked);
    expect(fake.sessions.at(-1)).toMatchObject({ tokenId: 'tok-ann', user: { email: 'ann@example.com' } });
    expect(fake.session.chatVisible).toBe(true);
  });

  it('never throws, whatever the content (a BigInt, a cycle)', async () => {
    const { fake, crisp } = await live();
    const cyclic: Record<string, unknown> = { name: 'Acme' };
    cyclic.self = cyclic;
    expect(() => setVisitor(crisp, { user: { company: { name: 'Acme', seats: BigInt(3) } as never } })).not.toThrow();
    expect(() => setVisitor(crisp, { user: { company: cyclic as never } })).not.toThrow();
    expect(() => setVisitor(crisp, { user: { company: cyclic as never } })).not.toThrow();
    await fake.settled();
  });
});
