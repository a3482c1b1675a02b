// Shared test setup: a fresh fake Crisp per test, components mounted under <CrispProvider> and
// unmounted after.
import { afterEach, beforeEach } from 'vitest';
import { flushSync, mount, unmount, type Component, type ComponentProps } from 'svelte';
import { installFakeCrisp, type FakeCrisp, type FakeCrispOptions } from '@crispkit/testing';
import type { CrispProvider } from '@crispkit/svelte';
import Host from './components/Host.svelte';

export const WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8357bbf4b4';

const mounted = new Set<() => void>();

/** Installs a fake before each test and removes it (and the kit's page registry) after. */
export function useFake(options?: FakeCrispOptions): { readonly fake: FakeCrisp } {
  const box = {} as { fake: FakeCrisp };
  beforeEach(() => {
    box.fake = installFakeCrisp(options);
  });
  afterEach(async () => {
    for (const release of mounted) release();
    mounted.clear();
    // Released subscriptions leave on a microtask; let them reach this test's page, not the next.
    await Promise.resolve();
    box.fake.uninstall();
    document.head.querySelectorAll('link[rel=preconnect]').forEach((link) => link.remove());
    document.body.innerHTML = '';
  });
  return box;
}

/** What a test mounts: a component with its props, or nothing (the provider alone). */
export interface Mounted {
  /** The host element the tree is mounted in. */
  readonly target: HTMLElement;
  unmount(): void;
}

/**
 * Mounts `child` (with `props`) under `<CrispProvider {...crisp}>` (default: the test website,
 * eager load). `crisp` may be a `$state` object: the provider follows its changes. Unmounted
 * after the test unless the test did it.
 */
export function mountWithCrisp<Props extends object>(
  child: Component<Props> | null,
  props: Props = {} as Props,
  crisp: Partial<ComponentProps<typeof CrispProvider>> = {},
): Mounted {
  const target = document.body.appendChild(document.createElement('div'));
  const defaults = { websiteId: WEBSITE_ID, load: 'eager' };
  // Getters, so that a `$state` object given as `crisp` or `props` stays live.
  const instance = mount(Host, {
    target,
    props: {
      get crisp() {
        return (crisp.client ? crisp : { ...defaults, ...crisp }) as ComponentProps<typeof CrispProvider>;
      },
      child,
      get props() {
        return props;
      },
    },
  });
  flushSync();
  const release = () => {
    if (mounted.delete(release)) void unmount(instance);
  };
  mounted.add(release);
  return { target, unmount: release };
}

/** The fake's work done and Svelte's updates flushed. */
export async function settle(fake: FakeCrisp): Promise<void> {
  flushSync();
  await fake.settled();
  flushSync();
}

/** The commands an app caused (not the kit's own event registrations). */
export const appCommands = (fake: Pick<FakeCrisp, 'commands'>): string[] =>
  fake.commands.filter((c) => c[0] != 'on' && c[0] != 'off').map((c) => JSON.stringify(c));

/** The commands pushed from `fake` from now on, as comparable strings. */
export function commandsFrom(fake: FakeCrisp): () => string[] {
  const start = fake.commands.length;
  return () => appCommands({ commands: fake.commands.slice(start) });
}

/** `l.js` tags on the page. */
export const scriptTags = (): number => document.querySelectorAll('script[src*="l.js"]').length;
