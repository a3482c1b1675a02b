// useCrispEvent, useCrispSessionData, useCrispSegments, useCrispHidden: bound while mounted.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { KeepAlive, defineComponent, h, nextTick, reactive, ref, shallowRef, type Component } from 'vue';
import {
  createCrisp,
  setSessionData,
  useCrispEvent,
  useCrispHidden,
  useCrispSegments,
  useCrispSessionData,
  type CrispMessage,
  type CrispSessionData,
} from '@crispkit/vue';
import { WEBSITE_ID, appCommands, mountWithCrisp, settle, useFake } from './helpers';

const t = useFake();

const sessionDataCommands = () => appCommands(t.fake).filter((c) => c.includes('session:data'));

describe('useCrispEvent', () => {
  it('gives typed payloads while mounted, and nothing after unmount', async () => {
    const seen: string[] = [];
    const Listener = defineComponent(() => {
      useCrispEvent('message:received', (message) => {
        expectTypeOf(message).toEqualTypeOf<CrispMessage>();
        seen.push(String(message.content));
      });
      return () => null;
    });
    const show = ref(true);
    mountWithCrisp(defineComponent(() => () => (show.value ? h(Listener) : null)));
    await settle(t.fake);
    t.fake.receiveMessage('a');
    show.value = false;
    await settle(t.fake);
    t.fake.receiveMessage('b');
    expect(seen).toEqual(['a']);
    expect(t.fake.handlers.has('message:received')).toBe(false);
  });

  it('50 listeners share one Crisp registration; 500 mount/unmount cycles add none; none left at the end', async () => {
    const calls = { kept: 0, cycled: 0 };
    const registered = () => t.fake.commands.filter((c) => c[0] == 'on' && c[1] == 'message:sent').length;
    const Kept = defineComponent(() => {
      useCrispEvent('message:sent', () => calls.kept++);
      return () => null;
    });
    const Cycled = defineComponent(() => {
      useCrispEvent('message:sent', () => calls.cycled++);
      return () => null;
    });
    const state = reactive({ kept: 0, cycled: false });
    const wrapper = mountWithCrisp(
      defineComponent(() => () => [
        ...Array.from({ length: state.kept }, () => h(Kept)),
        state.cycled ? h(Cycled) : null,
      ]),
    );
    await settle(t.fake);
    state.kept = 50;
    await nextTick();
    for (let i = 0; i < 500; i++) {
      state.cycled = !state.cycled;
      await nextTick();
      await Promise.resolve(); // each unmount's release really happens
    }
    await settle(t.fake);
    expect(registered()).toBe(1);
    t.fake.visitor.send('hi');
    expect(calls).toEqual({ kept: 50, cycled: 0 });
    wrapper.unmount();
    await settle(t.fake);
    expect(t.fake.handlers.has('message:sent')).toBe(false);
    t.fake.visitor.send('again');
    expect(calls).toEqual({ kept: 50, cycled: 0 });
  });
});

