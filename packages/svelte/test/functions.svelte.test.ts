// useCrispEvent, useCrispSessionData, useCrispSegments, useCrispHidden: bound while mounted.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { flushSync } from 'svelte';
import {
  createCrisp,
  setSessionData,
  type CrispEventHandler,
  type CrispMessage,
  type CrispSessionData,
  type CrispVisitor,
} from '@crispkit/svelte';
import { WEBSITE_ID, appCommands, mountWithCrisp, settle, useFake } from './helpers';
import Contributor from './components/Contributor.svelte';
import Hider from './components/Hider.svelte';
import Listener from './components/Listener.svelte';
import Many from './components/Many.svelte';

const t = useFake();

const sessionDataCommands = () => appCommands(t.fake).filter((c) => c.includes('session:data'));

describe('useCrispEvent', () => {
  it('gives typed payloads while mounted, and nothing after unmount', async () => {
    const seen: string[] = [];
    const handler: CrispEventHandler<'message:received'> = (message) => {
      expectTypeOf(message).toEqualTypeOf<CrispMessage>();
      seen.push(String(message.content));
    };
    const tree = $state({ count: 1, child: Listener, props: { event: 'message:received', handler } });
    mountWithCrisp(Many, tree);
    await settle(t.fake);
    t.fake.receiveMessage('a');
    tree.count = 0;
    await settle(t.fake);
    t.fake.receiveMessage('b');
    expect(seen).toEqual(['a']);
    expect(t.fake.handlers.has('message:received')).toBe(false);
  });

  it('50 listeners share one Crisp registration; 500 mount/unmount cycles add none; none left at the end', async () => {
    const calls = { kept: 0, cycled: 0 };
    const registered = () => t.fake.commands.filter((c) => c[0] == 'on' && c[1] == 'message:sent').length;
    const kept = $state({ count: 0, child: Listener, props: { event: 'message:sent', handler: () => calls.kept++ } });
    const cycled = $state({
      count: 0,
      child: Listener,
      props: { event: 'message:sent', handler: () => calls.cycled++ },
    });
    const app = mountWithCrisp(Many, kept);
    mountWithCrisp(Many, cycled);
    await settle(t.fake);
    kept.count = 50;
    flushSync();
    for (let i = 0; i < 500; i++) {
      cycled.count = 1 - cycled.count;
      flushSync();
      await Promise.resolve(); // each unmount's release really happens
    }
    await settle(t.fake);
    expect(registered()).toBe(1);
    t.fake.visitor.send('hi');
    expect(calls).toEqual({ kept: 50, cycled: 0 });
    kept.count = 0;
    app.unmount();
    await settle(t.fake);
    expect(t.fake.handlers.has('message:sent')).toBe(false);
    t.fake.visitor.send('again');
    expect(calls).toEqual({ kept: 50, cycled: 0 });
  });
});

describe('useCrispSessionData and useCrispSegments', () => {
  it('merge what each mounted component contributes, never replacing other keys', async () => {
    const cart = $state({ items: 1 });
    mountWithCrisp(Contributor, { data: () => ({ cart_items: cart.items }), segments: ['shopper'] });
    mountWithCrisp(Contributor, { data: { page: 'checkout' }, segments: ['checkout', 'shopper'] });
    await settle(t.fake);
    // Other code on the page sets a key of its own (createCrisp returns the page's client).
    setSessionData(createCrisp({ websiteId: WEBSITE_ID }), { agent_note: 'vip' });
    cart.items = 2;
    flushSync();
    cart.items = 3;
    cart.items = 2; // back to what was pushed last: nothing new
    await settle(t.fake);
    expect(t.fake.session.data).toEqual({ cart_items: 2, page: 'checkout', agent_note: 'vip' });
    expect([...t.fake.session.segments].sort()).toEqual(['checkout', 'shopper']);
    expect(appCommands(t.fake)).toEqual([
      JSON.stringify(['set', 'session:data', [[['cart_items', 1]]]]),
      JSON.stringify(['set', 'session:segments', [['shopper'], false]]),
      JSON.stringify(['set', 'session:data', [[['page', 'checkout']]]]),
      JSON.stringify(['set', 'session:segments', [['checkout'], false]]),
      JSON.stringify(['set', 'session:data', [[['agent_note', 'vip']]]]),
      JSON.stringify(['set', 'session:data', [[['cart_items', 2]]]]),
    ]);
  });

  it('follow a $state object changed in place and a getter; equal content pushes nothing', async () => {
    const cart = $state<CrispSessionData>({ cart_items: 0 });
    const page = $state({ name: 'home' });
    mountWithCrisp(Contributor, { data: cart });
    mountWithCrisp(Contributor, { data: () => ({ page: page.name }) });
    await settle(t.fake);
    cart.cart_items = 3; // in place
    page.name = 'pricing';
    await settle(t.fake);
    expect(t.fake.session.data).toEqual({ cart_items: 3, page: 'pricing' });
    const before = sessionDataCommands().length;
    page.name = 'pricing';
    cart.cart_items = 3;
    await settle(t.fake);
    expect(sessionDataCommands()).toHaveLength(before);
    expect(t.fake.errors).toEqual([]);
  });

  it('is sent again to the new session after a reset, and no longer once unmounted', async () => {
    const page = $state({ name: 'home' });
    const tree = $state({ count: 1, child: Contributor, props: { data: () => ({ page: page.name }) } });
    const crisp = $state<{ visitor: CrispVisitor }>({ visitor: { tokenId: null } });
    mountWithCrisp(Many, tree, crisp);
    await settle(t.fake);
    crisp.visitor = { tokenId: 'tok_ada' }; // login: a new session
    await settle(t.fake);
    expect(t.fake.session.sessionId).toBe('session_tok_tok_ada');
    expect(t.fake.session.data).toEqual({ page: 'home' });
    tree.count = 0;
    flushSync();
    page.name = 'pricing';
    crisp.visitor = { tokenId: null }; // logout: a fresh anonymous session with nothing of the page
    await settle(t.fake);
    expect(t.fake.session.data).toEqual({});
    expect(sessionDataCommands()).toEqual([
      JSON.stringify(['set', 'session:data', [[['page', 'home']]]]),
      JSON.stringify(['set', 'session:data', [[['page', 'home']]]]),
    ]);
  });
});

describe('useCrispHidden', () => {
  it('hides while any mounted component asks, shows when none does; swaps push nothing', async () => {
    const b = $state({ hidden: true });
    const first = $state({ count: 1, child: Hider, props: {} });
    const second = $state({ count: 0, child: Hider, props: { hidden: () => b.hidden } });
    mountWithCrisp(Many, first);
    mountWithCrisp(Many, second);
    await settle(t.fake);
    expect(t.fake.session.chatVisible).toBe(false);
    second.count = 1; // a second one asks too
    flushSync();
    first.count = 0; // a page replaced by another that also hides
    await settle(t.fake);
    expect(t.fake.session.chatVisible).toBe(false);
    b.hidden = false; // it stops asking
    await settle(t.fake);
    expect(t.fake.session.chatVisible).toBe(true);
    b.hidden = true;
    await settle(t.fake);
    expect(t.fake.session.chatVisible).toBe(false);
    second.count = 0;
    await settle(t.fake);
    expect(t.fake.session.chatVisible).toBe(true);
    expect(appCommands(t.fake)).toEqual([
      JSON.stringify(['do', 'chat:hide']),
      JSON.stringify(['do', 'chat:show']),
      JSON.stringify(['do', 'chat:hide']),
      JSON.stringify(['do', 'chat:show']),
    ]);
  });
});
