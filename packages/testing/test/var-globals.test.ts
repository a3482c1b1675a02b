// Globals a page declared with `var` cannot be deleted (delete throws in strict code); the fake must
// never throw on them, and reads them like any other global. Real `var` declarations run in a
// JSDOM page, so the test realm's own global object stays untouched.
import { JSDOM } from 'jsdom';
import { afterEach, expect, test } from 'vitest';
import { type FakeCrisp, installFakeCrisp } from '../src/index';
import { L_JS, WEBSITE_ID, addLoaderTag, globals } from './helpers';

let dom: JSDOM | undefined;
let fake: FakeCrisp | undefined;
afterEach(() => {
  fake?.uninstall();
  dom?.window.close();
  fake = dom = undefined;
});

/** A page whose inline script declares the snippet's globals with `var`. */
function pageWithVars(token: string) {
  dom = new JSDOM(
    `<!doctype html><head><script>
      var $crisp = [["set", "user:nickname", ["Ada"]]];
      var CRISP_WEBSITE_ID = ${JSON.stringify(WEBSITE_ID)};
      var CRISP_TOKEN_ID = ${JSON.stringify(token)};
    </script></head><body></body>`,
    { url: 'https://shop.test/', runScripts: 'dangerously' },
  );
  return dom.window;
}

test('var-declared globals are read like any other, and uninstall blanks them without throwing', async () => {
  const win = pageWithVars('tok-var');
  expect(Object.getOwnPropertyDescriptor(win, 'CRISP_TOKEN_ID')?.configurable).toBe(false);
  fake = installFakeCrisp({ window: win });
  addLoaderTag(win, L_JS);
  await fake.settled();
  expect(fake.session).toMatchObject({ sessionId: 'session_tok_tok-var', user: { nickname: 'Ada' } });
  expect(globals(win).$crisp).toBe(fake.live);

  expect(() => fake?.uninstall()).not.toThrow();
  // They cannot go away; undefined is how a page clears such a global too.
  expect(globals(win).CRISP_TOKEN_ID).toBeUndefined();
  expect(globals(win).$crisp).toBeUndefined();
  expect('CRISP_TOKEN_ID' in win).toBe(true);
});

test('a var token cleared by assigning undefined before a reset gives an anonymous session', async () => {
  const win = pageWithVars('tok-var');
  fake = installFakeCrisp({ window: win });
  addLoaderTag(win, L_JS);
  await fake.settled();
  // In strict code (every module) delete throws here; assigning undefined is the way.
  expect(() => {
    delete (win as unknown as Record<string, unknown>).CRISP_TOKEN_ID;
  }).toThrow(TypeError);
  globals(win).CRISP_TOKEN_ID = undefined;
  const live = fake.live;
  live?.push(['do', 'session:reset']);
  await fake.settled();
  expect(fake.globalsAtInit.tokenId).toBeUndefined();
  expect(fake.session.sessionId).toMatch(/^session_(?!tok_)/);
});

test('a non-configurable global defined with defineProperty, and the kit registry, never make uninstall throw', async () => {
  dom = new JSDOM('<!doctype html><head></head><body></body>', { url: 'https://shop.test/' });
  const win = dom.window;
  Object.defineProperty(win, 'CRISP_TOKEN_ID', { value: 'a', writable: true, configurable: false, enumerable: true });
  Object.defineProperty(win, Symbol.for('crispkit'), { value: {}, writable: true, configurable: false });
  fake = installFakeCrisp({ window: win });
  globals(win).$crisp = [];
  addLoaderTag(win, L_JS);
  await fake.settled();
  expect(fake.globalsAtInit.tokenId).toBe('a');
  expect(() => fake?.uninstall()).not.toThrow();
  expect(globals(win).CRISP_TOKEN_ID).toBeUndefined();

  // Installing again on the same window reads the blanked token as no token.
  fake = installFakeCrisp({ window: win });
  globals(win).$crisp = [];
  addLoaderTag(win, `${L_JS}?again`);
  await fake.settled();
  expect(fake.session.sessionId).toMatch(/^session_(?!tok_)/);
});
