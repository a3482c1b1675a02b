// useCrispTool: Crisp's AI agent (played by the fake) calls a tool while its component is mounted.
import { describe, expect, it } from 'vitest';
import { mountWithCrisp, settle, useFake } from './helpers';
import Many from './components/Many.svelte';
import Tool from './components/Tool.svelte';

const t = useFake();

describe('useCrispTool', () => {
  it('answers while mounted, one registration; gone after unmount', async () => {
    const cart = $state({ items: 1 });
    const tree = $state({ count: 1, child: Tool, props: { name: 'cart', handler: () => ({ items: cart.items }) } });
    mountWithCrisp(Many, tree);
    await settle(t.fake);
    cart.items = 4;
    expect(await t.fake.callTool('cart')).toEqual({ ok: true, value: { items: 4 } });
    expect(t.fake.commands.filter(([verb, name]) => verb === 'on' && name === 'hugo:tool:cart')).toHaveLength(1);
    tree.count = 0;
    await settle(t.fake);
    expect(t.fake.handlers.has('hugo:tool:cart')).toBe(false);
    expect((await t.fake.callTool('cart')).ok).toBe(false);
  });
});
