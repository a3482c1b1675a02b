// Crisp's loader is also embedded as https://client.crisp.chat/l/<website-id>.js: it counts as
// l.js, and the website id comes from that URL when CRISP_WEBSITE_ID is not set.
import { afterEach, expect, test } from 'vitest';
import { DEFAULT_SCRIPT_MATCH, type FakeCrisp, installFakeCrisp } from '../src/index';
import { WEBSITE_ID, addLoaderTag, globals, liveOf, snippet } from './helpers';

const ID_URL = `https://client.crisp.chat/l/${WEBSITE_ID}.js`;

let fake: FakeCrisp | undefined;
const install = (...args: Parameters<typeof installFakeCrisp>) => (fake = installFakeCrisp(...args));
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
  document.head.replaceChildren();
  document.body.replaceChildren();
});

test('DEFAULT_SCRIPT_MATCH recognises both loader forms and nothing else', () => {
  for (const url of ['https://client.crisp.chat/l.js', '/l.js?v=2', ID_URL, `${ID_URL}?ts=1`]) {
    expect(DEFAULT_SCRIPT_MATCH.test(url), url).toBe(true);
  }
  for (const url of ['https://client.crisp.chat/all.js', 'https://client.crisp.chat/l/a/b.js', '/l.json']) {
    expect(DEFAULT_SCRIPT_MATCH.test(url), url).toBe(false);
  }
});

test('the /l/<website-id>.js form is served as l.js and gives the website id when the global is unset', async () => {
  const fake = install();
  globals().$crisp = [['set', 'user:nickname', ['Ada']]];
  addLoaderTag(window, ID_URL);
  await fake.settled();
  expect(fake.requests).toBe(1);
  expect(fake.globalsAtInit.websiteId).toBe(WEBSITE_ID);
  expect(fake.session.user.nickname).toBe('Ada');

  // The reset re-runs the loader's init, which still knows its own URL.
  liveOf(fake).push(['do', 'session:reset']);
  expect(fake.globalsAtInit).toMatchObject({ readCount: 2, websiteId: WEBSITE_ID });
});

test('CRISP_WEBSITE_ID, when set, wins over the id in the URL', async () => {
  const fake = install();
  globals().CRISP_WEBSITE_ID = 'from-the-global';
  addLoaderTag(window, ID_URL);
  await fake.settled();
  expect(fake.globalsAtInit.websiteId).toBe('from-the-global');
});

test('a wrapper that only recognises /l.js adds a second loader to a page that has the id form: two injections', async () => {
  const fake = install({ mode: 'manual' });
  globals().$crisp = [];
  addLoaderTag(window, ID_URL); // the page's own embed
  // A naive wrapper looks for /l.js only, finds nothing, and embeds again.
  if (!document.querySelector('script[src$="/l.js"]')) snippet();
  await fake.load();
  expect(fake.requests).toBe(2);
  expect(fake.clientInjections).toBe(2);
});
