// CrispProvider: one client per page, props diffed through the core, safe to mount many times.
import { StrictMode, useEffect, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { createCrisp } from '@crispkit/core';
import {
  CrispProvider,
  useCrisp,
  useCrispEvent,
  useCrispHidden,
  useCrispSessionData,
  useCrispStatus,
  type CrispProviderProps,
  login,
} from '@crispkit/react';
import { WEBSITE_ID, appCommands, executed, expectRenderToThrow, scriptTags, useFake } from './helpers';

const t = useFake();

function App(props: Partial<CrispProviderProps> & { children?: ReactNode }) {
  return (
    <CrispProvider websiteId={WEBSITE_ID} load="eager" {...(props as object)}>
      {props.children}
    </CrispProvider>
  );
}

/** Mount, let the fake load and the session start, with every resulting render flushed. */
async function settle() {
  await act(() => t.fake.settled());
}

describe('CrispProvider props', () => {
  it('the flat tokenId, user, locale and consent of earlier versions still work, with one development warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const flat = { tokenId: 'tok_ada', user: { email: 'ada@example.com' } } as Partial<CrispProviderProps>;
    const view = render(<App {...flat} />);
    await settle();
    view.rerender(<App {...flat} />);
    await settle();
    expect(t.fake.session.user.email).toBe('ada@example.com');
    expect(t.fake.sessions.at(-1)!.tokenId).toBe('tok_ada');
    const warnings = warn.mock.calls.filter(([message]) => String(message).includes('visitor={{'));
    expect(warnings).toHaveLength(1);
    warn.mockRestore();
  });

  it('signing out with the page data changing in the same render sends none of the old data to the new session', async () => {
    const view = render(
      <App visitor={{ tokenId: 'tok_ada', user: { email: 'ada@example.com' } }} sessionData={{ plan: 'pro' }} />,
    );
    await settle();
    expect(t.fake.session.data).toEqual({ plan: 'pro' });
    view.rerender(<App visitor={{ tokenId: null, user: null }} sessionData={null} />);
    await settle();
    const last = t.fake.sessions.at(-1)!;
    expect(last.startedBy).toBe('session:reset');
    expect(last.tokenId).toBeUndefined();
    expect(JSON.stringify(last.commands)).not.toMatch(/plan|ada@example/);
    expect(t.fake.session.data).toEqual({});
  });

  it('switching visitor and page data in the same render: nothing of Bob in her session, nothing of her in his', async () => {
    const view = render(
      <App tokenId="tok_ada" user={{ email: 'ada@example.com' }} sessionData={{ plan: 'ada-pro' }} />,
    );
    await settle();
    view.rerender(<App tokenId="tok_bob" user={{ email: 'bob@example.com' }} sessionData={{ plan: 'bob-free' }} />);
    await settle();
    const [hers, ...later] = t.fake.sessions;
    expect(hers!.tokenId).toBe('tok_ada');
    expect(JSON.stringify(hers)).not.toMatch(/bob/);
    expect(later.length).toBeGreaterThan(0);
    expect(JSON.stringify(later)).not.toMatch(/ada/);
    expect(t.fake.session.data).toEqual({ plan: 'bob-free' });
  });

  it('a re-render with equal values, even as new objects, pushes nothing', async () => {
    const view = render(
      <App visitor={{ user: { email: 'ada@example.com' } }} sessionData={{ plan: 'pro' }} segments={['vip']} />,
    );
    await settle();
    const before = appCommands(t.fake);
    expect(before).toEqual([
      JSON.stringify(['set', 'user:email', ['ada@example.com']]),
      JSON.stringify(['set', 'session:data', [[['plan', 'pro']]]]),
      JSON.stringify(['set', 'session:segments', [['vip'], false]]),
    ]);
    for (let i = 0; i < 5; i++)
      view.rerender(
        <App visitor={{ user: { email: 'ada@example.com' } }} sessionData={{ plan: 'pro' }} segments={['vip']} />,
      );
    await settle();
    expect(appCommands(t.fake)).toEqual(before);
  });

  it('a changed key pushes only that key', async () => {
    const view = render(
      <App visitor={{ user: { email: 'ada@example.com', nickname: 'Ada' } }} sessionData={{ plan: 'pro', seats: 3 }} />,
    );
    await settle();
    const count = t.fake.commands.length;
    view.rerender(
      <App
        visitor={{ user: { email: 'ada@example.com', nickname: 'Ada L.' } }}
        sessionData={{ plan: 'pro', seats: 4 }}
      />,
    );
    await settle();
    expect(t.fake.commands.slice(count).map((c) => JSON.stringify(c))).toEqual([
      JSON.stringify(['set', 'user:nickname', ['Ada L.']]),
      JSON.stringify(['set', 'session:data', [[['seats', 4]]]]),
    ]);
    expect(t.fake.session.data).toEqual({ plan: 'pro', seats: 4 });
  });

  it('a changed tokenId logs in: token set, session reset, identity and mounted data sent again', async () => {
    function Page() {
      useCrispSessionData({ page: 'checkout' });
      return null;
    }
    const view = render(
      <App visitor={{ tokenId: null }} sessionData={{ plan: 'free' }}>
        <Page />
      </App>,
    );
    await settle();
    const firstSession = t.fake.session.sessionId;
    const count = t.fake.commands.length;
    view.rerender(
      <App visitor={{ tokenId: 'tok_ada', user: { email: 'ada@example.com' } }} sessionData={{ plan: 'free' }}>
        <Page />
      </App>,
    );
    await settle();
    expect((window as { CRISP_TOKEN_ID?: unknown }).CRISP_TOKEN_ID).toBe('tok_ada');
    expect(appCommands({ commands: t.fake.commands.slice(count) })).toEqual([
      JSON.stringify(['do', 'session:reset']),
      JSON.stringify(['set', 'user:email', ['ada@example.com']]),
      JSON.stringify([
        'set',
        'session:data',
        [
          [
            ['page', 'checkout'],
            ['plan', 'free'],
          ],
        ],
      ]),
    ]);
    expect(t.fake.session.sessionId).not.toBe(firstSession);
    expect(t.fake.session.data).toEqual({ plan: 'free', page: 'checkout' });
    expect(t.fake.session.user.email).toBe('ada@example.com');
  });

  it('a login called on the client directly: mounted page data reaches the new session', async () => {
    function Page() {
      useCrispSessionData({ page: 'pricing' });
      return null;
    }
    let client: ReturnType<typeof useCrisp> | undefined;
    function Grab() {
      client = useCrisp();
      return null;
    }
    render(
      <App>
        <Page />
        <Grab />
      </App>,
    );
    await settle();
    const firstSession = t.fake.session.sessionId;
    await act(async () => {
      login(client!, { tokenId: 'tok_bob', email: 'bob@example.com' });
      await t.fake.settled();
    });
    await settle();
    expect(t.fake.session.sessionId).not.toBe(firstSession);
    expect(t.fake.session.data).toEqual({ page: 'pricing' });
    expect(t.fake.session.user.email).toBe('bob@example.com');
    // Sent once into the new session, not once per provider or per state change.
    const pageSends = appCommands(t.fake).filter((c) => c.includes('"page"'));
    expect(pageSends).toHaveLength(2);
  });

  it('tokenId null logs out: token cleared and session reset; an undefined tokenId changes nothing', async () => {
    const view = render(<App visitor={{ tokenId: 'tok_ada', user: { email: 'ada@example.com' } }} />);
    await settle();
    expect(t.fake.globalsAtInit.tokenId).toBe('tok_ada');
    view.rerender(<App visitor={{ user: { email: 'ada@example.com' } }} />);
    await settle();
    expect(appCommands(t.fake)).not.toContain(JSON.stringify(['do', 'session:reset']));
    view.rerender(<App visitor={{ tokenId: null }} />);
    await settle();
    // Cleared by assignment (a page may have declared it with `var`, which cannot be deleted).
    expect((window as { CRISP_TOKEN_ID?: unknown }).CRISP_TOKEN_ID).toBeUndefined();
    expect(appCommands(t.fake).filter((c) => c.includes('session:reset'))).toHaveLength(1);
    expect(t.fake.session.user.email).toBeNull();
  });

  it('accepts an existing client through the client prop', async () => {
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    let seen: unknown;
    function Probe() {
      seen = useCrisp();
      return null;
    }
    render(
      <CrispProvider client={crisp} sessionData={{ source: 'prop' }}>
        <Probe />
      </CrispProvider>,
    );
    await settle();
    expect(seen).toBe(crisp);
    expect(t.fake.session.data).toEqual({ source: 'prop' });
  });

  it('a second website id on the page throws at render with a clear message', () => {
    createCrisp({ websiteId: WEBSITE_ID, load: 'manual' });
    const other = '11111111-2222-3333-4444-555555555555';
    expectRenderToThrow(<CrispProvider websiteId={other} />, /differs from/);
  });

  it('a websiteId prop changed while mounted is reported in development, naming both ids', () => {
    const other = '11111111-2222-3333-4444-555555555555';
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const view = render(<CrispProvider websiteId={WEBSITE_ID} load="manual" />);
    expect(error).not.toHaveBeenCalled();
    view.rerender(<CrispProvider websiteId={other} load="manual" />);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`${other}.*${WEBSITE_ID}`)));
    error.mockRestore();
  });
});

