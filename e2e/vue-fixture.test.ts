// The Vue layer in a real browser, on the fixture app (e2e/fixtures/vue.ts, bundled with esbuild
// from @crispkit/vue's sources and the core's build): a Vue Router app whose every page
// contributes session data and listens to an event, 50 navigations, then app.unmount().
import { expect } from 'vitest';
import { commandsOf, expectClean, expectOneCrisp, setupSuite } from './support/suite';
import type { Session } from './support/session';

const { scenario } = setupSuite();

type PageName = 'home' | 'a' | 'b' | 'c';
interface VueFixture {
  handled: Record<PageName, number>;
  unmount(): void;
}
const fixture = (s: Session) => s.page.evaluate(() => (window as unknown as { __e2eVue: VueFixture }).__e2eVue.handled);

const nav = async (s: Session, to: PageName) => {
  await s.page.getByTestId(`nav-${to}`).click();
  await s.page
    .getByTestId('page')
    .filter({ hasText: new RegExp(`^${to}$`) })
    .waitFor();
};

/** An operator message, delivered by the fake Crisp in the page. */
const receiveMessage = (s: Session, text: string) =>
  s.page.evaluate(
    (t) => (window as unknown as { __crispFake: { receiveMessage(t: string): void } }).__crispFake.receiveMessage(t),
    text,
  );

scenario(
  '50 navigations: one l.js, the current page’s data in Crisp, unchanged data pushed once, an event handled by the current page only, nothing registered after app.unmount()',
  async (t) => {
    const s = await t.open({ e2e: { load: 'eager' } });
    await s.page.goto(t.fixtures + '/vue/');
    await s.waitForStatus('ready');
    await s.waitForFake((f) => f.session.data.page == 'home');

    const order: PageName[] = ['a', 'b', 'c', 'home', 'b', 'a', 'c'];
    const expected: Record<PageName, number> = { home: 0, a: 0, b: 0, c: 0 };
    let to: PageName = 'home';
    for (let i = 0; i < 50; i++) {
      to = order[i % order.length]!;
      await nav(s, to);
      await s.waitForFake((f) => f.session.data.page == to);
      if (i % 5 == 0) {
        await receiveMessage(s, 'message ' + i);
        expected[to]++;
        expect(await fixture(s), `after the message on ${to}`).toEqual(expected);
      }
    }

    const fake = (await s.fake())!;
    await expectOneCrisp(s, fake);
    // One Crisp registration per event, whatever 50 mounts and unmounts of listeners did.
    expect(fake.handlers.length).toBe(new Set(fake.handlers).size);
    expect(commandsOf(fake.commands, 'on', 'message:received')).toHaveLength(1);
    const data = commandsOf(fake.commands, 'set', 'session:data').map((c) => JSON.stringify(c));
    // The first page sends both keys; every navigation after it, only the page that changed.
    expect(data[0]).toBe(
      JSON.stringify([
        'set',
        'session:data',
        [
          [
            ['page', 'home'],
            ['app', 'vue-fixture'],
          ],
        ],
      ]),
    );
    expect(data.filter((c) => c.includes('"app"'))).toHaveLength(1);
    expect(data).toHaveLength(51);
    expect(fake.session.data).toEqual({ page: to, app: 'vue-fixture' });
    expect(fake.errors).toEqual([]);
    expect(fake.lost).toEqual([]);

    await s.page.evaluate(() => (window as unknown as { __e2eVue: VueFixture }).__e2eVue.unmount());
    const unmounted = await s.waitForFake((f) => f.handlers.length == 0);
    expect(unmounted.handlers).toEqual([]);
    await receiveMessage(s, 'after unmount');
    expect(await fixture(s)).toEqual(expected);
    expect(await s.page.locator('#root').innerHTML()).toBe('');
    expectClean(s);
  },
);
