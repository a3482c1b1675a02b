// Installing and uninstalling: each test must start from a clean page.
import { JSDOM } from 'jsdom';
import { afterEach, expect, test, vi } from 'vitest';
import { installFakeCrisp } from '../src/index';
import { addLoaderTag, globals, snippet } from './helpers';

const REGISTRY = Symbol.for('crispkit');
type WithRegistry = { [REGISTRY]?: unknown };

afterEach(() => {
  vi.restoreAllMocks();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

test('uninstall removes $crisp, every CRISP_* global, the kit registry, and the tags', async () => {
  const fake = installFakeCrisp();
  (globalThis as WithRegistry)[REGISTRY] = { client: {} };
  globals().CRISP_TOKEN_ID = 'tok';
  globals().CRISP_RUNTIME_CONFIG = { locale: 'fr' };
  globals().CRISP_READY_TRIGGER = () => undefined;
  (window as unknown as Record<string, unknown>).CRISP_SOMETHING_NEW = 1;
  snippet([['do', 'chat:open']]);
  await fake.settled();
  expect(document.querySelectorAll('script').length).toBeGreaterThan(0);

  fake.uninstall();
  const bag = window as unknown as Record<string, unknown>;
  expect('$crisp' in bag).toBe(false);
  expect(Object.keys(bag).filter((key) => key.startsWith('CRISP_'))).toEqual([]);
  expect((globalThis as WithRegistry)[REGISTRY]).toBeUndefined();
  expect(document.querySelectorAll('script, [data-crisp-fake]')).toHaveLength(0);
});

test('after uninstall nothing is observed or scheduled any more', async () => {
  vi.useFakeTimers();
  const fake = installFakeCrisp({ delayMs: 100 });
  snippet();
  await Promise.resolve();
  expect(fake.requests).toBe(1);
  fake.uninstall();
  expect(vi.getTimerCount()).toBe(0);
  snippet();
  await vi.runAllTimersAsync();
  expect(fake.requests).toBe(1);
  expect(Array.isArray(globals().$crisp)).toBe(true);
  vi.useRealTimers();
  delete globals().$crisp;
  delete globals().CRISP_WEBSITE_ID;
});

test('installing again replaces the previous fake instead of doubling it', async () => {
  const first = installFakeCrisp();
  const second = installFakeCrisp();
  snippet();
  await second.settled();
  expect(first.requests).toBe(0);
  expect(second.requests).toBe(1);
  second.uninstall();
});

test('a tag served by an earlier fake is not served again', async () => {
  const first = installFakeCrisp();
  snippet();
  await first.settled();
  const tag = document.querySelector('script');
  const second = installFakeCrisp(); // replaces `first`, which removes its tags
  expect(tag?.isConnected).toBe(false);
  document.head.appendChild(tag as HTMLScriptElement); // re-inserting an executed script does nothing
  await second.settled();
  expect(second.requests).toBe(0);
  second.uninstall();
});

test('works on another window passed as an option', async () => {
  const dom = new JSDOM('<!doctype html><head></head><body></body>', { url: 'https://shop.test/' });
  const win = dom.window as unknown as Window & typeof globalThis;
  const fake = installFakeCrisp({ window: win });
  snippet([['set', 'session:segments', [['other-window']]]], win);
  addLoaderTag(window); // the test realm's own document is not watched
  await fake.settled();
  expect(fake.requests).toBe(1);
  expect(fake.session.segments).toEqual(['other-window']);
  expect(globals(win).$crisp).toBe(fake.live);
  fake.uninstall();
  expect('$crisp' in win).toBe(false);
  dom.window.close();
});

test('controls explain misuse before the session exists', () => {
  const fake = installFakeCrisp();
  expect(() => fake.receiveMessage('hi')).toThrow(/no Crisp session/);
  expect(() => fake.visitor.open()).toThrow(/no Crisp session/);
  fake.uninstall();
});
