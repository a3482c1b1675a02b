// useCrispTool: Crisp's AI agent (played by the fake) calls a tool while its component is mounted.
import { describe, expect, it } from 'vitest';
import { KeepAlive, defineComponent, h, ref } from 'vue';
import { useCrispTool } from '@crispkit/vue';
import { mountWithCrisp, settle, useFake } from './helpers';

const t = useFake();

describe('useCrispTool', () => {
  it('answers while mounted, reading the app state; gone when unmounted', async () => {
    const items = ref(1);
    const Cart = defineComponent(() => {
      useCrispTool('cart', () => ({ items: items.value }));
      return () => null;
    });
    const Other = defineComponent(() => () => null);
    const page = ref<'cart' | 'other'>('cart');
    mountWithCrisp(defineComponent(() => () => h(page.value === 'cart' ? Cart : Other)));
    await settle(t.fake);
    items.value = 3;
    expect(await t.fake.callTool('cart')).toEqual({ ok: true, value: { items: 3 } });
    page.value = 'other';
    await settle(t.fake);
    expect(t.fake.handlers.has('hugo:tool:cart')).toBe(false);
    page.value = 'cart';
    await settle(t.fake);
    expect(await t.fake.callTool('cart')).toEqual({ ok: true, value: { items: 3 } });
  });

  it('inside KeepAlive, a cached page holds no tool', async () => {
    const Cart = defineComponent(() => {
      useCrispTool('cart', () => 'cart');
      return () => null;
    });
    const Other = defineComponent(() => () => null);
    const page = ref<'cart' | 'other'>('cart');
    mountWithCrisp(defineComponent(() => () => h(KeepAlive, null, [h(page.value === 'cart' ? Cart : Other)])));
    await settle(t.fake);
    expect(await t.fake.callTool('cart')).toEqual({ ok: true, value: 'cart' });
    page.value = 'other';
    await settle(t.fake);
    expect(t.fake.handlers.has('hugo:tool:cart')).toBe(false);
    page.value = 'cart';
    await settle(t.fake);
    expect(await t.fake.callTool('cart')).toEqual({ ok: true, value: 'cart' });
  });
});
