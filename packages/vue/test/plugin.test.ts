// crispPlugin: one client per page, the reactive visitor and app-wide data bound to the core until app.unmount().
import { describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { createApp, defineComponent, h, nextTick, reactive, ref, type App } from 'vue';
import {
  createCrisp,
  crispPlugin,
  useCrisp,
  useCrispEvent,
  useCrispState,
  type CrispClient,
  type CrispVisitor,
} from '@crispkit/vue';
import { WEBSITE_ID, appCommands, mountWithCrisp, scriptTags, settle, useFake } from './helpers';

const t = useFake();

const Empty = defineComponent(() => () => null);

/** The commands pushed from now on, as comparable strings. */
function commandsFrom(): () => string[] {
  const start = t.fake.commands.length;
  return () => appCommands({ commands: t.fake.commands.slice(start) });
}

describe('crispPlugin', () => {
  it('the top-level tokenId and locale of earlier versions mean what visitor.tokenId and visitor.locale mean, with one development warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const wrapper = mountWithCrisp(Empty, { tokenId: 'tok_ada', locale: 'fr' });
    await settle(t.fake);
    expect(t.fake.sessions.at(-1)).toMatchObject({ tokenId: 'tok_ada', locale: 'fr' });
    wrapper.unmount();
    mountWithCrisp(Empty, { tokenId: 'tok_ada', locale: 'fr' });
    expect(
      warn.mock.calls.filter(([message]) => String(message).includes('visitor: { tokenId, locale }')),
    ).toHaveLength(1);
    warn.mockRestore();
  });

  it('provides the page client: every component, every app and createCrisp get the same one, one l.js', async () => {
    const seen: CrispClient[] = [];
    const Grab = defineComponent(() => (seen.push(useCrisp()), () => null));
    mountWithCrisp(defineComponent(() => () => [h(Grab), h(Grab)]));
    mountWithCrisp(Grab, { load: 'idle' }); // a second app on the page: the first options win
    await settle(t.fake);
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]).toBe(createCrisp({ websiteId: WEBSITE_ID }));
    expect(t.fake.requests).toBe(1);
    expect(scriptTags()).toBe(1);
  });

  it('takes an existing client', () => {
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'manual' });
    let seen: CrispClient | undefined;
    mount(
      defineComponent(() => ((seen = useCrisp()), () => null)),
      {
        global: { plugins: [crispPlugin({ client: crisp })] },
      },
    );
    expect(seen).toBe(crisp);
    expect(t.fake.requests).toBe(0);
  });

  it('useCrisp() without the plugin throws, saying how to install it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => mount(defineComponent(() => (useCrisp(), () => null)))).toThrow(
      /app\.use\(crispPlugin\(\{ websiteId: 'your-website-id' \}\)\)/,
    );
    warn.mockRestore();
  });
});

describe('crispPlugin visitor', () => {
  it('follows a getter over the app’s auth state: sign-in logs in, equal content pushes nothing, sign-out logs out', async () => {
    const auth = reactive<{ user: { token: string; email: string; name: string } | null }>({ user: null });
    const visitor = () => ({
      tokenId: auth.user ? auth.user.token : null,
      user: auth.user ? { email: auth.user.email, nickname: auth.user.name } : null,
    });
    mountWithCrisp(Empty, { visitor });
    await settle(t.fake);
    const anonymous = t.fake.session.sessionId;

    const signIn = commandsFrom();
    auth.user = { token: 'tok_ada', email: 'ada@example.com', name: 'Ada' };
    await settle(t.fake);
    expect(signIn()).toEqual([
      JSON.stringify(['do', 'session:reset']),
      JSON.stringify(['set', 'user:email', ['ada@example.com']]),
      JSON.stringify(['set', 'user:nickname', ['Ada']]),
    ]);
    expect(t.fake.globalsAtInit.tokenId).toBe('tok_ada');
    expect(t.fake.session.sessionId).toBe('session_tok_tok_ada');

    const same = commandsFrom();
    auth.user = { token: 'tok_ada', email: 'ada@example.com', name: 'Ada' }; // new objects, same content
    await settle(t.fake);
    expect(same()).toEqual([]);

    auth.user.name = 'Ada L.'; // changed in place: only that field
    await settle(t.fake);
    expect(t.fake.session.user.nickname).toBe('Ada L.');

    auth.user = null;
    await settle(t.fake);
    expect(t.fake.globalsAtInit.tokenId).toBeUndefined();
    expect(t.fake.session.sessionId).not.toBe(anonymous);
    expect(t.fake.session.sessionId).not.toContain('tok_ada');
    expect(t.fake.session.user.email).toBeNull();
    expect(t.fake.errors).toEqual([]);
  });

  it('takes a ref, and a locale change reaches Crisp', async () => {
    const visitor = ref<CrispVisitor>({ user: { email: 'ada@example.com' } });
    mountWithCrisp(Empty, { visitor });
    await settle(t.fake);
    expect(t.fake.session.user.email).toBe('ada@example.com');
    visitor.value = { user: { email: 'ada@example.com' }, locale: 'fr' };
    await settle(t.fake);
    expect(t.fake.globalsAtInit.runtimeConfig).toMatchObject({ locale: 'fr' });
    expect(t.fake.session.user.email).toBe('ada@example.com');
  });

  it('consent: nothing of Crisp before the grant, the grant loads', async () => {
    const consent = ref<CrispVisitor['consent']>('required');
    const Consent = defineComponent(() => {
      const state = useCrispState((s) => s.consent);
      return () => h('output', state.value);
    });
    const wrapper = mountWithCrisp(Consent, { visitor: () => ({ consent: consent.value }) });
    await settle(t.fake);
    expect(wrapper.text()).toBe('pending');
    expect(scriptTags()).toBe(0);
    consent.value = 'granted';
    await settle(t.fake);
    expect(wrapper.text()).toBe('granted');
    expect(t.fake.requests).toBe(1);
    expect(t.fake.session.sessionId).not.toBeNull();
  });
});

