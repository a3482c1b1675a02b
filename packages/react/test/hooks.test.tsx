// The hooks: state reads that re-render only on change, events, contributions, hidden count.
import { StrictMode, useState, type ReactNode } from 'react';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { createCrisp, type CrispMessage } from '@crispkit/core';
import {
  CrispProvider,
  useCrispChatOpen,
  useCrispEvent,
  useCrispHidden,
  useCrispSegments,
  useCrispSessionData,
  useCrispState,
  useCrispStatus,
  useCrispUnreadCount,
  setSessionData,
} from '@crispkit/react';
import { WEBSITE_ID, appCommands, useFake } from './helpers';

const t = useFake();

const Provider = ({ children }: { children?: ReactNode }) => (
  <CrispProvider websiteId={WEBSITE_ID} load="eager">
    {children}
  </CrispProvider>
);

const settle = () => act(() => t.fake.settled());

describe('state hooks', () => {
  it('useCrispStatus follows the load; useCrispUnreadCount and useCrispChatOpen follow Crisp', async () => {
    function Panel() {
      return (
        <p>
          {useCrispStatus()} {useCrispUnreadCount()} {String(useCrispChatOpen())}
        </p>
      );
    }
    render(
      <Provider>
        <Panel />
      </Provider>,
    );
    expect(screen.getByText('loading 0 false')).toBeTruthy();
    await settle();
    expect(screen.getByText('ready 0 false')).toBeTruthy();
    act(() => t.fake.receiveMessage('Hello'));
    expect(screen.getByText('ready 1 false')).toBeTruthy();
    act(() => t.fake.visitor.open());
    expect(screen.getByText('ready 0 true')).toBeTruthy();
  });

  it('a component reading useCrispUnreadCount() does not re-render when chatOpened changes', async () => {
    let countRenders = 0;
    let openRenders = 0;
    function Count() {
      countRenders++;
      return <span>{useCrispUnreadCount()}</span>;
    }
    function Open() {
      openRenders++;
      return <span>{String(useCrispChatOpen())}</span>;
    }
    render(
      <Provider>
        <Count />
        <Open />
      </Provider>,
    );
    await settle();
    const [count, open] = [countRenders, openRenders];
    for (let i = 0; i < 3; i++) {
      act(() => t.fake.visitor.open());
      act(() => t.fake.visitor.close());
    }
    expect(openRenders).toBe(open + 6);
    expect(countRenders).toBe(count);
  });

  it('useCrispState with an inline selector re-renders only when its selection changes', async () => {
    let renders = 0;
    function Online() {
      renders++;
      const online = useCrispState((s) => s.websiteAvailable !== false);
      return <span>{online ? 'online' : 'away'}</span>;
    }
    render(
      <Provider>
        <Online />
      </Provider>,
    );
    await settle();
    const before = renders;
    act(() => t.fake.receiveMessage('one'));
    act(() => t.fake.visitor.open());
    expect(renders).toBe(before);
    act(() => t.fake.setAvailability(false));
    expect(screen.getByText('away')).toBeTruthy();
    expect(renders).toBe(before + 1);
  });

  it('reading state leaves nothing registered with Crisp after unmount', async () => {
    function Count() {
      return <span>{useCrispUnreadCount()}</span>;
    }
    const view = render(
      <Provider>
        <Count />
      </Provider>,
    );
    await settle();
    expect(t.fake.handlers.has('chat:opened')).toBe(true);
    view.unmount();
    await settle();
    expect([...t.fake.handlers.keys()]).toEqual([]);
  });
});