describe('mounting, unmounting and remounting', () => {
  it('StrictMode: one l.js tag and no duplicated command', async () => {
    function Widgets() {
      useCrispEvent('message:received', () => {});
      useCrispHidden();
      useCrispSessionData({ page: 'home' });
      useCrispStatus();
      return null;
    }
    render(
      <StrictMode>
        <App visitor={{ user: { email: 'ada@example.com' } }} sessionData={{ plan: 'pro' }} segments={['vip']}>
          <Widgets />
        </App>
      </StrictMode>,
    );
    await settle();
    expect(t.fake.requests).toBe(1);
    expect(scriptTags()).toBe(1);
    expect(t.fake.clientInjections).toBe(1);
    const all = executed(t.fake);
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
    // No registration taken back by StrictMode: the only `off` is the kit's own one-shot wait
    // for the session, released once the session exists.
    expect(all.filter((c) => c.startsWith('["off"'))).toEqual([JSON.stringify(['off', 'session:loaded'])]);
    expect(t.fake.session.chatVisible).toBe(false);
    expect(t.fake.session.data).toEqual({ plan: 'pro', page: 'home' });
  });

  it('a signed-out visitor: remounting a provider with tokenId null and page data resets nothing', async () => {
    // Layouts that each hold a provider, the visitor signed out: every mount says tokenId null.
    const tree = (
      <App visitor={{ tokenId: null }} sessionData={{ plan: 'free' }}>
        <p>app</p>
      </App>
    );
    render(tree).unmount();
    await settle();
    const count = appCommands(t.fake).length;
    for (let i = 0; i < 10; i++) render(tree).unmount();
    render(tree);
    await settle();
    expect(appCommands(t.fake).filter((c) => c.includes('session:reset'))).toEqual([]);
    expect(appCommands(t.fake).length).toBe(count);
    expect(t.fake.session.data).toEqual({ plan: 'free' });
  });

  it('unmounting and remounting the provider never reloads, re-sends or tears down', async () => {
    const tree = (
      <App visitor={{ user: { email: 'ada@example.com' } }} sessionData={{ plan: 'pro' }}>
        <p>app</p>
      </App>
    );
    render(tree).unmount();
    await settle();
    const live = t.fake.live;
    const count = appCommands(t.fake).length;
    for (let i = 0; i < 20; i++) render(tree).unmount();
    render(tree);
    await settle();
    expect(t.fake.requests).toBe(1);
    expect(scriptTags()).toBe(1);
    expect(t.fake.live).toBe(live);
    expect((window as { $crisp?: unknown }).$crisp).toBe(live);
    expect(appCommands(t.fake).length).toBe(count);
    // The provider itself holds no Crisp registration: remounts register nothing.
    expect([...t.fake.handlers.keys()]).toEqual([]);
    expect(t.fake.commands.filter((c) => c[0] == 'on').length).toBe(1);
  });

  it("a child effect's command in the provider's first commit is delivered", async () => {
    function OpensAtOnce() {
      const crisp = useCrisp();
      useEffect(() => crisp.do('chat:open'), [crisp]);
      return null;
    }
    render(
      <App load="manual">
        <OpensAtOnce />
      </App>,
    );
    await settle();
    // chat:open starts loading even under load="manual", and is executed once Crisp runs.
    expect(t.fake.requests).toBe(1);
    expect(appCommands(t.fake)).toEqual([JSON.stringify(['do', 'chat:open'])]);
    expect(t.fake.session.chatOpened).toBe(true);
  });
});

describe('useCrisp', () => {
  it('outside a provider throws an error that says how to fix it', () => {
    function Lost() {
      useCrisp();
      return null;
    }
    expectRenderToThrow(<Lost />, /inside <CrispProvider>.*Wrap your app/);
  });
});
