// CrispLauncher for keyboard and screen reader users: focus moves into the chat Crisp opens, or
// onto the fallback when Crisp fails; loading and failure are said in a polite live region; the
// offset moves it off the page's content.
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { CrispLauncher } from '@crispkit/vue';
import { mountWithCrisp, settle, useFake } from './helpers';

// The fake draws its chat (ui: true) as Crisp's client does: #crisp-chatbox, a field named message.
const t = useFake({ mode: 'manual', ui: true });

function mountLauncher(
  props: Record<string, unknown> = {},
  slots: Record<string, () => unknown> = {},
  load: 'manual' | 'eager' = 'manual',
) {
  return mountWithCrisp(
    defineComponent(() => () => h(CrispLauncher, props, slots)),
    { load },
  );
}

/** The launcher's live region: polite, without role="status", so that it is not confused with the page's own. */
const LIVE_REGION = '.crispkit-launcher-status[aria-live="polite"]';
const messageField = () => document.getElementById('crisp-chatbox')?.shadowRoot?.querySelector('[name="message"]');
const focused = () => document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;

describe('CrispLauncher, accessibility', () => {
  it("after a click, says it is loading, then moves focus into the opened chat's message field", async () => {
    const wrapper = mountLauncher();
    const status = wrapper.get(LIVE_REGION);
    expect(status.text()).toBe('');
    const button = wrapper.get('button');
    (button.element as HTMLElement).focus();
    await button.trigger('click');
    expect(wrapper.get(LIVE_REGION).text()).toBe('Loading the chat…');
    await t.fake.load();
    await settle(t.fake);
    expect(t.fake.session.chatOpened).toBe(true);
    expect(wrapper.find('button').exists()).toBe(false);
    await expect.poll(focused).toBe(messageField());
    expect(messageField()).toBeTruthy();
  });

  it('after a click, when Crisp fails, announces it and moves focus onto the fallback link', async () => {
    const wrapper = mountLauncher(
      { failedText: 'Chat unavailable.' },
      { fallback: () => h('a', { href: 'mailto:help@example.com' }, 'Email us') },
    );
    const button = wrapper.get('button');
    (button.element as HTMLElement).focus();
    await button.trigger('click');
    t.fake.fail();
    await settle(t.fake);
    await nextTick();
    expect(wrapper.get(LIVE_REGION).text()).toBe('Chat unavailable.');
    expect(document.activeElement).toBe(wrapper.get('a').element);
  });

  it('announces nothing and moves no focus when Crisp fails before the visitor asked', async () => {
    // Loaded at once (not by the launcher), and blocked.
    const wrapper = mountLauncher(
      {},
      { fallback: () => h('a', { href: 'mailto:help@example.com' }, 'Email us') },
      'eager',
    );
    t.fake.fail();
    await settle(t.fake);
    expect(wrapper.get('a').text()).toBe('Email us');
    expect(wrapper.get(LIVE_REGION).text()).toBe('');
    expect(document.activeElement).toBe(document.body);
  });

  it('the offset moves the launcher through the custom properties its stylesheet reads', () => {
    const button = mountLauncher({ offset: { bottom: 96, right: '1rem' } }).get('button').element as HTMLElement;
    expect(button.style.getPropertyValue('--crispkit-launcher-bottom')).toBe('96px');
    expect(button.style.getPropertyValue('--crispkit-launcher-right')).toBe('1rem');
  });
});
