// Server rendering in plain Node: @vue/server-renderer renders the kit without touching window.
// @vitest-environment node
import { expect, it, vi } from 'vitest';
import { createSSRApp, defineComponent, h, ref } from 'vue';
import { renderToString } from '@vue/server-renderer';
import {
  CrispLauncher,
  crispPlugin,
  useCrispEvent,
  useCrispHidden,
  useCrispSessionData,
  useCrispState,
  useCrispStatus,
} from '@crispkit/vue';

const WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8357bbf4b4';

const Page = defineComponent(() => {
  useCrispEvent('message:received', () => {});
  useCrispHidden(false);
  useCrispSessionData(() => ({ page: 'home' }));
  const status = useCrispStatus();
  const unread = useCrispState((s) => s.unreadCount);
  return () => h('p', `status: ${status.value}, unread: ${unread.value}`);
});

const render = (email: string) =>
  renderToString(
    createSSRApp(() => [h(Page), h(CrispLauncher, { label: 'Chat with us' })]).use(
      crispPlugin({
        websiteId: WEBSITE_ID,
        load: 'eager',
        visitor: () => ({ tokenId: 'tok_1', user: { email } }),
        sessionData: ref({ plan: 'pro' }),
      }),
    ),
  );

it('renders plugin, composables and launcher with no window, once per request, with no warning', async () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  // Two requests, two apps: the server keeps no page client between them.
  for (const email of ['ada@example.com', 'grace@example.com']) {
    const html = await render(email);
    expect(html).toContain('<p>status: idle, unread: 0</p>');
    expect(html).toContain('aria-label="Chat with us"');
    expect(html).toContain('aria-busy="false"');
    expect(html).not.toContain(email);
  }
  expect(error).not.toHaveBeenCalled();
  expect(warn).not.toHaveBeenCalled();
});
