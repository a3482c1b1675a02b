// CrispLauncher: a facade that fetches nothing before interaction and opens the chat once.
import { describe, expect, it } from 'vitest';
import { createRawSnippet, flushSync } from 'svelte';
import { CrispLauncher, interaction, type CrispLoadStrategy } from '@crispkit/svelte';
import { appCommands, mountWithCrisp, scriptTags, settle, useFake } from './helpers';
import Many from './components/Many.svelte';

const t = useFake({ mode: 'manual' });

const preconnects = () => document.querySelectorAll('link[rel=preconnect][href="https://client.crisp.chat"]').length;
const html = (markup: string) => createRawSnippet(() => ({ render: () => markup }));

function mountLauncher(props: Record<string, unknown> = {}, load: CrispLoadStrategy = interaction) {
  return mountWithCrisp(CrispLauncher, props, { load });
}

const button = (target: HTMLElement) => target.querySelector('button');

describe('CrispLauncher', () => {
  it('is an accessible button and fetches nothing from Crisp before interaction', () => {
    const { target } = mountLauncher();
    const launcher = button(target)!;
    expect(launcher.getAttribute('aria-label')).toBe('Open chat');
    expect(launcher.getAttribute('type')).toBe('button');
    expect(launcher.getAttribute('aria-busy')).toBe('false');
    expect(getComputedStyle(launcher).position).toBe('fixed');
    expect(launcher.querySelector('svg')).not.toBeNull();
    expect(t.fake.requests).toBe(0);
    expect(scriptTags()).toBe(0);
    expect(preconnects()).toBe(0);
  });

  it('hover or focus preconnects to Crisp once, and still loads nothing', () => {
    const { target } = mountLauncher({ label: 'Chat with us' });
    const launcher = target.querySelector('button[aria-label="Chat with us"]')!;
    launcher.dispatchEvent(new Event('pointerenter'));
    launcher.dispatchEvent(new FocusEvent('focus'));
    launcher.dispatchEvent(new Event('pointerenter'));
    expect(preconnects()).toBe(1);
    expect(t.fake.requests).toBe(0);
  });

  it('a click loads Crisp, shows progress, opens the chat exactly once when ready, then goes', async () => {
    const { target } = mountLauncher({}, 'manual');
    const launcher = button(target)!;
    launcher.click();
    launcher.click();
    flushSync();
    expect(scriptTags()).toBe(1);
    expect(launcher.getAttribute('aria-busy')).toBe('true');
    expect(launcher.querySelector('.crispkit-spin')).not.toBeNull();
    expect(appCommands(t.fake)).toEqual([]);
    await t.fake.load();
    await settle(t.fake);
    expect(button(target)).toBeNull();
    expect(t.fake.requests).toBe(1);
    expect(appCommands(t.fake)).toEqual([JSON.stringify(['do', 'chat:open'])]);
    expect(t.fake.session.chatOpened).toBe(true);
    expect(document.querySelector('.crispkit-launcher')).toBeNull();
  });

  it('renders the fallback snippet when Crisp is blocked', async () => {
    const { target } = mountLauncher({ fallback: html('<a href="mailto:help@example.com">Email us</a>') });
    button(target)!.click();
    t.fake.fail();
    await settle(t.fake);
    expect(target.querySelector('a')!.textContent).toBe('Email us');
    expect(button(target)).toBeNull();
    expect(appCommands(t.fake)).toEqual([]);
  });

  it('children replace the icon; class and style reach the button', () => {
    const { target } = mountLauncher({ class: 'mine', style: 'right:80px', children: html('<span>Help</span>') });
    const launcher = button(target)!;
    expect([...launcher.classList]).toEqual(['crispkit-launcher', 'mine']);
    expect(launcher.style.right).toBe('80px');
    // The rest of the look comes from the shared stylesheet, not inline.
    expect(getComputedStyle(launcher).position).toBe('fixed');
    expect(launcher.textContent).toBe('Help');
    expect(launcher.querySelector('svg')).toBeNull();
    launcher.click();
    flushSync();
    expect(launcher.getAttribute('aria-busy')).toBe('true');
  });

  it('is not shown once Crisp is already ready (a launcher mounted on a later route)', async () => {
    const tree = $state({ count: 0, child: CrispLauncher, props: {} });
    const { target } = mountWithCrisp(Many, tree, { load: 'eager' });
    await t.fake.load();
    await settle(t.fake);
    const observer = new MutationObserver(() => {});
    observer.observe(target, { childList: true, subtree: true });
    tree.count = 1;
    flushSync();
    const added = observer.takeRecords().flatMap((record) => [...record.addedNodes]);
    observer.disconnect();
    expect(button(target)).toBeNull();
    expect(added.filter((node) => node.nodeName == 'BUTTON')).toEqual([]);
  });
});
