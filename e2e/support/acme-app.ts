// The Acme Cloud examples (apps/vue-router, apps/sveltekit, apps/nuxt: the same pages and test
// ids): their routes with the page each reports to Crisp, a client-side navigation, the sign-in,
// the journey of many navigations with two sign-ins and sign-outs, and the launcher's click.
// acmeAppSuite is the browser suite the Vite-built apps (Vue Router, SvelteKit) pass: built with
// VITE_CRISP_SCRIPT_URL set to Crisp's real URL, which the tests answer with the fake; the apps'
// server side (the React Router example's module, which each app re-exports) is mounted on the
// app server. The Nuxt app runs the same helpers on its own Nitro server (nuxt-app.test.ts).
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect } from 'vitest';
import { commandsOf, expectClean, expectOneCrisp, setupSuite } from './suite';
import type { FakeView, Session } from './session';
import type { AppName } from './build';
import type { AppServer } from '../../apps/react-router/server/api';

const SECRETS = { identity: 'e2e-identity-secret', webhook: 'e2e-webhook-secret' };
let appServer: Promise<AppServer> | undefined;
const appHandler = async (request: IncomingMessage, response: ServerResponse) => {
  // Imported on first use: it loads @crispkit/server's build, which the suite's setup makes first.
  appServer ||= import('../../apps/react-router/server/api').then((api) => api.createAppServer(SECRETS, () => {}));
  return (await appServer).node(request, response);
};

export const ROUTES: [testId: string, page: string][] = [
  ['nav-home', 'home'],
  ['nav-pricing', 'pricing'],
  ['nav-docs', 'docs'],
  ['nav-docs-deploys', 'docs/deploys'],
  ['nav-checkout', 'checkout'],
  ['nav-docs-domains', 'docs/domains'],
  ['nav-account', 'account'],
  ['nav-pricing', 'pricing'],
];

/** A client-side navigation: click the link, wait until the app marks it current. */
export async function go(s: Session, testId: string): Promise<void> {
  const link = s.page.getByTestId(testId);
  if (testId.startsWith('nav-docs-') && !(await link.count())) await go(s, 'nav-docs');
  await link.click();
  await s.page.locator(`[data-testid="${testId}"][aria-current="page"]`).waitFor();
}

/** Signs in through the form and waits until Crisp has the user's session; returns the user's token. */
export async function signIn(s: Session, email: string, name: string): Promise<string> {
  await go(s, 'nav-account');
  await s.page.getByTestId('sign-in-email').fill(email);
  await s.page.getByTestId('sign-in-name').fill(name);
  await s.page.getByTestId('sign-in').click();
  await s.page.getByTestId('account-details').waitFor();
  const accounts = await s.page.evaluate(() => JSON.parse(sessionStorage.getItem('acme.accounts') || '{}'));
  const tokenId = (accounts as Record<string, { crispTokenId: string }>)[email]!.crispTokenId;
  await s.waitForFake(
    (f) =>
      f.globalsAtInit.tokenId == tokenId &&
      f.session.user.email == email &&
      f.session.sessionId == 'session_tok_' + tokenId,
  );
  return tokenId;
}

/**
 * On the pricing page, fresh: hovers the launcher (a warm-up, not a load), then clicks it: one
 * l.js, the chat opens once Crisp is ready with exactly one `chat:open` and the page's data and
 * segment, and the launcher goes.
 */
export async function launcherOnPricing(s: Session, origin: string, label = 'Chat with support'): Promise<void> {
  await s.page.goto(origin + '/pricing');
  const launcher = s.page.getByRole('button', { name: label });
  await launcher.hover();
  await s.idle();
  expect(s.lj.count).toBe(0);
  expect((await s.state())?.status).toBe('idle');
  await launcher.click();
  await s.waitForStatus('ready');
  const fake = await s.waitForFake((f) => f.session.chatOpened);
  await expectOneCrisp(s, fake);
  expect(commandsOf(fake.commands, 'do', 'chat:open')).toEqual([['do', 'chat:open']]);
  expect(fake.session.data).toEqual({ page: 'pricing' });
  expect(fake.session.segments).toEqual(['pricing-viewer']);
  expect(fake.errors).toEqual([]);
  await s.page.getByRole('button', { name: label }).waitFor({ state: 'detached' });
}

export interface Journey {
  /** Navigations in all, then how many before the first sign-in and in each signed-in or out stretch. */
  navigations: number;
  warmUp: number;
  stretch: number;
  /** The secret the app's server signs emails with (CRISP_IDENTITY_SECRET). */
  identitySecret: string;
  /** The app's own checks, once Crisp is ready, after each sign-in and after each sign-out. */
  afterWarmUp?(fake: FakeView): Promise<void> | void;
  afterSignIn?(tokenId: string): Promise<void>;
  afterSignOut?(secrets: string[]): Promise<void>;
}

/**
 * From a page that has loaded nothing (`load: interaction`): navigations through every route,
 * two users signing in and out between them. Each page's data reaches Crisp, checkout hides the
 * chat, the signed email carries the server's signature, nothing of a signed-out user is sent
 * again, one l.js in all, four session resets. Returns the fake at the end.
 */
