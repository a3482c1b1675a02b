// A React route's Widget Tool in a real browser, with the fake playing Crisp's AI agent: the tool
// answers on its route and is gone on the other, one registration at a time, across 50 switches.
import { describe, expect } from 'vitest';
import { expectClean, setupSuite } from './support/suite';
import type { Session } from './support/session';

const { scenario } = setupSuite();

const nav = async (s: Session, to: 'a' | 'cart') => {
  await s.page.getByTestId(`nav-${to}`).click();
  await s.page
    .getByTestId('page')
    .filter({ hasText: new RegExp(`^${to}$`) })
    .waitFor();
};

type Answer = { ok: true; value: unknown } | { ok: false; error: string };
const callTool = (s: Session, name: string, args: Record<string, unknown>) =>
  s.page.evaluate(
    ([name, args]) =>
      (
        window as unknown as {
          __crispFake: { callTool(name: string, args: Record<string, unknown>): Promise<Answer> };
        }
      ).__crispFake.callTool(name, args),
    [name, args] as const,
  );
const toolHandlers = (s: Session) =>
  s.page.evaluate(() =>
    (window as unknown as { __crispFake: { handlers: string[] } }).__crispFake.handlers.filter((name) =>
      name.startsWith('hugo:tool:'),
    ),
  );

describe('useCrispTool on a route', () => {
  scenario('StrictMode, a route with a tool and one without, switched 50 times', async (t) => {
    const s = await t.open({ e2e: { strict: true, load: 'eager' } });
    await s.page.goto(t.fixtures + '/react/a');
    await s.waitForStatus('ready');
    const answers = { cart: 0, elsewhere: 0 };
    for (let i = 0; i < 50; i++) {
      await nav(s, 'cart');
      expect(await toolHandlers(s)).toEqual(['hugo:tool:cart_contents']);
      expect(await callTool(s, 'cart_contents', { currency: 'USD' })).toEqual({
        ok: true,
        value: { items: 2, currency: 'USD' },
      });
      answers.cart++;
      await nav(s, 'a');
      expect(await toolHandlers(s)).toEqual([]);
      expect(await callTool(s, 'cart_contents', {})).toMatchObject({ ok: false });
      answers.elsewhere++;
    }
    expect(answers).toEqual({ cart: 50, elsewhere: 50 });
    const fake = (await s.fake())!;
    expect(fake.errors).toEqual([]);
    expectClean(s);
  });
});
