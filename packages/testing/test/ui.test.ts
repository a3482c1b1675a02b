// The optional widget in jsdom: drawn only with ui: true, once a session exists, in the client's locale.
import { afterEach, describe, expect, test } from 'vitest';
import { type FakeCrisp, installFakeCrisp } from '../src/index';
import { globals, liveOf, snippet } from './helpers';

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

describe('the widget speaks the locale the client runs with', () => {
  const texts = () => {
    const root = widget();
    if (!root) throw new Error('no widget');
    return {
      title: root.querySelector('.cf-title')?.textContent,
      status: root.querySelector('.cf-status')?.textContent,
      placeholder: root.querySelector<HTMLInputElement>('.cf-input')?.placeholder,
      launcher: root.querySelector('.cf-launcher')?.getAttribute('aria-label'),
      empty: root.querySelector('.cf-empty')?.textContent,
    };
  };

  test.each([
    [undefined, 'Chat with us', 'We are online', 'Open chat'],
    ['en', 'Chat with us', 'We are online', 'Open chat'],
    ['fr', 'Discutez avec nous', 'Nous sommes en ligne', 'Ouvrir la discussion'],
    ['de', 'Chatten Sie mit uns', 'Wir sind online', 'Chat öffnen'],
    ['es', 'Chatea con nosotros', 'Estamos en línea', 'Abrir el chat'],
    ['fr-CA', 'Discutez avec nous', 'Nous sommes en ligne', 'Ouvrir la discussion'],
    ['ja', 'Chat with us', 'We are online', 'Open chat'],
  ])('locale %s', async (locale, title, status, launcher) => {
    fake = installFakeCrisp({ ui: true });
    if (locale) globals().CRISP_RUNTIME_CONFIG = { locale };
    snippet();
    await fake.settled();
    expect(texts()).toMatchObject({ title, status, launcher });
  });

  test('a locale written after l.js executed shows only after a reset, which re-reads it', async () => {
    fake = installFakeCrisp({ ui: true, holdClient: true });
    globals().CRISP_RUNTIME_CONFIG = { locale: 'de' };
    snippet();
    await fake.settled();
    globals().CRISP_RUNTIME_CONFIG = { locale: 'es' };
    await fake.startClient();
    expect(texts()).toMatchObject({ title: 'Chatten Sie mit uns', placeholder: 'Schreiben Sie Ihre Nachricht…' });

    liveOf(fake).push(['do', 'session:reset']);
    await fake.settled();
    expect(texts()).toMatchObject({
      title: 'Chatea con nosotros',
      placeholder: 'Escribe tu mensaje…',
      empty: 'Pregúntanos lo que quieras, estamos aquí para ayudarte.',
    });
  });
});
