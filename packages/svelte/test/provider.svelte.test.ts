// <CrispProvider> and provideCrisp: one client per page, the live visitor and app-wide data bound
// to the core while mounted.
import { describe, expect, it, vi } from 'vitest';
import { flushSync, mount } from 'svelte';
import { createCrisp, type CrispClient, type CrispState, type CrispVisitor } from '@crispkit/svelte';
import { WEBSITE_ID, commandsFrom, mountWithCrisp, scriptTags, settle, useFake } from './helpers';
import Grab from './components/Grab.svelte';
import Listener from './components/Listener.svelte';
import Many from './components/Many.svelte';
import Slice from './components/Slice.svelte';

const t = useFake();

describe('<CrispProvider>', () => {
  it('provides the page client: every component, every provider and createCrisp get the same one, one l.js', async () => {
    const seen: CrispClient[] = [];
    mountWithCrisp(Many, { count: 2, child: Grab, props: { seen } });
    mountWithCrisp(Grab, { seen }, { load: 'idle' }); // a second provider on the page: the first options win
    await settle(t.fake);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]).toBe(createCrisp({ websiteId: WEBSITE_ID }));
    expect(t.fake.requests).toBe(1);
    expect(scriptTags()).toBe(1);
  });

  it('takes an existing client', () => {
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'manual' });
    const seen: CrispClient[] = [];
    mountWithCrisp(Grab, { seen }, { client: crisp });
    expect(seen).toEqual([crisp]);
    expect(t.fake.requests).toBe(0);
  });

  it('useCrisp() without a provider throws, saying where to put one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => mount(Grab, { target: document.body, props: { seen: [] } })).toThrow(
      /<CrispProvider websiteId="your-website-id">/,
    );
    warn.mockRestore();
  });
});

describe('<CrispProvider visitor>', () => {
  it('follows the app’s auth state: sign-in logs in, equal content pushes nothing, sign-out logs out', async () => {
    const crisp = $state<{ visitor: CrispVisitor }>({ visitor: { tokenId: null, user: null } });
    mountWithCrisp(null, {}, crisp);
    await settle(t.fake);
    const anonymous = t.fake.session.sessionId;

    const signIn = commandsFrom(t.fake);
    crisp.visitor = { tokenId: 'tok_ada', user: { email: 'ada@example.com', nickname: 'Ada' } };
    await settle(t.fake);
    expect(signIn()).toEqual([
      JSON.stringify(['do', 'session:reset']),
      JSON.stringify(['set', 'user:email', ['ada@example.com']]),
      JSON.stringify(['set', 'user:nickname', ['Ada']]),
    ]);
    expect(t.fake.globalsAtInit.tokenId).toBe('tok_ada');
    expect(t.fake.session.sessionId).toBe('session_tok_tok_ada');

    const same = commandsFrom(t.fake);
    crisp.visitor = { tokenId: 'tok_ada', user: { email: 'ada@example.com', nickname: 'Ada' } }; // new objects, same content
    await settle(t.fake);
    expect(same()).toEqual([]);

    crisp.visitor.user!.nickname = 'Ada L.'; // changed in place: followed deeply
    await settle(t.fake);
    expect(t.fake.session.user.nickname).toBe('Ada L.');

    crisp.visitor = { tokenId: null, user: null };
    await settle(t.fake);
    expect(t.fake.globalsAtInit.tokenId).toBeUndefined();
    expect(t.fake.session.sessionId).not.toBe(anonymous);
    expect(t.fake.session.sessionId).not.toContain('tok_ada');
    expect(t.fake.session.user.email).toBeNull();
    expect(t.fake.errors).toEqual([]);
  });

  it('a locale change reaches Crisp', async () => {
    const crisp = $state<{ visitor: CrispVisitor }>({ visitor: { user: { email: 'ada@example.com' } } });
    mountWithCrisp(null, {}, crisp);
    await settle(t.fake);
    expect(t.fake.session.user.email).toBe('ada@example.com');
    crisp.visitor = { user: { email: 'ada@example.com' }, locale: 'fr' };
    await settle(t.fake);
    expect(t.fake.globalsAtInit.runtimeConfig).toMatchObject({ locale: 'fr' });
    expect(t.fake.session.user.email).toBe('ada@example.com');
  });

  it('consent: nothing of Crisp before the grant, the grant loads', async () => {
    const crisp = $state<{ visitor: CrispVisitor }>({ visitor: { consent: 'required' } });
    const { target } = mountWithCrisp(Slice, { select: (s: CrispState) => s.consent }, crisp);
    await settle(t.fake);
    expect(target.textContent).toBe('pending');
    expect(scriptTags()).toBe(0);
    crisp.visitor = { consent: 'granted' };
    await settle(t.fake);
    expect(target.textContent).toBe('granted');
    expect(t.fake.requests).toBe(1);
    expect(t.fake.session.sessionId).not.toBeNull();
  });
});

describe('<CrispProvider sessionData segments>', () => {
  it('are contributed from the app: only changed keys, kept across a login, gone with a null', async () => {
    const crisp = $state<{ visitor: CrispVisitor; sessionData: { plan: string } | null; segments: string[] }>({
      visitor: { tokenId: 'tok_ada' },
      sessionData: { plan: 'free' },
      segments: ['customer'],
    });
    mountWithCrisp(null, {}, crisp);
    await settle(t.fake);
    expect(t.fake.session.data).toEqual({ plan: 'free' });
    expect(t.fake.session.segments).toEqual(['customer']);
    const upgrade = commandsFrom(t.fake);
    crisp.sessionData = { plan: 'pro' };
    await settle(t.fake);
    expect(upgrade()).toEqual([JSON.stringify(['set', 'session:data', [[['plan', 'pro']]]])]);
    // Signed out and the data gone in one change: the new session never gets the plan.
    crisp.visitor = { tokenId: null };
    crisp.sessionData = null;
    await settle(t.fake);
    expect(t.fake.session.sessionId).not.toContain('tok_ada');
    expect(t.fake.session.data).toEqual({});
    expect(t.fake.session.segments).toEqual(['customer']);
    expect(t.fake.errors).toEqual([]);
  });
});

describe('unmounting the provider', () => {
  it('leaves nothing registered with Crisp, and the visitor no longer drives Crisp', async () => {
    const crisp = $state<{ visitor: CrispVisitor }>({ visitor: { tokenId: 'tok_ada' } });
    const app = mountWithCrisp(Listener, { event: 'message:received', handler: () => {} }, crisp);
    await settle(t.fake);
    expect(t.fake.handlers.size).toBeGreaterThan(0);
    app.unmount();
    await settle(t.fake);
    const after = commandsFrom(t.fake);
    crisp.visitor = { tokenId: null };
    flushSync();
    await settle(t.fake);
    expect(after()).toEqual([]);
    expect([...t.fake.handlers.keys()]).toEqual([]);
    expect(t.fake.globalsAtInit.tokenId).toBe('tok_ada');
  });
});
