// Widget Tools: what Crisp's AI agent (played by the fake, as newer clients run tools) receives.
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { login, logout, ready, registerTool, type CrispToolSchema } from '@crispkit/core';
import { microtask, setup } from './helpers';

/** A Standard Schema written by hand (what zod, valibot and arktype expose as `~standard`). */
const orderSchema: CrispToolSchema<unknown, { orderId: string }> = {
  '~standard': {
    version: 1,
    vendor: 'test',
    validate: (value) => {
      const orderId = (value as { orderId?: unknown }).orderId;
      return typeof orderId === 'string'
        ? { value: { orderId } }
        : { issues: [{ message: 'expected a string', path: [{ key: 'orderId' }] }] };
    },
  },
};

const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('registerTool', () => {
  it('registered before Crisp loads, answers Hugo once live, with the value or the promise', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    registerTool(crisp, 'cart', (args: { currency?: string }) => ({ items: 2, currency: args.currency }));
    registerTool(crisp, 'route', async () => '/checkout');
    await ready(crisp);
    expect(await fake.callTool('cart', { currency: 'EUR' })).toEqual({
      ok: true,
      value: { items: 2, currency: 'EUR' },
    });
    expect(await fake.callTool('route')).toEqual({ ok: true, value: '/checkout' });
  });

  it('a handler that throws or rejects answers Hugo with its error and reports it, never uncaught', async () => {
    quiet();
    const onError = vi.fn();
    const { fake, crisp } = setup({ load: 'eager', onError });
    registerTool(crisp, 'sync', () => {
      throw new Error('out of stock');
    });
    registerTool(crisp, 'async', () => Promise.reject(new Error('server down')));
    await ready(crisp);
    expect(await fake.callTool('sync')).toEqual({ ok: false, error: 'out of stock' });
    expect(await fake.callTool('async')).toEqual({ ok: false, error: 'server down' });
    expect(onError.mock.calls.map(([error]) => error.field)).toEqual(['tool sync', 'tool async']);
    expect(fake.errors).toEqual([]);
  });

  it('arguments a schema refuses answer an error naming the argument; the handler does not run', async () => {
    quiet();
    const handler = vi.fn(({ orderId }: { orderId: string }) => `order ${orderId}`);
    const { fake, crisp } = setup({ load: 'eager', onError: () => {} });
    registerTool(crisp, 'order', handler, { schema: orderSchema });
    // The handler's arguments are inferred from the schema's output.
    registerTool(
      crisp,
      'typed',
      (args) => {
        expectTypeOf(args).toEqualTypeOf<{ orderId: string }>();
        return args.orderId;
      },
      { schema: orderSchema },
    );
    await ready(crisp);
    const refused = await fake.callTool('order', { orderId: 42 });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toContain('orderId: expected a string');
    expect(handler).not.toHaveBeenCalled();
    expect(await fake.callTool('order', { orderId: 'A1' })).toEqual({ ok: true, value: 'order A1' });
  });

  it('a handler that never settles is answered with an error after its time-out', async () => {
    quiet();
    const onError = vi.fn();
    const { fake, crisp } = setup({ load: 'eager', onError });
    registerTool(crisp, 'stuck', () => new Promise(() => {}), { timeoutMs: 20 });
    await ready(crisp);
    expect(await fake.callTool('stuck')).toEqual({ ok: false, error: 'Tool "stuck" did not answer within 20 ms' });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('one handler per name: a second replaces the first (development warns); the replaced release leaves it', async () => {
    const warn = quiet();
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    const releaseFirst = registerTool(crisp, 'cart', () => 'first');
    registerTool(crisp, 'cart', () => 'second');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('tool "cart" registered again'));
    expect(await fake.callTool('cart')).toEqual({ ok: true, value: 'second' });
    releaseFirst();
    expect(await fake.callTool('cart')).toEqual({ ok: true, value: 'second' });
    expect(fake.commands.filter(([verb, name]) => verb === 'on' && name === 'hugo:tool:cart')).toHaveLength(1);
  });

  it('released, the tool is gone from Crisp; released before load, nothing reaches Crisp', async () => {
    const { fake, crisp } = setup({ load: 'manual' });
    registerTool(crisp, 'early', () => 1)();
    const release = registerTool(crisp, 'cart', () => 1);
    crisp.load();
    await ready(crisp);
    expect([...fake.handlers.keys()].filter((name) => name.startsWith('hugo:'))).toEqual(['hugo:tool:cart']);
    release();
    expect(fake.handlers.has('hugo:tool:cart')).toBe(false);
    expect((await fake.callTool('cart')).ok).toBe(false);
    expect(fake.commands.some(([, name]) => name === 'hugo:tool:early')).toBe(false);
  });

  it('page-scoped: answers across a login, a logout and a reset, and is sent to Crisp again after each reset', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    registerTool(crisp, 'cart', () => 'still here');
    await ready(crisp);
    const sent = () => fake.commands.filter(([verb, name]) => verb === 'on' && name === 'hugo:tool:cart').length;
    const before = sent();
    login(crisp, { tokenId: 'token-alice' });
    await fake.settled();
    expect(await fake.callTool('cart')).toEqual({ ok: true, value: 'still here' });
    logout(crisp);
    await fake.settled();
    crisp.do('session:reset');
    await fake.settled();
    expect(await fake.callTool('cart')).toEqual({ ok: true, value: 'still here' });
    // Defensive: whether Crisp keeps tools across a reset is not documented.
    expect(sent()).toBeGreaterThan(before);
  });

  it('crisp.on refuses a tool name in development (the fan-out would lose the answer)', async () => {
    quiet();
    const onError = vi.fn();
    const { crisp } = setup({ onError });
    crisp.on('hugo:tool:cart' as never, () => 1);
    await microtask();
    expect(onError.mock.calls[0]?.[0].message).toContain('use registerTool');
  });
});
