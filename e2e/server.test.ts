// @crispkit/server in the browser and in the React Router example.
// 1. The published ESM build (packages/server/dist/index.js) imported by a Chromium page and run
//    on the browser's Web Crypto alone, against the same known-answer vectors as the Node tests.
// 2. The example app's server side (apps/react-router/server/api.ts, mounted on this suite's app
//    server as the Vite dev server mounts it) signs the signed-in user's email, and the page sends
//    `["set", "user:email", [email, signature]]`; its web-hook endpoint accepts a signed delivery
//    and refuses a forged one.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect } from 'vitest';
import { ROOT } from './support/build';
import { commandsOf, expectClean, setupSuite } from './support/suite';
import type { AppServer } from '../apps/react-router/server/api';
import { IDENTITY_VECTORS, WEBHOOK_VECTORS } from '../packages/server/test/vectors';

const SECRETS = { identity: 'e2e-identity-secret', webhook: 'e2e-webhook-secret' };
const webhookLog: string[] = [];

/**
 * The app's server side, imported on first use: it loads @crispkit/server's build, which the
 * suite's setup makes before any request reaches the app.
 */
let appServer: Promise<AppServer> | undefined;
const appHandler = async (request: IncomingMessage, response: ServerResponse) => {
  appServer ||= import('../apps/react-router/server/api').then((api) =>
    api.createAppServer(SECRETS, (line) => webhookLog.push(line)),
  );
  return (await appServer).node(request, response);
};

const { scenario } = setupSuite({ app: 'react-router', appHandler });

const SERVER_BUILD = join(ROOT, 'packages/server/dist/index.js');

/** Runs in the page: the build's own functions on the vectors, with nothing but the browser's APIs. */
type BrowserResults = {
  secureContext: boolean;
  identity: string[];
  webhookSignatures: string[];
  webhookResults: unknown[];
  reasons: unknown[];
  handlerStatuses: number[];
};

