// Next.js: apps/next built with `next build` on Next 16 with Turbopack and with webpack, and the
// smallest Next 15 app on its default (webpack) build, each with @crispkit/react imported in a
// Server Component root layout, built with no Crisp secret and served by `next start` with them.
// In Chromium: one l.js across client-side navigations and a sign-in and sign-out made by Server
// Actions, no hydration warning, no console error. The web-hook routes (Node.js and Edge) answer
// a delivery signed as Crisp signs, a forged one and a repeated one 200 / 401 / 200 `duplicate`.
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { seriousViolations } from './support/axe';
import { expectLaunchersClear } from './support/launcher-geometry';
import { startNext, NEXT_SECRETS, type NextBuild, type NextServer } from './support/next';
import { commandsOf, expectClean, expectOneCrisp, setupSuite } from './support/suite';
import type { Session } from './support/session';

const { scenario } = setupSuite();

/** What React logs when the server's HTML and the first client render differ (any build). */
const HYDRATION = /hydrat|Minified React error #(418|423|425)/i;

/** The server, started once per build for the scenarios of that build. */
function serve(build: NextBuild): () => NextServer {
  let server: NextServer | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      server = await startNext(build);
    } catch (error) {
      failure = error;
    }
  });
  afterAll(async () => server?.close());
  return () => {
    if (!server) throw failure ?? new Error(`e2e: ${build} did not start`);
    return server;
  };
}

/** A client-side navigation: click the link, wait for the page's heading. */
async function go(s: Session, testId: string, heading: string): Promise<void> {
  await s.page.getByTestId(testId).click();
  await s.page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Marks the document, so a test can prove that no full page load happened since. */
const mark = (s: Session) => s.page.evaluate(() => ((window as { __sameDocument?: boolean }).__sameDocument = true));
const sameDocument = (s: Session) =>
  s.page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument === true);

function expectNoHydrationWarning(s: Session): void {
  expect(s.consoleLog.filter((line) => HYDRATION.test(line))).toEqual([]);
}

