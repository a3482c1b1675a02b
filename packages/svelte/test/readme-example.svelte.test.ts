// The README's testing example (Testing with @crispkit/testing), word for word but for the
// component's path: it must keep passing as written there.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { CrispKey, createCrisp } from '@crispkit/svelte';
import { installFakeCrisp, type FakeCrisp } from '@crispkit/testing';
import Page from './components/Page.svelte';

let fake: FakeCrisp;
let app: Record<string, unknown> | undefined;
beforeEach(() => {
  fake = installFakeCrisp();
});
afterEach(async () => {
  if (app) await unmount(app);
  await Promise.resolve(); // subscriptions are released one microtask after unmount
  fake.uninstall(); // removes the tags, the globals and the kit's page registry
});

it('sends the page to Crisp, and follows the page', async () => {
  const props = $state({ page: 'pricing' });
  const crisp = createCrisp({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' });
  // The client in the component's context, as <CrispProvider> or provideCrisp would put it.
  app = mount(Page, { target: document.body, props, context: new Map([[CrispKey, crisp]]) });
  flushSync(); // Svelte runs the effects: the page's data is contributed
  expect(fake.requests).toBe(0); // the default strategy waits for the page to be idle
  await fake.settled(); // idle now: l.js served, client live, session established
  expect(fake.requests).toBe(1);
  expect(fake.session.data).toEqual({ page: 'pricing' });

  props.page = 'checkout';
  flushSync();
  await fake.settled();
  expect(fake.session.data).toEqual({ page: 'checkout' });
  expect(fake.errors).toEqual([]); // nothing Crisp would have refused
});