export async function signInOutJourney(s: Session, journey: Journey): Promise<FakeView> {
  expect(s.lj.count, 'load: interaction: nothing before the first interaction').toBe(0);
  let navigations = 0;
  let checkoutVisits = 0;
  const block = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const [testId, page] = ROUTES[navigations % ROUTES.length]!;
      await go(s, testId);
      navigations++;
      // The current route's data is in Crisp (each page contributes its own `page`).
      await s.waitForFake((f) => f.session.data.page == page);
      if (page == 'checkout') {
        checkoutVisits++;
        await s.waitForFake((f) => !f.session.chatVisible);
        expect(await s.page.getByRole('button', { name: 'Chat with support' }).count()).toBe(0);
      } else await s.waitForFake((f) => f.session.chatVisible);
    }
  };

  await block(journey.warmUp);
  await s.waitForStatus('ready');
  await journey.afterWarmUp?.((await s.fake())!);
  const users = [
    { email: 'ada@example.com', name: 'Ada Lovelace' },
    { email: 'grace@example.com', name: 'Grace Hopper' },
  ];
  for (const user of users) {
    const tokenId = await signIn(s, user.email, user.name);
    await journey.afterSignIn?.(tokenId);
    const signed = (await s.fake())!;
    // Identity verification by the app's server side: the email went with its signature.
    const signature = createHmac('sha256', journey.identitySecret).update(user.email).digest('hex');
    expect(commandsOf(signed.commands, 'set', 'user:email').at(-1)).toEqual([
      'set',
      'user:email',
      [user.email, signature],
    ]);
    expect(signed.session.data.plan).toBe('free');
    await block(journey.stretch);
    await go(s, 'nav-account');
    const before = (await s.fake())!.commands.length;
    await s.page.getByTestId('sign-out').click();
    await s.page.getByTestId('sign-in').waitFor();
    await s.waitForFake(
      (f) => f.globalsAtInit.tokenId == null && !!f.session.sessionId && !f.session.sessionId.includes(tokenId),
    );
    await block(journey.stretch);
    const fake = (await s.fake())!;
    const later = JSON.stringify(fake.commands.slice(before));
    const secrets = [tokenId, user.email, user.name, '"plan"'];
    for (const secret of secrets) expect(later, `commands after sign-out carry ${secret}`).not.toContain(secret);
    await journey.afterSignOut?.(secrets);
    expect(fake.session.user.email).toBeNull();
    expect(fake.session.data.plan).toBeUndefined();
  }
  await block(journey.navigations - navigations);
  expect(navigations).toBe(journey.navigations);

  const fake = (await s.fake())!;
  await expectOneCrisp(s, fake);
  expect(fake.handlers.length).toBe(new Set(fake.handlers).size);
  // Checkout hid the chat on each visit and showed it again on leaving: alternating, never doubled.
  const visibility = commandsOf(fake.commands, 'do').filter((c) => /^chat:(hide|show)$/.test(String(c[1])));
  expect(visibility.filter((c) => c[1] == 'chat:hide')).toHaveLength(checkoutVisits);
  expect(visibility.every((c, i) => c[1] == (i % 2 ? 'chat:show' : 'chat:hide'))).toBe(true);
  // Two logins and two logouts: exactly four resets, and no command refused by Crisp.
  expect(commandsOf(fake.commands, 'do', 'session:reset')).toHaveLength(4);
  expect(fake.errors).toEqual([]);
  expect(fake.lost).toEqual([]);
  return fake;
}

const crispGlobals = (s: Session) =>
  s.page.evaluate(() =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(window as unknown as Record<string, unknown>).filter(([key]) => key.startsWith('CRISP_')),
      ),
    ),
  );

/** Registers the shared scenarios for `app`; returns `scenario` for the app's own. */
export function acmeAppSuite(app: AppName): ReturnType<typeof setupSuite> {
  const suite = setupSuite({ app, appHandler });
  const { scenario } = suite;

  scenario(
    '80 navigations with two sign-ins and sign-outs: one l.js, each page’s data, checkout hidden, nothing of a signed-out user left',
    async (t) => {
      const s = await t.open();
      await s.page.goto(t.app + '/');
      await s.page.getByTestId('chat-status').waitFor();

      await signInOutJourney(s, {
        navigations: 80,
        warmUp: 10,
        stretch: 15,
        identitySecret: SECRETS.identity,
        afterSignIn: async (tokenId) => expect(await crispGlobals(s)).toContain(tokenId),
        afterSignOut: async (secrets) => {
          const globals = await crispGlobals(s);
          for (const secret of secrets)
            expect(globals, `CRISP_* globals after sign-out hold ${secret}`).not.toContain(secret);
        },
      });
      expectClean(s);
    },
  );

  scenario('load: interaction in the app: the launcher click gives one l.js and one chat:open', async (t) => {
    const s = await t.open();
    await launcherOnPricing(s, t.app);
    expectClean(s);
  });

  return suite;
}
