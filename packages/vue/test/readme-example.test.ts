// chat.test.ts (Vitest, environment jsdom)
import { afterEach, beforeEach, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { defineComponent, h, nextTick, ref } from 'vue';
import { crispPlugin, useCrispSessionData } from '@crispkit/vue';
import { installFakeCrisp, type FakeCrisp } from '@crispkit/testing';

let fake: FakeCrisp;
let wrapper: VueWrapper | undefined;
beforeEach(() => {
  fake = installFakeCrisp();
});
afterEach(async () => {
  wrapper?.unmount();
  await Promise.resolve(); // subscriptions are released one microtask after unmount
  fake.uninstall(); // removes the tags, the globals and the kit's page registry
});

it('sends the page and the plan to Crisp, and follows the page', async () => {
  const page = ref('pricing');
  const Page = defineComponent(() => {
    useCrispSessionData(() => ({ page: page.value }));
    return () => h('p', 'My app');
  });
  wrapper = mount(Page, {
    global: {
      plugins: [crispPlugin({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4', sessionData: { plan: 'pro' } })],
    },
  });
  expect(fake.requests).toBe(0); // the default strategy waits for the page to be idle
  await fake.settled(); // idle now: l.js served, client live, session established
  expect(fake.requests).toBe(1);
  expect(fake.session.data).toEqual({ plan: 'pro', page: 'pricing' });

  page.value = 'checkout';
  await nextTick(); // Vue runs watchers before its next render
  await fake.settled();
  expect(fake.session.data).toEqual({ plan: 'pro', page: 'checkout' });
  expect(fake.errors).toEqual([]); // nothing Crisp would have refused
});
