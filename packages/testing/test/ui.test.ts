// The optional widget in jsdom: drawn only with ui: true, and only once a session exists.
import { afterEach, expect, test } from 'vitest';
import { type FakeCrisp, installFakeCrisp } from '../src/index';
import { liveOf, snippet } from './helpers';

let fake: FakeCrisp;
afterEach(() => {
  fake.uninstall();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

const widget = () => document.querySelector('[data-crisp-fake="widget"]')?.shadowRoot ?? null;

test('no widget unless ui: true', async () => {
  fake = installFakeCrisp();
  snippet();
  await fake.settled();
  expect(widget()).toBeNull();
});

test('launcher, unread badge, hide and uninstall', async () => {
  fake = installFakeCrisp({ ui: true, behavior: 'never-ready' });
  snippet();
  await fake.settled();
  expect(widget()).toBeNull(); // no session, no widget
  await fake.becomeReady();
  const root = widget();
  if (!root) throw new Error('no widget');
  const badge = root.querySelector<HTMLElement>('.cf-badge');
  expect(badge?.hidden).toBe(true);

  fake.receiveMessage('Hi from support');
  expect(badge?.hidden).toBe(false);
  expect(badge?.textContent).toBe('1');

  root.querySelector<HTMLButtonElement>('.cf-launcher')?.click();
  expect(fake.session).toMatchObject({ chatOpened: true, unreadCount: 0 });
  expect(root.querySelector('.cf-msg')?.textContent).toBe('Hi from support');

  liveOf(fake).push(['do', 'chat:hide']);
  expect(root.querySelector<HTMLElement>('.cf-root')?.hidden).toBe(true);

  fake.uninstall();
  expect(document.querySelector('[data-crisp-fake="widget"]')).toBeNull();
  fake = installFakeCrisp(); // for afterEach
});
