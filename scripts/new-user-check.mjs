// The new-user check (issue 22): an app made outside this repo from the packed packages, by
// following the docs only, served in production; this drives it in Chromium the way a visitor
// would and says whether Crisp's l.js was requested exactly once across client-side navigations,
// with no console error and no hydration warning. Not part of `npm test` (building a fresh Next.js
// app takes minutes); see docs/testing.md ("Checking a new app, as a new user would").
//
//   node scripts/new-user-check.mjs --url http://localhost:4173/ --app /tmp/my-app
//
// The app under test is expected to show, on every page: links "Home" and "Pricing" (client-side
// navigation), a "Sign in" button when signed out and a "Sign out" button when signed in, and to
// contribute `{ page: 'home' }` on / and `{ page: 'pricing' }` on /pricing as session data, plus
// `{ plan: 'pro' }` and the email ada@example.com when signed in. l.js is answered by
// @crispkit/testing's browser build, resolved from the app's own node_modules (the packed one).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../e2e/support/chromium-flags.mjs';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    app: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  },
});
if (!values.url || !values.app) {
  console.error('usage: node scripts/new-user-check.mjs --url <served app> --app <app folder>');
  process.exit(2);
}
const base = new URL(values.url);
const fakeLoader = readFileSync(
  createRequire(resolve(values.app, 'package.json')).resolve('@crispkit/testing/browser'),
  'utf8',
);

const browser = await chromium.launch({ executablePath: values.chromium, headless: true, args: CHROMIUM_FLAGS });
const problems = [];
const steps = [];
try {
  const page = await browser.newPage();
  const console_ = [];
  page.on('console', (message) => console_.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => console_.push({ type: 'pageerror', text: String(error) }));
  let ljRequests = 0;
  let documents = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documents++;
  });
  // Nothing else of Crisp's is fetched (the fake draws its own widget); l.js is the fake.
  await page.route('https://client.crisp.chat/**', (route) => route.abort());
  await page.route(/^https:\/\/client\.crisp\.chat\/l(\.js|\/[^/]+\.js)(\?|$)/, (route) => {
    ljRequests++;
    return route.fulfill({ contentType: 'application/javascript', body: fakeLoader });
  });

  const fake = (expression) =>
    page.waitForFunction(expression, undefined, { timeout: 15_000 }).then(
      () => true,
      () => false,
    );
  const step = async (name, expression) => {
    const ok = await fake(expression);
    const seen = await page.evaluate(() => {
      const f = window.__crispFake;
      return f ? { email: f.session.user.email, data: f.session.data } : null;
    });
    steps.push(`${ok ? '✓' : '✗'} ${name}: ${JSON.stringify(seen)} (l.js requests so far: ${ljRequests})`);
    if (!ok) problems.push(`${name}: not reached`);
  };

  await page.goto(new URL('/', base).href, { waitUntil: 'networkidle' });
  await page.evaluate(() => (window.__newUserMarker = true)); // lost on a full page load
  await page.getByRole('button', { name: 'Sign in' }).click(); // the first interaction, too
  await step(
    'home, signed in',
    () =>
      window.__crispFake?.session.data.page === 'home' &&
      window.__crispFake.session.data.plan === 'pro' &&
      window.__crispFake.session.user.email === 'ada@example.com',
  );
  await page.getByRole('link', { name: 'Pricing' }).click();
  await page.waitForURL(/\/pricing\/?$/);
  await step('pricing, signed in', () => window.__crispFake?.session.data.page === 'pricing');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await step(
    'pricing, signed out',
    () =>
      window.__crispFake?.session.user.email == null &&
      window.__crispFake.session.data.page === 'pricing' &&
      window.__crispFake.session.data.plan === undefined,
  );
  await page.getByRole('link', { name: 'Home' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await step('home, signed out', () => window.__crispFake?.session.data.page === 'home');
  await page.getByRole('link', { name: 'Pricing' }).click();
  await page.waitForURL(/\/pricing\/?$/);
  await step('pricing again', () => window.__crispFake?.session.data.page === 'pricing');

  const clientSide = await page.evaluate(() => window.__newUserMarker === true);
  if (!clientSide) problems.push('a navigation reloaded the page (expected client-side navigation)');
  const launcher = await page.evaluate(() => ({
    facade: document.querySelectorAll('.crispkit-launcher').length,
    crisp: document.querySelectorAll('[data-crisp-fake="widget"]').length,
  }));
  const injections = await page.evaluate(() => window.__crispFake?.clientInjections);
  if (ljRequests !== 1) problems.push(`l.js requested ${ljRequests} times (expected 1)`);
  if (injections !== 1) problems.push(`client.js injected ${injections} times (expected 1)`);
  const errors = console_.filter((m) => m.type === 'error' || m.type === 'pageerror');
  const hydration = console_.filter((m) => /hydrat/i.test(m.text));
  for (const m of [...errors, ...hydration]) problems.push(`console ${m.type}: ${m.text}`);

  console.log(steps.join('\n'));
  console.log(
    `l.js requests: ${ljRequests}, client.js injections: ${injections}, documents loaded: ${documents}, ` +
      `client-side navigations kept the page: ${clientSide}, launcher: ${JSON.stringify(launcher)}, ` +
      `console messages: ${console_.length} (errors ${errors.length}, hydration ${hydration.length})`,
  );
  for (const m of console_) console.log(`  console ${m.type}: ${m.text.slice(0, 300)}`);
} finally {
  await browser.close();
}
console.log(problems.length ? `FAIL\n- ${problems.join('\n- ')}` : 'OK');
process.exit(problems.length ? 1 : 0);