describe('crispPlugin sessionData and segments', () => {
  it('are contributed from the app: only changed keys, kept across a login, gone with a null', async () => {
    const auth = ref<{ token: string; plan: string } | null>({ token: 'tok_ada', plan: 'free' });
    mountWithCrisp(Empty, {
      visitor: () => ({ tokenId: auth.value ? auth.value.token : null }),
      sessionData: () => (auth.value ? { plan: auth.value.plan } : null),
      segments: ['customer'],
    });
    await settle(t.fake);
    expect(t.fake.session.data).toEqual({ plan: 'free' });
    expect(t.fake.session.segments).toEqual(['customer']);
    const upgrade = commandsFrom();
    auth.value = { token: 'tok_ada', plan: 'pro' };
    await settle(t.fake);
    expect(upgrade()).toEqual([JSON.stringify(['set', 'session:data', [[['plan', 'pro']]]])]);
    auth.value = null;
    await settle(t.fake);
    expect(t.fake.session.data).toEqual({});
    expect(t.fake.session.segments).toEqual(['customer']);
  });
});

describe('crispPlugin live visitor switch', () => {
  it('visitor and page data changed in the same tick: nothing of Bob in her session, nothing of her in his', async () => {
    const who = ref('ada');
    mountWithCrisp(Empty, {
      visitor: () => ({ tokenId: 'tok_' + who.value, user: { email: who.value + '@example.com' } }),
      sessionData: () => ({ plan: who.value + '-plan' }),
    });
    await settle(t.fake);
    who.value = 'bob';
    await settle(t.fake);
    const [hers, ...later] = t.fake.sessions;
    expect(hers!.tokenId).toBe('tok_ada');
    expect(JSON.stringify(hers)).not.toMatch(/bob/);
    expect(later.length).toBeGreaterThan(0);
    expect(JSON.stringify(later)).not.toMatch(/ada/);
    expect(t.fake.session.data).toEqual({ plan: 'bob-plan' });
  });
});

describe('app.unmount()', () => {
  async function signOutAfter(unmount: (app: App) => void, withoutOnUnmount = false) {
    const token = ref<string | null>('tok_ada');
    const Listener = defineComponent(() => {
      useCrispEvent('message:received', () => {});
      useCrispState((s) => s.unreadCount);
      return () => null;
    });
    const app = createApp(Listener);
    // Vue 3.4 has no app.onUnmount: the plugin wraps app.unmount there.
    if (withoutOnUnmount) Object.defineProperty(app, 'onUnmount', { value: undefined });
    app.use(crispPlugin({ websiteId: WEBSITE_ID, load: 'eager', visitor: () => ({ tokenId: token.value }) }));
    app.mount(document.body.appendChild(document.createElement('div')));
    await settle(t.fake);
    expect(t.fake.handlers.size).toBeGreaterThan(0);
    unmount(app);
    await settle(t.fake);
    const after = commandsFrom();
    token.value = null;
    await nextTick();
    await settle(t.fake);
    return after();
  }

  it('leaves nothing registered with Crisp, and the visitor source no longer drives Crisp', async () => {
    expect(await signOutAfter((app) => app.unmount())).toEqual([]);
    expect([...t.fake.handlers.keys()]).toEqual([]);
    expect(t.fake.globalsAtInit.tokenId).toBe('tok_ada');
  });

  it('the same on Vue 3.4, which has no app.onUnmount', async () => {
    expect(await signOutAfter((app) => app.unmount(), true)).toEqual([]);
    expect([...t.fake.handlers.keys()]).toEqual([]);
  });
});
