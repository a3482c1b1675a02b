// useCrispState and its shortcuts: readonly refs that change, and re-render, only with their slice.
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { defineComponent, h, isReadonly, isRef, type Ref } from 'vue';
import {
  useCrispChatOpen,
  useCrispState,
  useCrispStatus,
  useCrispUnreadCount,
  type CrispState,
  type CrispStatus,
} from '@crispkit/vue';
import { mountWithCrisp, settle, useFake } from './helpers';

const t = useFake();

describe('useCrispState', () => {
  it('useCrispStatus follows the load; useCrispUnreadCount and useCrispChatOpen follow Crisp', async () => {
    const Panel = defineComponent(() => {
      const status = useCrispStatus();
      const unread = useCrispUnreadCount();
      const open = useCrispChatOpen();
      expectTypeOf(status).toEqualTypeOf<Readonly<Ref<CrispStatus>>>();
      return () => h('p', `${status.value} ${unread.value} ${open.value}`);
    });
    const wrapper = mountWithCrisp(Panel);
    expect(wrapper.text()).toBe('loading 0 false');
    await settle(t.fake);
    expect(wrapper.text()).toBe('ready 0 false');
    t.fake.receiveMessage('Hello');
    await settle(t.fake);
    expect(wrapper.text()).toBe('ready 1 false');
    t.fake.visitor.open();
    await settle(t.fake);
    expect(wrapper.text()).toBe('ready 0 true');
  });

  it('without a selector gives the whole state, as a readonly ref', async () => {
    let state: Readonly<Ref<CrispState>> | undefined;
    mountWithCrisp(
      defineComponent(() => {
        state = useCrispState();
        return () => h('p', state!.value.status);
      }),
    );
    await settle(t.fake);
    expect(isRef(state)).toBe(true);
    expect(isReadonly(state)).toBe(true);
    expect(state!.value).toMatchObject({ status: 'ready', unreadCount: 0, chatOpened: false });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    (state as Ref<CrispState>).value = { ...state!.value, status: 'failed' };
    expect(state!.value.status).toBe('ready');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('a component reading the unread count does not re-render when the chat opens or closes', async () => {
    const renders = { count: 0, open: 0 };
    const Count = defineComponent(() => {
      const unread = useCrispUnreadCount();
      return () => (renders.count++, h('span', unread.value));
    });
    const Open = defineComponent(() => {
      const open = useCrispChatOpen();
      return () => (renders.open++, h('span', String(open.value)));
    });
    mountWithCrisp(defineComponent(() => () => [h(Count), h(Open)]));
    await settle(t.fake);
    const before = { ...renders };
    for (let i = 0; i < 3; i++) {
      t.fake.visitor.open();
      await settle(t.fake);
      t.fake.visitor.close();
      await settle(t.fake);
    }
    expect(renders.open).toBe(before.open + 6);
    expect(renders.count).toBe(before.count);
  });

  it('an inline selector updates only when its selection changes', async () => {
    let renders = 0;
    const Online = defineComponent(() => {
      const online = useCrispState((s) => s.websiteAvailable !== false);
      return () => (renders++, h('span', online.value ? 'online' : 'away'));
    });
    const wrapper = mountWithCrisp(Online);
    await settle(t.fake);
    const before = renders;
    t.fake.receiveMessage('one');
    t.fake.visitor.open();
    await settle(t.fake);
    expect(renders).toBe(before);
    t.fake.setAvailability(false);
    await settle(t.fake);
    expect(wrapper.text()).toBe('away');
    expect(renders).toBe(before + 1);
  });

  it('a component mounted after Crisp is ready reads the live state at once', async () => {
    mountWithCrisp(defineComponent(() => () => null));
    await settle(t.fake);
    t.fake.receiveMessage('Hello');
    const Late = defineComponent(() => {
      const unread = useCrispUnreadCount();
      return () => h('span', unread.value);
    });
    expect(mountWithCrisp(Late).text()).toBe('1');
  });

  it('many readers share the core subscription; nothing stays registered with Crisp after unmount', async () => {
    const Count = defineComponent(() => {
      const unread = useCrispUnreadCount();
      return () => h('span', unread.value);
    });
    const wrapper = mountWithCrisp(defineComponent(() => () => Array.from({ length: 50 }, () => h(Count))));
    await settle(t.fake);
    const registrations = t.fake.registrations;
    expect(t.fake.handlers.has('chat:opened')).toBe(true);
    t.fake.receiveMessage('Hello');
    await settle(t.fake);
    expect(wrapper.findAll('span').map((span) => span.text())).toEqual(Array(50).fill('1'));
    expect(t.fake.registrations).toBe(registrations);
    wrapper.unmount();
    await settle(t.fake);
    expect([...t.fake.handlers.keys()]).toEqual([]);
  });
});