for (const build of ['next16-turbopack', 'next16-webpack'] as const)
  describe(`apps/next, ${build}`, () => {
    const server = serve(build);

    scenario('at 1280 px and 320 px: no axe-core violation of serious or critical impact', async (t) => {
      const s = await t.open({ viewport: { width: 1280, height: 800 } });
      await s.page.goto(server().origin + '/');
      await s.page.getByRole('heading', { level: 1, name: 'Acme Cloud' }).waitFor();
      const wide = await seriousViolations(s.page);
      await s.page.setViewportSize({ width: 320, height: 800 });
      expect({ 1280: wide, 320: await seriousViolations(s.page) }).toEqual({ 1280: [], 320: [] });
      expectClean(s);
    });

    scenario('at 320-1280 px: no launcher covers a focused control', async (t) => {
      await expectLaunchersClear(t.open, server().origin + '/');
    });

    scenario('navigations, sign-in and sign-out: one l.js, per-page data, login and logout reach Crisp', async (t) => {
      const { origin } = server();
      const s = await t.open();
      await s.page.goto(origin + '/');
      await s.page.getByRole('heading', { level: 1, name: 'Acme Cloud' }).waitFor();
      await mark(s);
      expect(s.lj.count, 'load={interaction}: nothing before the first interaction').toBe(0);

      // The first click is the interaction that loads Crisp; each page's data replaces the last one's.
      await go(s, 'nav-pricing', 'Pricing');
      await s.waitForStatus('ready');
      await s.waitForFake((f) => f.session.data.page == 'pricing');
      await go(s, 'nav-help', 'Help');
      await s.waitForFake((f) => f.session.data.page == 'help');
      await go(s, 'nav-home', 'Acme Cloud');
      await s.waitForFake((f) => f.session.data.page == 'home');

      // Sign-in is a Server Action: the cookie is set, the layout renders the new visitor, no page load.
      const email = 'ada@example.com';
      await go(s, 'nav-account', 'Account');
      await s.page.getByTestId('sign-in-email').fill(email);
      await s.page.getByTestId('sign-in-name').fill('Ada Lovelace');
      await s.page.getByTestId('sign-in').click();
      await s.page.getByTestId('signed-in-as').waitFor();
      const signature = createHmac('sha256', NEXT_SECRETS.CRISP_IDENTITY_SECRET).update(email).digest('hex');
      const signedIn = await s.waitForFake(
        (f) => f.session.user.email == email && f.session.user.signature == signature && f.session.data.plan == 'pro',
      );
      const tokenId = signedIn.globalsAtInit.tokenId;
      expect(tokenId).toMatch(/^acme-/);
      // Signed on the server, sent once with its signature; the secret itself never reaches the page.
      expect(commandsOf(signedIn.commands, 'set', 'user:email')).toEqual([['set', 'user:email', [email, signature]]]);
      expect(await s.page.content()).not.toContain(NEXT_SECRETS.CRISP_IDENTITY_SECRET);

      // The signature route signs the email of the cookie's user, and nobody else's.
      const signed = await s.page.evaluate(async () => (await fetch('/api/crisp/signature')).json());
      expect(signed).toEqual({ email, signature });

      await go(s, 'nav-pricing', 'Pricing');
      await s.page.getByTestId('open-chat').click();
      await s.waitForFake((f) => f.session.chatOpened && f.session.data.plan_interest == 'pro');

      await go(s, 'nav-account', 'Account');
      await s.page.getByTestId('sign-out').click();
      await s.page.getByTestId('sign-in').waitFor();
      const signedOut = await s.waitForFake(
        (f) => f.globalsAtInit.tokenId == null && f.session.user.email == null && f.session.data.plan === undefined,
      );
      expect(JSON.stringify(signedOut.session)).not.toContain(String(tokenId));
      // Signed out, the signature route signs nothing (asked from Node: a 401 in the page is a console error).
      expect((await fetch(origin + '/api/crisp/signature')).status).toBe(401);
      await go(s, 'nav-help', 'Help');

      expect(await sameDocument(s), 'every navigation, sign-in and sign-out stayed in one document').toBe(true);
      const fake = (await s.fake())!;
      await expectOneCrisp(s, fake);
      expect(commandsOf(fake.commands, 'do', 'session:reset')).toHaveLength(2);
      expect(fake.errors).toEqual([]);
      expect(fake.lost).toEqual([]);
      expectNoHydrationWarning(s);
      expectClean(s);
    });

    scenario('web hooks on Node.js and Edge: signed 200, forged 401, repeated 200 duplicate', async () => {
      const { origin, output } = server();
      for (const path of ['/api/crisp/webhook', '/api/crisp/webhook-edge']) {
        const session = 'session_' + randomUUID();
        // As Crisp sends it: the raw body signed as "[timestamp;body]" with the plugin's secret.
        const body = JSON.stringify({
          website_id: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4',
          event: 'message:send',
          data: {
            website_id: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4',
            session_id: session,
            type: 'text',
            from: 'user',
            origin: 'chat',
            content: 'Hello from Chromium',
            timestamp: Date.now(),
          },
          timestamp: Date.now(),
        });
        const timestamp = String(Math.floor(Date.now() / 1000));
        const sign = (secret: string) => createHmac('sha256', secret).update(`[${timestamp};${body}]`).digest('hex');
        const deliver = async (signature: string, attempt: number) => {
          const response = await fetch(origin + path, {
            method: 'POST',
            body,
            headers: {
              'content-type': 'application/json',
              'x-crisp-request-timestamp': timestamp,
              'x-crisp-signature': signature,
              'x-delivery-attempt-count': String(attempt),
              'x-delivery-attempt-limit': '5',
            },
          });
          return [response.status, await response.text()];
        };
        expect(await deliver(sign('guessed-secret'), 1), `${path} forged`).toEqual([401, 'bad-signature']);
        expect(await deliver(sign(NEXT_SECRETS.CRISP_WEBHOOK_SECRET), 1), `${path} signed`).toEqual([200, 'ok']);
        expect(await deliver(sign(NEXT_SECRETS.CRISP_WEBHOOK_SECRET), 2), `${path} again`).toEqual([200, 'duplicate']);
        // The handler ran once, for the signed delivery only.
        expect(output.join('').split(`message:send in ${session}`).length - 1, `${path} handler runs`).toBe(1);
      }
    });
  });

describe('e2e/next15, Next 15 default build', () => {
  const server = serve('next15-webpack');

  scenario('a Server Component layout with the provider: one l.js across navigations, no warning', async (t) => {
    const { origin } = server();
    const s = await t.open();
    await s.page.goto(origin + '/');
    await s.page.getByRole('heading', { level: 1, name: 'home' }).waitFor();
    await mark(s);
    await s.waitForStatus('ready');
    await go(s, 'nav-second', 'second');
    await go(s, 'nav-home', 'home');
    await go(s, 'nav-second', 'second');
    expect(await sameDocument(s)).toBe(true);
    const fake = await s.waitForFake((f) => f.session.data.app == 'next15');
    await expectOneCrisp(s, fake);
    expect(fake.errors).toEqual([]);
    expectNoHydrationWarning(s);
    expectClean(s);
  });
});