describe('useCrispSessionData and useCrispSegments', () => {
  it('merge what each mounted component contributes, never replacing other keys', async () => {
    const items = ref(1);
    const Cart = defineComponent(() => {
      useCrispSessionData(() => ({ cart_items: items.value }));
      useCrispSegments(['shopper']);
      return () => null;
    });
    const Page = defineComponent(() => {
      useCrispSessionData({ page: 'checkout' });
      useCrispSegments(['checkout', 'shopper']);
      return () => h(Cart);
    });
    mountWithCrisp(Page);
    await settle(t.fake);
    // Other code on the page sets a key of its own (createCrisp returns the page's client).
    setSessionData(createCrisp({ websiteId: WEBSITE_ID }), { agent_note: 'vip' });
    items.value = 2;
    await nextTick();
    items.value = 3;
    items.value = 2; // back to what was pushed last: nothing new
    await settle(t.fake);
    expect(t.fake.session.data).toEqual({ cart_items: 2, page: 'checkout', agent_note: 'vip' });
    expect([...t.fake.session.segments].sort()).toEqual(['checkout', 'shopper']);
    // What the components mounted in one tick contribute reaches Crisp as one command each.
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

  it('follows a ref, a reactive object changed in place, and a getter; equal content pushes nothing', async () => {
    const plan = ref<CrispSessionData>({ plan: 'free' });
    const cart = reactive({ cart_items: 0 });
    const page = ref('home');
    mountWithCrisp(
      defineComponent(() => {
        useCrispSessionData(plan);
        useCrispSessionData(cart);
        useCrispSessionData(() => ({ page: page.value }));
        return () => null;
      }),
    );
    await settle(t.fake);
    plan.value = { plan: 'free' }; // a new object, the same content
    cart.cart_items = 1;
    page.value = 'pricing';
    await settle(t.fake);
    plan.value = { plan: 'pro' };
    await settle(t.fake);
    expect(t.fake.session.data).toEqual({ plan: 'pro', cart_items: 1, page: 'pricing' });
    expect(sessionDataCommands()).toEqual([
      // Changes made in one tick reach Crisp as one command.
      JSON.stringify([
        'set',
        'session:data',
        [
          [
            ['plan', 'free'],
            ['cart_items', 0],
            ['page', 'home'],
          ],
        ],
      ]),
      JSON.stringify([
        'set',
        'session:data',
        [
          [
            ['cart_items', 1],
            ['page', 'pricing'],
          ],
        ],
      ]),
      JSON.stringify(['set', 'session:data', [[['plan', 'pro']]]]),
    ]);
    expect(t.fake.errors).toEqual([]);
  });

  it('is sent again to the new session after a reset, and no longer once unmounted', async () => {
    const page = ref('home');
    const show = ref(true);
    const Page = defineComponent(() => {
      useCrispSessionData(() => ({ page: page.value }));
      return () => null;
    });
    const visitor = shallowRef<{ tokenId: string | null }>({ tokenId: null });
    mountWithCrisp(
      defineComponent(() => () => (show.value ? h(Page) : null)),
      { visitor },
    );
    await settle(t.fake);
    visitor.value = { tokenId: 'tok_ada' }; // login: a new session
    await settle(t.fake);
    expect(t.fake.session.sessionId).toBe('session_tok_tok_ada');
    expect(t.fake.session.data).toEqual({ page: 'home' });
    show.value = false;
    await nextTick();
    page.value = 'pricing';
    visitor.value = { tokenId: null }; // logout: a fresh anonymous session with nothing of the page
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
    const bHidden = ref(true);
    const A = defineComponent(() => (useCrispHidden(), () => null));
    const B = defineComponent(() => (useCrispHidden(bHidden), () => null));
    const tree = reactive({ a: true, b: false });
    mountWithCrisp(defineComponent(() => () => [tree.a ? h(A) : null, tree.b ? h(B) : null]));
    await settle(t.fake);
    expect(t.fake.session.chatVisible).toBe(false);
    tree.b = true; // a second one asks too
    await nextTick();
    tree.a = false; // a page replaced by another that also hides
    await settle(t.fake);
    expect(t.fake.session.chatVisible).toBe(false);
    bHidden.value = false; // it stops asking
    await settle(t.fake);
    expect(t.fake.session.chatVisible).toBe(true);
    bHidden.value = true;
    await settle(t.fake);
    expect(t.fake.session.chatVisible).toBe(false);
    tree.b = false;
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

describe('<KeepAlive>', () => {
  it('a cached page hears no event and holds neither its data nor the hidden chat; it binds again when shown', async () => {
    const heard: string[] = [];
    const page = (name: string, hide: boolean): Component =>
      defineComponent({
        name,
        setup() {
          useCrispEvent('message:received', () => heard.push(name));
          useCrispSessionData({ page: name });
          useCrispHidden(hide);
          return () => h('p', name);
        },
      });
    const pages = { home: page('home', false), checkout: page('checkout', true) };
    const current = ref<keyof typeof pages>('home');
    mountWithCrisp(defineComponent(() => () => h(KeepAlive, null, [h(pages[current.value])])));
    await settle(t.fake);
    t.fake.receiveMessage('1');
    current.value = 'checkout';
    await settle(t.fake);
    expect(t.fake.session.chatVisible).toBe(false);
    t.fake.receiveMessage('2');
    current.value = 'home'; // checkout is cached, not unmounted
    await settle(t.fake);
    expect(t.fake.session.chatVisible).toBe(true);
    t.fake.receiveMessage('3');
    expect(heard).toEqual(['home', 'checkout', 'home']);
    expect(t.fake.session.data).toEqual({ page: 'home' });
  });
});
