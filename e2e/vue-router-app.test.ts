// The Vue Router example app (apps/vue-router), built with VITE_CRISP_SCRIPT_URL set to Crisp's
// real URL, which the tests answer with the fake; its server side (the React Router example's
// module, reused) is mounted on the app server. Sign-in and sign-out over many navigations,
// per-page data, checkout hiding the chat, the launcher, and the signed identity.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect } from 'vitest';
import { expectClean, setupSuite } from './support/suite';
import type { Session } from './support/session';
import { launcherOnPricing, signInOutJourney } from './support/acme-app';
import type { AppServer } from '../apps/vue-router/server/api';

const SECRETS = { identity: 'e2e-identity-secret', webhook: 'e2e-webhook-secret' };
let appServer: Promise<AppServer> | undefined;
const appHandler = async (request: IncomingMessage, response: ServerResponse) => {
  // Imported on first use: it loads @crispkit/server's build, which the suite's setup makes first.
  appServer ||= import('../apps/vue-router/server/api').then((api) => api.createAppServer(SECRETS, () => {}));
  return (await appServer).node(request, response);
};

const { scenario } = setupSuite({ app: 'vue-router', appHandler });

const crispGlobals = (s: Session) =>
  s.page.evaluate(() =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(window as unknown as Record<string, unknown>).filter(([key]) => key.startsWith('CRISP_')),
      ),
    ),
  );

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
