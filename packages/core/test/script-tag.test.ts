// The script-tag build (crispkit.iife.js) as a plain page uses it: data-* options, nonce, reuse, links.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CrispClient } from '@crispkit/core';
import { executed, fakeCrisp, lTags, WEBSITE_ID } from './helpers';

afterEach(() => {
  delete window.CrispKit;
  vi.restoreAllMocks();
});

/** Puts a crispkit.iife.js tag with these data-* attributes on the page, as its HTML would. */
function scriptTag(data: Record<string, string>, nonce?: string): HTMLScriptElement {
  const tag = document.createElement('script');
  tag.src = '/crispkit.iife.js';
  tag.defer = true;
  for (const [key, value] of Object.entries(data)) tag.setAttribute('data-' + key, value);
  if (nonce) tag.nonce = nonce;
  document.head.appendChild(tag);
  return tag;
}

/** Runs the script tag's code, a fresh copy each time, as a browser does for each inclusion. */
async function include(): Promise<void> {
  vi.resetModules();
  await import('../src/script-tag/script-tag');
}

const client = (): CrispClient => {
  const crisp = window.CrispKit?.client;
  if (!crisp) throw new Error('no client on window.CrispKit');
  return crisp;
};

/** Clicks `target` and tells whether the kit took the click over (default prevented). */
function click(target: Element): boolean {
  let prevented = false;
  // Runs after the kit's document listener; also keeps jsdom from "navigating" to the href.
  const after = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', after);
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  window.removeEventListener('click', after);
  return prevented;
}

