// CrispLauncher for keyboard and screen reader users: focus moves into the chat Crisp opens, or
// onto the fallback when Crisp fails; loading and failure are said in a polite live region; the
// offset moves it off the page's content.
import { describe, expect, it } from 'vitest';
import { createRawSnippet, flushSync } from 'svelte';
import { CrispLauncher } from '@crispkit/svelte';
import { mountWithCrisp, settle, useFake } from './helpers';

// The fake draws its chat (ui: true) as Crisp's client does: #crisp-chatbox, a field named message.
const t = useFake({ mode: 'manual', ui: true });

const mountLauncher = (props: Record<string, unknown> = {}, load: 'manual' | 'eager' = 'manual') =>
  mountWithCrisp(CrispLauncher, props, { load });

/** The launcher's live region: polite, without role="status", so that it is not confused with the page's own. */
const LIVE_REGION = '.crispkit-launcher-status[aria-live="polite"]';
const messageField = () => document.getElementById('crisp-chatbox')?.shadowRoot?.querySelector('[name="message"]');
const focused = () => document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;
const emailUs = createRawSnippet(() => ({ render: () => '<a href="mailto:help@example.com">Email us</a>' }));

describe('CrispLauncher, accessibility', () => {
  it("after a click, says it is loading, then moves focus into the opened chat's message field", async () => {
    const { target } = mountLauncher();
    expect(target.querySelector(LIVE_REGION)!.textContent).toBe('');
    const button = target.querySelector('button')!;
    button.focus();
    button.click();
    flushSync();
    expect(target.querySelector(LIVE_REGION)!.textContent).toBe('Loading the chat…');
    await t.fake.load();
    await settle(t.fake);
    expect(t.fake.session.chatOpened).toBe(true);
    expect(target.querySelector('button')).toBeNull();
    await expect.poll(focused).toBe(messageField());
    expect(messageField()).toBeTruthy();
  });

  it('after a click, when Crisp fails, announces it and moves focus onto the fallback link', async () => {
    const { target } = mountLauncher({ failedText: 'Chat unavailable.', fallback: emailUs });
    const button = target.querySelector('button')!;
    button.focus();
    button.click();
    t.fake.fail();
    await settle(t.fake);
    expect(target.querySelector(LIVE_REGION)!.textContent).toBe('Chat unavailable.');
    expect(document.activeElement).toBe(target.querySelector('a'));
  });

  it('announces nothing and moves no focus when Crisp fails before the visitor asked', async () => {
    // Loaded at once (not by the launcher), and blocked.
    const { target } = mountLauncher({ fallback: emailUs }, 'eager');
    t.fake.fail();
    await settle(t.fake);
    expect(target.querySelector('a')!.textContent).toBe('Email us');
    expect(target.querySelector(LIVE_REGION)!.textContent).toBe('');
    expect(document.activeElement).toBe(document.body);
  });

  it('the offset moves the launcher through the custom properties its stylesheet reads', () => {
    const button = mountLauncher({ offset: { bottom: 96, right: '1rem' } }).target.querySelector('button')!;
    expect(button.style.getPropertyValue('--crispkit-launcher-bottom')).toBe('96px');
    expect(button.style.getPropertyValue('--crispkit-launcher-right')).toBe('1rem');
  });
});
