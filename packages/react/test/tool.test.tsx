// useCrispTool: Crisp's AI agent (played by the fake) calls a tool while its component is mounted.
import { StrictMode, useState, type ReactNode } from 'react';
import { act, render } from '@testing-library/react';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CrispProvider, useCrispTool, type CrispToolSchema } from '@crispkit/react';
import { WEBSITE_ID, useFake } from './helpers';

const t = useFake();

const Provider = ({ children }: { children?: ReactNode }) => (
  <StrictMode>
    <CrispProvider websiteId={WEBSITE_ID} load="eager">
      {children}
    </CrispProvider>
  </StrictMode>
);

const skuSchema: CrispToolSchema<unknown, { sku: string }> = {
  '~standard': { version: 1, vendor: 'test', validate: (value) => ({ value: value as { sku: string } }) },
};
const settle = () => act(() => t.fake.settled());
const toolRegistrations = () => t.fake.commands.filter(([verb, name]) => verb === 'on' && name === 'hugo:tool:cart');

describe('useCrispTool', () => {
  it('answers while mounted with the latest handler, registered once; gone after unmount', async () => {
    let bump = () => {};
    function Cart() {
      const [items, setItems] = useState(1);
      bump = () => setItems((n) => n + 1);
      useCrispTool('typed', (args) => expectTypeOf(args).toEqualTypeOf<{ sku: string }>(), { schema: skuSchema });
      useCrispTool('cart', (args: { currency: string }) => {
        expectTypeOf(args).toEqualTypeOf<{ currency: string }>();
        return { items, currency: args.currency };
      });
      return <p>{items}</p>;
    }
    const { rerender } = render(
      <Provider>
        <Cart />
      </Provider>,
    );
    await settle();
    expect(await t.fake.callTool('cart', { currency: 'EUR' })).toEqual({
      ok: true,
      value: { items: 1, currency: 'EUR' },
    });
    act(() => bump());
    act(() => bump());
    expect(await t.fake.callTool('cart', { currency: 'EUR' })).toEqual({
      ok: true,
      value: { items: 3, currency: 'EUR' },
    });
    expect(toolRegistrations()).toHaveLength(1);
    rerender(<Provider>{null}</Provider>);
    await settle();
    expect(t.fake.handlers.has('hugo:tool:cart')).toBe(false);
    expect((await t.fake.callTool('cart', { currency: 'EUR' })).ok).toBe(false);
  });
});