describe('useCrispEvent', () => {
  it('gives typed payloads and always calls the latest handler without resubscribing', async () => {
    const seen: string[] = [];
    function Listener() {
      const [label, setLabel] = useState('first');
      useCrispEvent('message:received', (message) => {
        expectTypeOf(message).toEqualTypeOf<CrispMessage>();
        seen.push(label + ':' + String(message.content));
        setLabel('second');
      });
      return null;
    }
    render(
      <Provider>
        <Listener />
      </Provider>,
    );
    await settle();
    const registrations = t.fake.registrations;
    act(() => t.fake.receiveMessage('a'));
    act(() => t.fake.receiveMessage('b'));
    expect(seen).toEqual(['first:a', 'second:b']);
    expect(t.fake.registrations).toBe(registrations);
  });

  it(
    '1,000 mount/unmount cycles: one Crisp registration while mounted, none after everything unmounts',
    { timeout: 60_000 },
    async () => {
      const calls = { kept: 0, cycled: 0 };
      const registered = () => t.fake.commands.filter((c) => c[0] == 'on' && c[1] == 'message:sent').length;
      function Kept() {
        useCrispEvent('message:sent', () => calls.kept++);
        return null;
      }
      function Cycled() {
        useCrispEvent('message:sent', () => calls.cycled++);
        return null;
      }
      function Harness({ cycled, kept }: { cycled: boolean; kept: boolean }) {
        return (
          <Provider>
            {kept && <Kept />}
            {cycled && <Cycled />}
          </Provider>
        );
      }
      // Before Crisp loads: cycles only edit the queue.
      const view = render(<Harness kept={false} cycled={false} />);
      for (let i = 0; i < 500; i++) {
        view.rerender(<Harness kept={false} cycled />);
        view.rerender(<Harness kept={false} cycled={false} />);
        await Promise.resolve(); // each unmount's release really happens
      }
      view.rerender(<Harness kept cycled={false} />);
      await settle();
      expect(registered()).toBe(1);
      // After load, with one listener staying mounted.
      for (let i = 0; i < 500; i++) {
        view.rerender(<Harness kept cycled />);
        view.rerender(<Harness kept cycled={false} />);
        await Promise.resolve();
      }
      view.rerender(<Harness kept cycled />);
      await settle();
      expect(registered()).toBe(1);
      expect(t.fake.handlers.has('message:sent')).toBe(true);
      act(() => t.fake.visitor.send('hi'));
      expect(calls).toEqual({ kept: 1, cycled: 1 });
      // Everything unmounts: nothing stays registered, nothing is called.
      view.rerender(<Harness kept={false} cycled={false} />);
      await settle();
      expect(t.fake.handlers.has('message:sent')).toBe(false);
      expect(registered()).toBe(1);
      act(() => t.fake.visitor.send('again'));
      expect(calls).toEqual({ kept: 1, cycled: 1 });
    },
  );

  it('StrictMode registers the event once', async () => {
    function Listener() {
      useCrispEvent('chat:closed', () => {});
      return null;
    }
    render(
      <StrictMode>
        <Provider>
          <Listener />
        </Provider>
      </StrictMode>,
    );
    await settle();
    expect(t.fake.commands.filter((c) => c[0] == 'on' && c[1] == 'chat:closed')).toHaveLength(1);
    // StrictMode's unsubscribe + resubscribe took nothing back from Crisp: the only `off` is the
    // kit's own one-shot wait for the session, released once the session exists.
    expect(t.fake.commands.filter((c) => c[0] == 'off')).toEqual([['off', 'session:loaded']]);
    expect([...t.fake.handlers.keys()]).toEqual(['chat:closed']);
  });
});

describe('useCrispSessionData and useCrispSegments', () => {
  it('merge what each mounted component contributes, never replacing other keys', async () => {
    function Cart({ items }: { items: number }) {
      useCrispSessionData({ cart_items: items });
      useCrispSegments(['shopper']);
      return null;
    }
    function Page({ items }: { items: number }) {
      useCrispSessionData({ page: 'checkout' });
      useCrispSegments(['checkout', 'shopper']);
      return <Cart items={items} />;
    }
    const view = render(
      <Provider>
        <Page items={1} />
      </Provider>,
    );
    await settle();
    // Other code on the page sets a key of its own (createCrisp returns the page's client).
    act(() =>
      setSessionData(createCrisp({ websiteId: WEBSITE_ID }), {
        agent_note: 'vip',
      }),
    );
    view.rerender(
      <Provider>
        <Page items={2} />
      </Provider>,
    );
    view.rerender(
      <Provider>
        <Page items={2} />
      </Provider>,
    );
    await settle();
    expect(t.fake.session.data).toEqual({
      cart_items: 2,
      page: 'checkout',
      agent_note: 'vip',
    });
    expect([...t.fake.session.segments].sort()).toEqual(['checkout', 'shopper']);
    // What the components mounted in one commit contribute reaches Crisp as one command each.
    expect(appCommands(t.fake)).toEqual([
      JSON.stringify([
        'set',
        'session:data',
        [
          [
            ['cart_items', 1],
            ['page', 'checkout'],
          ],
        ],
      ]),
      JSON.stringify(['set', 'session:segments', [['shopper', 'checkout'], false]]),
      JSON.stringify(['set', 'session:data', [[['agent_note', 'vip']]]]),
      JSON.stringify(['set', 'session:data', [[['cart_items', 2]]]]),
    ]);
  });
});

describe('useCrispHidden', () => {
  it('hides while any mounted component asks, shows when none does; swaps push nothing', async () => {
    function Hide({ hidden = true }: { hidden?: boolean }) {
      useCrispHidden(hidden);
      return null;
    }
    const tree = (a: boolean, b: boolean, bHidden = true) => (
      <StrictMode>
        <Provider>
          {a && <Hide key="a" />}
          {b && <Hide key="b" hidden={bHidden} />}
        </Provider>
      </StrictMode>
    );
    const view = render(tree(true, false));
    await settle();
    expect(t.fake.session.chatVisible).toBe(false);
    view.rerender(tree(true, true)); // a second one asks too
    view.rerender(tree(false, true)); // a page replaced by another that also hides
    await settle();
    expect(t.fake.session.chatVisible).toBe(false);
    view.rerender(tree(false, true, false)); // it stops asking
    await settle();
    expect(t.fake.session.chatVisible).toBe(true);
    view.rerender(tree(true, false));
    view.rerender(tree(false, false));
    await settle();
    expect(t.fake.session.chatVisible).toBe(true);
    expect(appCommands(t.fake)).toEqual([
      JSON.stringify(['do', 'chat:hide']),
      JSON.stringify(['do', 'chat:show']),
      JSON.stringify(['do', 'chat:hide']),
      JSON.stringify(['do', 'chat:show']),
    ]);
  });
});