describe('script tag', () => {
  it('creates the client from its data-* attributes', async () => {
    const fake = fakeCrisp();
    scriptTag({
      'website-id': WEBSITE_ID,
      load: 'manual',
      locale: 'fr',
      'token-id': 'tok_8f3a',
      'safe-mode': '',
      'script-url': 'https://cdn.example.com/crisp/l.js',
    });
    await include();

    expect(client().websiteId).toBe(WEBSITE_ID);
    // load="manual": nothing is fetched until the page asks.
    expect(lTags()).toBe(0);
    client().load();
    await fake.settled();
    expect(document.querySelector('script[src*="l.js"]')?.getAttribute('src')).toBe(
      'https://cdn.example.com/crisp/l.js',
    );
    expect(fake.globalsAtInit.tokenId).toBe('tok_8f3a');
    expect(fake.globalsAtInit.runtimeConfig?.locale).toBe('fr');
    expect(fake.session.safe).toBe(true);
    expect(client().getState().status).toBe('ready');
  });

  it('data-load="interaction" fetches l.js only on the first interaction', async () => {
    const fake = fakeCrisp();
    scriptTag({ 'website-id': WEBSITE_ID, load: 'interaction' });
    await include();
    expect(lTags()).toBe(0);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    await fake.settled();
    expect(fake.requests).toBe(1);
  });

  it('"false" turns a flag attribute off', async () => {
    const fake = fakeCrisp();
    scriptTag({ 'website-id': WEBSITE_ID, load: 'eager', 'safe-mode': 'false' });
    await include();
    await fake.settled();
    expect(fake.session.safe).toBe(false);
  });

  it('takes the CSP nonce from its own tag for l.js and for what Crisp injects', async () => {
    const fake = fakeCrisp();
    scriptTag({ 'website-id': WEBSITE_ID, load: 'eager' }, 'r4nd0m-n0nce');
    await include();
    await fake.settled();
    const tag = document.querySelector<HTMLScriptElement>('script[src*="l.js"]');
    expect(tag?.nonce).toBe('r4nd0m-n0nce');
    expect(fake.globalsAtInit.includeAttrs).toEqual({ nonce: 'r4nd0m-n0nce' });
  });

  it('reads the tag that is running (document.currentScript) rather than another one', async () => {
    fakeCrisp({ mode: 'manual' });
    const own = scriptTag({ 'website-id': WEBSITE_ID, load: 'manual', 'token-id': 'mine' });
    scriptTag({});
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue(own);
    await include();
    expect(window.CRISP_TOKEN_ID).toBe('mine');
  });

  it('included twice: one window.CrispKit, one client, one l.js', async () => {
    const fake = fakeCrisp();
    scriptTag({ 'website-id': WEBSITE_ID, load: 'eager' });
    await include();
    const kit = window.CrispKit;
    const first = client();
    scriptTag({ 'website-id': WEBSITE_ID, load: 'eager' });
    await include();
    await fake.settled();

    expect(window.CrispKit).toBe(kit);
    expect(client()).toBe(first);
    expect(lTags()).toBe(1);
    expect(fake.requests).toBe(1);
    expect(fake.clientInjections).toBe(1);
  });

  it("beside Crisp's own snippet: adopts it, no second l.js, page calls reach Crisp", async () => {
    const fake = fakeCrisp({ mode: 'manual' });
    // Crisp's embed code, as pasted into the page before the kit's tag.
    window.$crisp = [];
    window.CRISP_WEBSITE_ID = WEBSITE_ID;
    const snippet = document.createElement('script');
    snippet.src = 'https://client.crisp.chat/l.js';
    snippet.async = true;
    document.head.appendChild(snippet);

    scriptTag({ 'website-id': WEBSITE_ID, load: 'eager' });
    await include();
    window.CrispKit!.setSessionData(client(), { plan: 'pro' });
    await fake.load();

    expect(lTags()).toBe(1);
    expect(fake.requests).toBe(1);
    expect(fake.session.data).toEqual({ plan: 'pro' });
    expect(client().getState().status).toBe('ready');
  });

  it("a tag without defer, followed by Crisp's snippet: one l.js, and nothing queued is lost", async () => {
    const fake = fakeCrisp({ mode: 'manual' });
    const own = scriptTag({ 'website-id': WEBSITE_ID, load: 'eager' });
    // The parser is still at the kit's tag: the snippet further down has not run yet.
    const parsing = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue(own);
    await include();
    parsing.mockReturnValue('interactive');
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue(null);
    // Crisp's embed code, reached later in the page: it resets $crisp to a new array.
    window.$crisp = [['set', 'user:nickname', ['From snippet']]];
    window.CRISP_WEBSITE_ID = WEBSITE_ID;
    const snippet = document.createElement('script');
    snippet.src = 'https://client.crisp.chat/l.js';
    document.head.appendChild(snippet);
    document.dispatchEvent(new Event('DOMContentLoaded'));

    client().do('chat:open');
    await fake.load();
    expect(lTags()).toBe(1);
    expect(fake.requests).toBe(1);
    expect(fake.session.user.nickname).toBe('From snippet');
    expect(fake.session.chatOpened).toBe(true);
    expect(client().getState().status).toBe('ready');
  });

  it('without data-website-id, the page creates the client with CrispKit.createCrisp', async () => {
    fakeCrisp({ mode: 'manual' });
    scriptTag({});
    await include();
    expect(window.CrispKit?.client).toBeNull();
    const crisp = window.CrispKit!.createCrisp({ websiteId: WEBSITE_ID, load: 'manual' });
    expect(window.CrispKit?.client).toBe(crisp);
  });

  it('a click on (or inside) an element with data-crisp-open opens the chat, once', async () => {
    const fake = fakeCrisp();
    scriptTag({ 'website-id': WEBSITE_ID, load: 'manual' });
    await include();
    // Added after the script ran: the listener is delegated, so late elements work too.
    document.body.innerHTML = '<a href="mailto:hello@example.com" data-crisp-open><span>Chat with us</span></a>';

    expect(click(document.querySelector('span')!)).toBe(true);
    await fake.settled();
    expect(executed(fake, 'do')).toEqual([['do', 'chat:open']]);
    expect(fake.session.chatOpened).toBe(true);
  });

  it('other clicks are left alone', async () => {
    const fake = fakeCrisp();
    scriptTag({ 'website-id': WEBSITE_ID, load: 'manual' });
    await include();
    document.body.innerHTML = '<a href="#pricing">Pricing</a>';
    expect(click(document.querySelector('a')!)).toBe(false);
    await fake.settled();
    expect(fake.requests).toBe(0);
  });

  it('when Crisp failed to load, a data-crisp-open link falls back to its href', async () => {
    const fake = fakeCrisp({ behavior: 'blocked' });
    scriptTag({ 'website-id': WEBSITE_ID, load: 'eager' });
    await include();
    await fake.settled();
    expect(client().getState().status).toBe('failed');
    document.body.innerHTML = '<a href="mailto:hello@example.com" data-crisp-open>Email us</a>';
    expect(click(document.querySelector('a')!)).toBe(false);
  });
});
