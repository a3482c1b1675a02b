// Shared test setup: a fresh fake Crisp per test, apps mounted with the plugin and unmounted after.
import { afterEach, beforeEach } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { nextTick, type Component } from 'vue';
import { installFakeCrisp, type FakeCrisp, type FakeCrispOptions } from '@crispkit/testing';
import { crispPlugin, type CrispPluginOptions } from '@crispkit/vue';

export const WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8357bbf4b4';

const mounted = new Set<{ unmount(): void }>();

/** Installs a fake before each test and removes it (and the kit's page registry) after. */
export function useFake(options?: FakeCrispOptions): { readonly fake: FakeCrisp } {
  const box = {} as { fake: FakeCrisp };
  beforeEach(() => {
    box.fake = installFakeCrisp(options);
  });
  afterEach(async () => {
    for (const app of mounted) app.unmount();
    mounted.clear();
    // Released subscriptions leave on a microtask; let them reach this test's page, not the next.
    await Promise.resolve();
    box.fake.uninstall();
    document.head.querySelectorAll('link[rel=preconnect]').forEach((link) => link.remove());
    document.body.innerHTML = '';
  });
  return box;
}

/**
 * Mounts `component` in an app with `crispPlugin(plugin)` (default: the test website, eager
 * load), attached to the document; unmounted after the test unless the test did it.
 */
export function mountWithCrisp(component: Component, plugin: Partial<CrispPluginOptions> = {}): VueWrapper {
  const wrapper = mount(component, {
    attachTo: document.body,
    global: { plugins: [crispPlugin({ websiteId: WEBSITE_ID, load: 'eager', ...plugin } as CrispPluginOptions)] },
  });
  const unmount = wrapper.unmount.bind(wrapper);
  const handle = {
    unmount() {
      if (mounted.delete(handle)) unmount();
    },
  };
  mounted.add(handle);
  wrapper.unmount = handle.unmount;
  return wrapper;
}

/** The fake's work done and Vue's updates flushed. */
export async function settle(fake: FakeCrisp): Promise<void> {
  await nextTick();
  await fake.settled();
  await nextTick();
}

/** The commands an app caused (not the kit's own event registrations). */
export const appCommands = (fake: Pick<FakeCrisp, 'commands'>): string[] =>
  fake.commands.filter((c) => c[0] != 'on' && c[0] != 'off').map((c) => JSON.stringify(c));

/** `l.js` tags on the page. */
export const scriptTags = (): number => document.querySelectorAll('script[src*="l.js"]').length;
