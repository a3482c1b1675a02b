// The module's server plugin: components render the kit's initial state with no window.
// @vitest-environment node
import { expect, it, vi } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { CrispLauncher, useCrispSessionData, useCrispStatus } from '@crispkit/vue';

const config = { websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4', scriptUrl: '', load: 'interaction' };
vi.mock('nuxt/app', () => ({
  defineNuxtPlugin: (plugin: unknown) => plugin,
}));
const { default: serverPlugin } = await import('../src/runtime/plugin.server');

const Page = defineComponent(() => {
  useCrispSessionData({ page: 'pricing' });
  const status = useCrispStatus();
  return () => h('p', { 'data-status': status.value }, 'Pricing');
});

it('renders the initial state and the launcher, touching no window and warning nothing', async () => {
  const warn = vi.spyOn(console, 'warn');
  const vueApp = createSSRApp(() => [h(Page), h(CrispLauncher, { label: 'Chat with us' })]);
  (serverPlugin as unknown as { setup(app: unknown): void }).setup({ vueApp, $config: { public: { crisp: config } } });
  const html = await renderToString(vueApp);
  expect(typeof window).toBe('undefined');
  expect(html).toContain('<p data-status="idle">Pricing</p>');
  expect(html).toContain('aria-label="Chat with us"');
  expect(warn).not.toHaveBeenCalled();
});
