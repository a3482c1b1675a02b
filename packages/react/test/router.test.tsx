// 100 navigations in a React Router app whose routes mount their own providers and hooks.
import { useEffect, type ReactNode } from 'react';
import { expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useNavigate, useParams, type NavigateFunction } from 'react-router';
import { CrispProvider, useCrispEvent, useCrispHidden, useCrispSegments, useCrispSessionData } from '@crispkit/react';
import { WEBSITE_ID, appCommands, scriptTags, useFake } from './helpers';

const t = useFake();

let navigate: NavigateFunction;
function CaptureNavigate() {
  const go = useNavigate();
  useEffect(() => {
    navigate = go;
  }, [go]);
  return null;
}

function Pricing() {
  useCrispSessionData({ page: 'pricing' });
  useCrispSegments(['pricing-visitor']);
  return <h1>Pricing</h1>;
}
function Docs() {
  // A route with its own provider: the same page-wide client, its own declarative data.
  return (
    <CrispProvider websiteId={WEBSITE_ID} sessionData={{ page: 'docs' }} segments={['reader']}>
      <DocsBody />
    </CrispProvider>
  );
}
function DocsBody() {
  useCrispEvent('message:received', () => {});
  return <h1>Docs</h1>;
}
function Account() {
  const { id } = useParams();
  useCrispSessionData({ page: 'account', account: Number(id) });
  return <h1>Account {id}</h1>;
}
function Checkout() {
  useCrispHidden();
  return <h1>Checkout</h1>;
}
function Layout({ children }: { children: ReactNode }) {
  useCrispEvent('chat:opened', () => {});
  return <>{children}</>;
}

function App() {
  return (
    <MemoryRouter>
      <CrispProvider
        websiteId={WEBSITE_ID}
        load="eager"
        visitor={{ user: { email: 'ada@example.com' } }}
        sessionData={{ plan: 'pro' }}
      >
        <Layout>
          <CaptureNavigate />
          <Routes>
            <Route path="/" element={<h1>Home</h1>} />
            <Route path="/pricing" element={<Pricing />} />
            <Route path="/docs" element={<Docs />} />
            <Route path="/account/:id" element={<Account />} />
            <Route path="/checkout" element={<Checkout />} />
          </Routes>
        </Layout>
      </CrispProvider>
    </MemoryRouter>
  );
}

/** What each route contributes, as the test's own model of "a distinct change". */
const ROUTES: Record<string, { data?: Record<string, string | number>; segments?: string[]; hidden?: boolean }> = {
  '/': {},
  '/pricing': { data: { page: 'pricing' }, segments: ['pricing-visitor'] },
  '/docs': { data: { page: 'docs' }, segments: ['reader'] },
  '/account/1': { data: { page: 'account', account: 1 } },
  '/account/2': { data: { page: 'account', account: 2 } },
  '/checkout': { hidden: true },
};

it('100 navigations: one l.js tag, and the commands pushed equal the distinct changes', async () => {
  render(<App />);
  await act(() => t.fake.settled());
  const start = t.fake.commands.length;

  // The model: what Crisp holds, and the commands a correct kit needs to get it there.
  const data: Record<string, string> = { plan: 'pro' };
  const segments = new Set<string>();
  let hidden = false;
  const expected: string[] = [];
  let seed = 7;
  const paths = Object.keys(ROUTES);
  for (let i = 0; i < 100; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const path = paths[seed % paths.length]!;
    const route = ROUTES[path]!;
    if (route.hidden != null && !hidden) expected.push(JSON.stringify(['do', 'chat:hide']));
    if (route.hidden == null && hidden) expected.push(JSON.stringify(['do', 'chat:show']));
    hidden = !!route.hidden;
    const changed = Object.entries(route.data || {}).filter(([k, v]) => data[k] !== v);
    if (changed.length) expected.push(JSON.stringify(['set', 'session:data', [changed]]));
    Object.assign(data, route.data);
    const fresh = (route.segments || []).filter((s) => !segments.has(s));
    if (fresh.length) expected.push(JSON.stringify(['set', 'session:segments', [fresh, false]]));
    fresh.forEach((s) => segments.add(s));

    await act(async () => {
      await navigate(path);
    });
  }
  await act(() => t.fake.settled());

  expect(t.fake.requests).toBe(1);
  expect(scriptTags()).toBe(1);
  expect(t.fake.clientInjections).toBe(1);
  expect(appCommands({ commands: t.fake.commands.slice(start) })).toEqual(expected);
  expect(expected.length).toBeGreaterThan(10);
  expect(t.fake.session.data).toEqual(data);
  expect(t.fake.session.chatVisible).toBe(!hidden);
  // The layout's listener stayed registered throughout: one registration for chat:opened.
  expect(t.fake.commands.filter((c) => c[0] == 'on' && c[1] == 'chat:opened')).toHaveLength(1);
});