scenario('the browser build verifies the known-answer vectors with Web Crypto only (Chromium)', async (t) => {
  const source = readFileSync(SERVER_BUILD, 'utf8');
  // Nothing to resolve but the build's own files: no Node built-in, no package, no require.
  const imports = [...source.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? m[2],
  );
  expect(imports.filter((specifier) => !specifier!.startsWith('./'))).toEqual([]);
  expect(source).not.toMatch(/\brequire\(/);
  const s = await t.open();
  // A page on 127.0.0.1 (a secure context, so crypto.subtle exists) that imports the build as a
  // module (a static import: a dynamic import() here would be rewritten by Vitest's transform).
  const base = t.fixtures + '/~server-kit/';
  const page = `<!doctype html><title>@crispkit/server</title>
<script type="module">import * as kit from './index.js'; window.__serverKit = kit;</script>`;
  await s.page.route(base + '**', (route) => {
    const script = route.request().url().endsWith('.js');
    return route.fulfill({
      status: 200,
      contentType: script ? 'text/javascript' : 'text/html',
      // The build's own files (index.js and the chunks it shares with the other entries).
      body: script
        ? readFileSync(join(SERVER_BUILD, '..', new URL(route.request().url()).pathname.split('/').pop()!), 'utf8')
        : page,
    });
  });
  await s.page.goto(base + 'index.html');

  const results = (await s.page.evaluate(
    async ({ identity, webhooks }) => {
      type Kit = typeof import('../packages/server/src/index');
      const kit = (window as unknown as { __serverKit: Kit }).__serverKit;
      const now = 1_700_000_000_000;
      const first = webhooks[0]!;
      const check = (input: Partial<{ body: string; timestamp: string; signature: string }>) =>
        kit.verifyWebhook({ ...first, ...input }, first.secret, { now }).then((r) => (r.ok ? 'ok' : r.reason));
      const handler = kit.createWebhookHandler({ secret: first.secret, on: {}, now: () => now });
      const post = (signature: string) =>
        handler(
          new Request(location.href, {
            method: 'POST',
            body: first.body,
            headers: { 'x-crisp-request-timestamp': first.timestamp, 'x-crisp-signature': signature },
          }),
        ).then((response) => response.status);
      return {
        secureContext: isSecureContext,
        identity: await Promise.all(identity.map((v) => kit.signIdentity(v.email, v.secret))),
        webhookSignatures: await Promise.all(webhooks.map((v) => kit.signWebhook(v.body, v.timestamp, v.secret))),
        webhookResults: await Promise.all(
          webhooks.map((v) =>
            kit.verifyWebhook(
              { body: new TextEncoder().encode(v.body), timestamp: v.timestamp, signature: v.signature },
              v.secret,
              { now },
            ),
          ),
        ),
        reasons: [
          await check({ signature: '' }),
          await check({ timestamp: '' }),
          await check({ signature: first.signature.slice(1) }),
          await check({ body: first.body.replace('Héllo', 'Hello') }),
          await kit.verifyWebhook(first, first.secret, { now: now + 301_000 }).then((r) => (r.ok ? 'ok' : r.reason)),
        ],
        handlerStatuses: [await post(first.signature), await post('0'.repeat(64))],
      };
    },
    { identity: IDENTITY_VECTORS, webhooks: WEBHOOK_VECTORS },
  )) as BrowserResults;

  expect(results.secureContext).toBe(true);
  expect(results.identity).toEqual(IDENTITY_VECTORS.map((v) => v.signature));
  expect(results.webhookSignatures).toEqual(WEBHOOK_VECTORS.map((v) => v.signature));
  expect(results.webhookResults).toEqual(WEBHOOK_VECTORS.map((v) => ({ ok: true, event: JSON.parse(v.body) })));
  expect(results.reasons).toEqual([
    'missing-signature',
    'missing-timestamp',
    'bad-signature',
    'bad-signature',
    'stale',
  ]);
  expect(results.handlerStatuses).toEqual([200, 401]);
  console.info(
    `[chromium known answers] ${results.identity.length} identity + ${results.webhookSignatures.length} web-hook vectors match`,
  );
  expectClean(s);
});

scenario(
  'the React Router example signs the email on its server: user:email carries the 64-hex signature',
  async (t) => {
    const email = 'ada@example.com';
    const expected = createHmac('sha256', SECRETS.identity).update(email).digest('hex');
    const s = await t.open();
    await s.page.goto(t.app + '/');
    await s.page.getByTestId('nav-account').click();
    await s.page.getByTestId('sign-in-email').fill(email);
    await s.page.getByTestId('sign-in-name').fill('Ada Lovelace');
    await s.page.getByTestId('sign-in').click();
    await s.page.getByTestId('account-details').waitFor();

    const fake = await s.waitForFake((f) => f.session.user.email == email && !!f.session.user.signature);
    const sent = commandsOf(fake.commands, 'set', 'user:email');
    // Once, signed: never an unsigned email first and the signature after.
    expect(sent).toEqual([['set', 'user:email', [email, expected]]]);
    expect(fake.session.user.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(fake.errors).toEqual([]);
    expect(await s.page.evaluate(() => document.documentElement.outerHTML)).not.toContain(SECRETS.identity);
    expectClean(s);
  },
);

scenario("the example's web-hook endpoint: a signed delivery is logged, a forged one gets 401", async (t) => {
  const body = JSON.stringify({
    website_id: 'w-e2e',
    event: 'message:send',
    data: { website_id: 'w-e2e', session_id: 'session_e2e', type: 'text', from: 'user', origin: 'chat', content: 'hi' },
    timestamp: Date.now(),
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', SECRETS.webhook).update(`[${timestamp};${body}]`).digest('hex');
  const deliver = (signed: string) =>
    fetch(t.app + '/api/crisp/webhook', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-crisp-request-timestamp': timestamp,
        'x-crisp-signature': signed,
        'x-delivery-attempt-count': '1',
      },
    });

  const accepted = await deliver(signature);
  expect([accepted.status, await accepted.text()]).toEqual([200, 'ok']);
  expect(webhookLog).toContain('[crisp web hook] message:send in session_e2e (attempt 1): hi');

  const logged = webhookLog.length;
  const forged = await deliver(createHmac('sha256', 'guessed').update(`[${timestamp};${body}]`).digest('hex'));
  expect([forged.status, await forged.text()]).toEqual([401, 'bad-signature']);
  expect(webhookLog).toHaveLength(logged);
});
