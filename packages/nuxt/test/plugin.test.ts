// The module's browser plugin and useCrispVisitor, run against the fake Crisp: the runtime
// config's options reach the client, and the visitor an app's plugin declares drives Crisp.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createApp, defineComponent, nextTick, ref, type App } from 'vue';
import { installFakeCrisp, type FakeCrisp } from '@crispkit/testing';
import type { CrispPublicConfig } from '../src/options';

const WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8357bbf4b4';

// What Nuxt gives a plugin: the app, its hooks, its runtime config.
const nuxt = vi.hoisted(() => ({
  app: undefined as unknown as {
    vueApp: unknown;
    hooks: { callHook: (...args: unknown[]) => Promise<void> };
    $config: { public: { crisp: object } };
  },
}));
vi.mock('nuxt/app', () => ({
  defineNuxtPlugin: (plugin: unknown) => plugin,
  useNuxtApp: () => nuxt.app,
}));

const { default: clientPlugin } = await import('../src/runtime/plugin.client');
const { useCrispVisitor } = await import('../src/runtime/visitor');

let fake: FakeCrisp;
let vueApp: App;
let mounted = false;
beforeEach(() => {
  mounted = false;
  fake = installFakeCrisp();
  vueApp = createApp(defineComponent(() => () => null));
  nuxt.app = { vueApp, hooks: { callHook: vi.fn(async () => {}) }, $config: { public: { crisp: {} } } };
});
afterEach(async () => {
  if (mounted) vueApp.unmount();
  await Promise.resolve();
  fake.uninstall();
});

/** Nuxt starting the app: the app's plugins (`appPlugin`), then the module's, then the mount. */
function start(config: CrispPublicConfig, appPlugin: () => void = () => {}) {
  nuxt.app.$config.public.crisp = config;
  appPlugin();
  (clientPlugin as unknown as { setup(app: unknown): void }).setup(nuxt.app);
  vueApp.mount(document.createElement('div'));
  mounted = true;
}

it('the visitor an app plugin declares signs in with its data, follows the auth state and signs out', async () => {
  const account = ref<{ token: string; email: string; plan: string } | null>({
    token: 'tok_ada',
    email: 'ada@example.com',
    plan: 'pro',
  });
  start({ websiteId: WEBSITE_ID, scriptUrl: '' }, () =>
    useCrispVisitor(
      () => ({
        tokenId: account.value ? account.value.token : null,
        user: account.value ? { email: account.value.email } : null,
      }),
      { sessionData: () => (account.value ? { plan: account.value.plan } : null), segments: ['customer'] },
    ),
  );
  await fake.settled();
  expect(fake.requests).toBe(1);
  // Known before l.js ran: Crisp starts in the user's session, no reset.
  expect(fake.globalsAtInit.tokenId).toBe('tok_ada');
  expect(fake.session.user.email).toBe('ada@example.com');
  expect(fake.session.data).toEqual({ plan: 'pro' });
  expect(fake.session.segments).toEqual(['customer']);

  account.value = null;
  await nextTick();
  await fake.settled();
  expect(fake.session.user.email).toBeNull();
  expect(fake.session.data.plan).toBeUndefined();
  expect(fake.session.sessionId).not.toContain('tok_ada');
  expect(fake.errors).toEqual([]);
});

it('a consent the app declares makes the client wait for it from the start', async () => {
  const consent = ref<'required' | 'granted'>('required');
  start({ websiteId: WEBSITE_ID, scriptUrl: '', load: 'eager' }, () =>
    useCrispVisitor(() => ({ consent: consent.value })),
  );
  await fake.settled();
  expect(fake.requests).toBe(0);
  consent.value = 'granted';
  await nextTick();
  await fake.settled();
  expect(fake.requests).toBe(1);
});

it("load: 'interaction' from the runtime config waits for the visitor's first interaction; empty keys are left out", async () => {
  start({ websiteId: WEBSITE_ID, scriptUrl: '', load: 'interaction' });
  await fake.settled();
  expect(fake.requests).toBe(0);
  fake.interact();
  await fake.settled();
  expect(fake.requests).toBe(1);
  expect(fake.globalsAtInit.websiteId).toBe(WEBSITE_ID);
});

it("refused inputs reach the app's crisp:error hook", async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  start({ websiteId: WEBSITE_ID, scriptUrl: '' }, () => useCrispVisitor({ user: { email: 'not an email' } }));
  await fake.settled();
  expect(nuxt.app.hooks.callHook).toHaveBeenCalledWith('crisp:error', expect.objectContaining({ field: 'user:email' }));
  warn.mockRestore();
});

it('says where to set the website id when none is configured', () => {
  expect(() => start({ websiteId: '', scriptUrl: '' })).toThrow(/NUXT_PUBLIC_CRISP_WEBSITE_ID/);
});
