// CrispLauncher: a facade that fetches nothing before interaction and opens the chat once.
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { CrispLauncher, interaction, type CrispLoadStrategy } from '@crispkit/vue';
import { appCommands, mountWithCrisp, scriptTags, settle, useFake } from './helpers';

const t = useFake({ mode: 'manual' });

const preconnects = () => document.querySelectorAll('link[rel=preconnect][href="https://client.crisp.chat"]').length;

function mountLauncher(
  attrs: Record<string, unknown> = {},
  slots: Record<string, () => unknown> = {},
  load: CrispLoadStrategy = interaction,
) {
  return mountWithCrisp(
    defineComponent(() => () => h(CrispLauncher, attrs, slots)),
    { load },
  );
}

describe('CrispLauncher', () => {
  it('is an accessible button and fetches nothing from Crisp before interaction', () => {
    const wrapper = mountLauncher();
    const button = wrapper.get('button');
    expect(button.attributes('aria-label')).toBe('Open chat');
    expect(button.attributes('type')).toBe('button');
    expect(button.attributes('aria-busy')).toBe('false');
    expect(getComputedStyle(button.element).position).toBe('fixed');
    expect(button.find('svg').exists()).toBe(true);
    expect(t.fake.requests).toBe(0);
    expect(scriptTags()).toBe(0);
    expect(preconnects()).toBe(0);
  });

  it('hover or focus preconnects to Crisp once, and still loads nothing', async () => {
    const wrapper = mountLauncher({ label: 'Chat with us' });
    const button = wrapper.get('button[aria-label="Chat with us"]');
    await button.trigger('pointerenter');
    await button.trigger('focus');
    await button.trigger('pointerenter');
    expect(preconnects()).toBe(1);
    expect(t.fake.requests).toBe(0);
  });

  it('a click loads Crisp, shows progress, opens the chat exactly once when ready, then goes', async () => {
    const wrapper = mountLauncher({}, {}, 'manual');
    const button = wrapper.get('button');
    await button.trigger('click');
    await button.trigger('click');
    expect(scriptTags()).toBe(1);
    expect(button.attributes('aria-busy')).toBe('true');
    expect(button.find('.crispkit-spin').exists()).toBe(true);
    expect(appCommands(t.fake)).toEqual([]);
    await t.fake.load();
    await settle(t.fake);
    expect(wrapper.find('button').exists()).toBe(false);
    expect(t.fake.requests).toBe(1);
    expect(appCommands(t.fake)).toEqual([JSON.stringify(['do', 'chat:open'])]);
    expect(t.fake.session.chatOpened).toBe(true);
    expect(document.querySelector('.crispkit-launcher')).toBeNull();
  });

  it('renders the fallback slot when Crisp is blocked', async () => {
    const wrapper = mountLauncher({}, { fallback: () => h('a', { href: 'mailto:help@example.com' }, 'Email us') });
    await wrapper.get('button').trigger('click');
    t.fake.fail();
    await settle(t.fake);
    expect(wrapper.get('a').text()).toBe('Email us');
    expect(wrapper.find('button').exists()).toBe(false);
    expect(appCommands(t.fake)).toEqual([]);
  });

  it('the default slot replaces the icon; class, style and listeners reach the button', async () => {
    const clicks: string[] = [];
    const wrapper = mountLauncher(
      { class: 'mine', style: { right: '80px' }, 'data-testid': 'launcher', onClick: () => clicks.push('app') },
      { default: () => h('span', 'Help') },
    );
    const button = wrapper.get('[data-testid="launcher"]');
    expect(button.classes()).toEqual(['crispkit-launcher', 'mine']);
    expect((button.element as HTMLElement).style.right).toBe('80px');
    // The rest of the look comes from the shared stylesheet, not inline.
    expect(getComputedStyle(button.element).position).toBe('fixed');
    expect(button.text()).toBe('Help');
    expect(button.find('svg').exists()).toBe(false);
    await button.trigger('click');
    expect(clicks).toEqual(['app']);
    expect(button.attributes('aria-busy')).toBe('true');
  });

  it('is not shown once Crisp is already ready (a launcher mounted on a later route)', async () => {
    const show = ref(false);
    const wrapper = mountWithCrisp(
      defineComponent(() => () => (show.value ? h(CrispLauncher) : h('p', 'page'))),
      { load: 'eager' },
    );
    await t.fake.load();
    await settle(t.fake);
    show.value = true;
    await nextTick();
    expect(wrapper.find('button').exists()).toBe(false);
  });
});
