// Hydration: the server rendered the initial state, so hydrating shows no mismatch, then the live state.
import { afterEach, expect, it, vi } from 'vitest';
import { createSSRApp, defineComponent, h, type App } from 'vue';
import { renderToString } from '@vue/server-renderer';
import { CrispLauncher, crispPlugin, useCrispChatOpen, useCrispStatus, useCrispUnreadCount } from '@crispkit/vue';
import { WEBSITE_ID, settle, useFake } from './helpers';

const t = useFake();
let app: App | undefined;
afterEach(() => app?.unmount());

const Status = defineComponent(() => {
  const status = useCrispStatus();
  const unread = useCrispUnreadCount();
  const open = useCrispChatOpen();
  return () => h('p', `${status.value}/${unread.value} ${open.value}`);
});

const createApp = () =>
  createSSRApp(() => h('main', [h(Status), h(CrispLauncher)])).use(
    crispPlugin({ websiteId: WEBSITE_ID, load: 'eager', visitor: { user: { nickname: 'Ada' } } }),
  );

it('hydrates server HTML without a mismatch while Crisp is already loading, then shows the live state', async () => {
  // The server: no window at all.
  vi.stubGlobal('window', undefined);
  const html = await renderToString(createApp());
  vi.unstubAllGlobals();
  expect(html).toContain('<p>idle/0 false</p>');

  const container = document.body.appendChild(document.createElement('div'));
  container.innerHTML = html;
  const warn = vi.spyOn(console, 'warn');
  const error = vi.spyOn(console, 'error');
  app = createApp(); // load: 'eager' starts loading here, before hydration
  const mismatches: string[] = [];
  app.config.warnHandler = (message) => void mismatches.push(message);
  app.mount(container);
  expect(mismatches).toEqual([]);
  expect(error).not.toHaveBeenCalled();
  expect(warn).not.toHaveBeenCalled();
  // Once mounted, the live state: Crisp started loading during hydration.
  await Promise.resolve();
  expect(container.querySelector('p')!.textContent).toBe('loading/0 false');
  await settle(t.fake);
  expect(container.querySelector('p')!.textContent).toBe('ready/0 false');
  expect(container.querySelector('button')).toBeNull();
  expect(t.fake.requests).toBe(1);
  expect(t.fake.session.user.nickname).toBe('Ada');
});
