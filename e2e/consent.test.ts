// Consent and warm-up in Chromium (React fixture, `consent: 'required'`): nothing of Crisp before
// consent, one l.js after it, a revoke that leaves nothing behind, a grant again without a reload,
// and a launcher that warms up only after consent, once.
import { expect } from 'vitest';
import { commandsOf, expectClean, expectOneCrisp, setupSuite } from './support/suite';
import type { Session } from './support/session';

const { scenario } = setupSuite();

const CRISP_ORIGIN = 'https://client.crisp.chat/';

/** Every request the page makes to Crisp's origin (loads and prefetches alike). */
function crispRequests(s: Session): string[] {
  const seen: string[] = [];
  s.page.on('request', (request) => request.url().startsWith(CRISP_ORIGIN) && seen.push(request.url()));
  return seen;
}

const crispCookies = async (s: Session) =>
  (await s.context.cookies()).filter((cookie) => decodeURIComponent(cookie.name).startsWith('crisp-client/'));

const crispStorageKeys = (s: Session) =>
  s.page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((storage) =>
      Object.keys(storage).filter((key) => key.startsWith('crisp-client/')),
    ),
  );

/** Everything the fake had scheduled has run, and the browser has been idle once. */
async function quiet(s: Session): Promise<void> {
  await s.page.evaluate(() => (window as { __crispFake?: { settled(): Promise<void> } }).__crispFake?.settled());
  await s.idle();
}

async function openPage(s: Session, origin: string) {
  await s.page.goto(origin + '/react/');
  const launcher = s.page.getByRole('button', { name: 'Open chat' });
  await launcher.waitFor();
  return launcher;
}

scenario(
  'consent required: 0 requests to Crisp after scrolling, clicking, typing and chat:open; one l.js after the grant',
  async (t) => {
    const s = await t.open({ e2e: { load: 'interaction', consent: 'required' } });
    const requests = crispRequests(s);
    const launcher = await openPage(s, t.fixtures);
    await s.page.mouse.wheel(0, 400);
    await s.page.getByTestId('page').click();
    await s.page.keyboard.type('hello');
    await launcher.hover();
    await s.call('do', 'chat:open');
    await s.idle();
    expect(requests, 'requests to Crisp before consent').toEqual([]);
    expect(await s.state()).toMatchObject({ status: 'idle', consent: 'pending' });

    await s.call('grantConsent');
    await s.waitForStatus('ready');
    const fake = await s.waitForFake((f) => f.session.chatOpened);
    await expectOneCrisp(s, fake);
    expect(requests).toEqual([CRISP_ORIGIN + 'l.js']);
    expect(commandsOf(fake.commands, 'do', 'chat:open')).toHaveLength(1);
    expect((await s.state())?.consent).toBe('granted');
    expectClean(s);
  },
);

scenario(
  'revoke: no Crisp cookie or storage key left, no request after it; a grant again works without a reload',
  async (t) => {
    const s = await t.open({ e2e: { load: 'eager', consent: 'required' } });
    const requests = crispRequests(s);
    await openPage(s, t.fixtures);
    // A key of another Crisp website on the same origin, which the revoke must leave alone.
    await s.page.evaluate(() => localStorage.setItem('crisp-client/cache/11111111-2222-4333-8444-555555555555', 'x'));
    await s.call('grantConsent');
    await s.waitForStatus('ready');
    await s.call('do', 'chat:open');
    const before = await s.waitForFake((f) => f.session.chatOpened);
    // What Crisp v2.7.0 keeps without a token (its traces): the website's session cookie.
    expect(await crispCookies(s)).toHaveLength(1);
    // Newer clients may keep storage keys too: one named after this website goes with the revoke.
    await s.page.evaluate(() =>
      localStorage.setItem('crisp-client/cache/' + (window as { CRISP_WEBSITE_ID?: string }).CRISP_WEBSITE_ID, 'y'),
    );
    expect(await crispStorageKeys(s)).toHaveLength(2);

    await s.call('revokeConsent');
    await s.call('do', 'chat:open');
    await s.call('setSessionData', { plan: 'pro' });
    await s.call('load');
    await s.page.mouse.wheel(0, 400);
    await quiet(s);
    expect(await crispCookies(s)).toEqual([]);
    expect(await crispStorageKeys(s)).toEqual(['crisp-client/cache/11111111-2222-4333-8444-555555555555']);
    expect(requests, 'requests to Crisp after the revoke').toEqual([CRISP_ORIGIN + 'l.js']);
    const revoked = await s.fake();
    expect(revoked?.session.chatVisible).toBe(false);
    expect(revoked?.commands.length, 'commands reaching Crisp after the revoke').toBe(
      before.commands.length + 1 /* the chat:hide */,
    );
    expect(await s.page.evaluate(() => (window as { CRISP_TOKEN_ID?: unknown }).CRISP_TOKEN_ID)).toBeUndefined();
    expect(await s.state()).toMatchObject({ consent: 'revoked', sessionId: null });

    await s.call('grantConsent');
    const again = await s.waitForFake((f) => f.session.sessionId != before.session.sessionId && f.session.chatOpened);
    expect(again.session.chatVisible).toBe(true);
    expect(again.session.data).toEqual({ plan: 'pro' });
    await expectOneCrisp(s, again);
    expect(await s.page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(await s.waitForStatus('ready')).toMatchObject({ consent: 'granted', sessionId: again.session.sessionId });
    expectClean(s);
  },
);

scenario(
  'launcher hover: no request before consent; after it, one warm-up (one prefetch per asset) however often hovered',
  async (t) => {
    const s = await t.open({ e2e: { load: 'interaction', consent: 'required' } });
    const requests = crispRequests(s);
    const launcher = await openPage(s, t.fixtures);
    await launcher.hover();
    await launcher.focus();
    await s.idle();
    expect(requests).toEqual([]);
    expect(await s.page.locator('link[rel=preconnect], link[rel=prefetch]').count()).toBe(0);

    await s.call('grantConsent');
    for (let i = 0; i < 3; i++) {
      await s.page.mouse.move(0, 0);
      await launcher.hover();
    }
    await launcher.focus();
    const assets = [
      CRISP_ORIGIN + 'l.js',
      CRISP_ORIGIN + 'static/javascripts/client.js',
      CRISP_ORIGIN + 'static/stylesheets/client_default.css',
    ];
    expect(await s.poll(async () => s.prefetches.length >= 3)).toBe(true);
    await s.idle();
    expect([...s.prefetches].sort()).toEqual(assets);
    expect(await s.page.locator('link[rel=preconnect][href="https://client.crisp.chat"]').count()).toBe(1);
    expect(s.lj.count, 'l.js loads: none until the click').toBe(0);

    await launcher.click();
    await s.waitForStatus('ready');
    const fake = await s.waitForFake((f) => f.session.chatOpened);
    await expectOneCrisp(s, fake);
    expect([...s.prefetches].sort(), 'no second warm-up').toEqual(assets);
    expectClean(s);
  },
);
