// useCrispState and its shortcuts: a reactive `current` that changes, and runs what reads it,
// only with its slice.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { flushSync } from 'svelte';
import { createCrisp, useCrispState, type CrispReadable, type CrispState, type CrispStatus } from '@crispkit/svelte';
import { WEBSITE_ID, mountWithCrisp, settle, useFake } from './helpers';
import Many from './components/Many.svelte';
import Panel from './components/Panel.svelte';
import Slice from './components/Slice.svelte';

const t = useFake();

describe('useCrispState', () => {
  it('useCrispStatus follows the load; useCrispUnreadCount and useCrispChatOpen follow Crisp', async () => {
    const { target } = mountWithCrisp(Panel);
    // The page's first render is the initial state (what a server rendered), then the live one.
    expect(target.textContent).toBe('loading 0 false');
    await settle(t.fake);
    expect(target.textContent).toBe('ready 0 false');
    t.fake.receiveMessage('Hello');
    await settle(t.fake);
    expect(target.textContent).toBe('ready 1 false');
    t.fake.visitor.open();
    await settle(t.fake);
    expect(target.textContent).toBe('ready 0 true');
  });

  it('without a selector gives the whole state, read-only', async () => {
    expectTypeOf<ReturnType<typeof useCrispState<CrispStatus>>>().toEqualTypeOf<CrispReadable<CrispStatus>>();
    const { target } = mountWithCrisp(Slice, { select: (s: CrispState) => JSON.stringify(s), onrun: () => {} });
    await settle(t.fake);
    expect(JSON.parse(target.textContent!)).toMatchObject({ status: 'ready', unreadCount: 0, chatOpened: false });
  });

  it('what reads the unread count does not run again when the chat opens or closes', async () => {
    const count = { count: 0 };
    const open = { count: 0 };
    mountWithCrisp(Slice, { select: (s: CrispState) => s.unreadCount, onrun: () => count.count++ });
    mountWithCrisp(Slice, { select: (s: CrispState) => s.chatOpened, onrun: () => open.count++ });
    await settle(t.fake);
    const before = { count: count.count, open: open.count };
    for (let i = 0; i < 3; i++) {
      t.fake.visitor.open();
      await settle(t.fake);
      t.fake.visitor.close();
      await settle(t.fake);
    }
    expect(open.count).toBe(before.open + 6);
    expect(count.count).toBe(before.count);
    t.fake.receiveMessage('Hello');
    await settle(t.fake);
    expect(count.count).toBe(before.count + 1);
  });

  it('the page’s first render shows the initial state, what a server rendered, even when Crisp is already ready', async () => {
    createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    await t.fake.settled();
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      characterDataOldValue: true,
    });
    const { target } = mountWithCrisp(Panel); // the page's first render: hydration of the server's HTML
    const shown = observer.takeRecords().flatMap((record) => (record.oldValue == null ? [] : [record.oldValue]));
    observer.disconnect();
    // Rendered from INITIAL_STATE (status idle), then the live state once mounted.
    expect(shown).toEqual(['idle 0 false']);
    expect(target.textContent).toBe('ready 0 false');
  });

  it('a component mounted once the page is live starts from the live state (no flash of the initial one)', async () => {
    const many = $state({ count: 0, child: Slice, props: { select: (s: CrispState) => s.status } });
    const { target } = mountWithCrisp(Many, many);
    await settle(t.fake);
    const seen: string[] = [];
    const observer = new MutationObserver(() => {});
    observer.observe(target, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
    many.count = 1; // a later route's component
    flushSync();
    // Every text it showed: what was replaced, and what is there now.
    for (const record of observer.takeRecords()) seen.push(record.oldValue ?? '');
    seen.push(target.textContent ?? '');
    observer.disconnect();
    expect(target.textContent).toBe('ready');
    expect(seen.join('')).not.toContain('idle');
  });

  it('stops following the state once unmounted', async () => {
    const runs = { count: 0 };
    const app = mountWithCrisp(Slice, { select: (s: CrispState) => s.unreadCount, onrun: () => runs.count++ });
    await settle(t.fake);
    app.unmount();
    const before = runs.count;
    t.fake.receiveMessage('Hello');
    await settle(t.fake);
    expect(runs.count).toBe(before);
  });
});
