// The launcher's shared behaviour: what its live region says, its offset, and where focus goes
// when it is gone (into the opened chat, onto the fallback), only when focus was lost.
import { describe, expect, it } from 'vitest';
import {
  LAUNCHER_STRINGS,
  focusChatWhenOpen,
  focusFallback,
  launcherAnnouncement,
  launcherOffset,
} from '@crispkit/core';
import { setup } from './helpers';

/** The fake's chat draws its message field in an open shadow root, as Crisp's client names it. */
const messageField = () => document.getElementById('crisp-chatbox')?.shadowRoot?.querySelector('[name="message"]');
const focused = () => {
  const active = document.activeElement;
  return active?.shadowRoot?.activeElement ?? active;
};

describe('launcherAnnouncement', () => {
  it('says nothing before activation, loading while Crisp loads, failure when it failed, nothing once ready', () => {
    expect(launcherAnnouncement('idle', false)).toBe('');
    expect(launcherAnnouncement('failed', false)).toBe('');
    expect(launcherAnnouncement('idle', true)).toBe(LAUNCHER_STRINGS.loading);
    expect(launcherAnnouncement('loading', true)).toBe(LAUNCHER_STRINGS.loading);
    expect(launcherAnnouncement('loaded', true)).toBe(LAUNCHER_STRINGS.loading);
    expect(launcherAnnouncement('failed', true)).toBe(LAUNCHER_STRINGS.failed);
    expect(launcherAnnouncement('ready', true)).toBe('');
    expect(launcherAnnouncement('failed', true, { loading: 'Chargement…', failed: 'Échec' })).toBe('Échec');
  });
});

describe('launcherOffset', () => {
  it('declares the custom properties the stylesheet reads, pixels for numbers', () => {
    expect(launcherOffset(undefined)).toEqual({});
    expect(launcherOffset({ bottom: 96 })).toEqual({ '--crispkit-launcher-bottom': '96px' });
    expect(launcherOffset({ right: '2rem', bottom: 0 })).toEqual({
      '--crispkit-launcher-right': '2rem',
      '--crispkit-launcher-bottom': '0px',
    });
  });
});

describe('focusChatWhenOpen', () => {
  it("moves lost focus to the chat's message field once Crisp opens the chat", async () => {
    const { crisp, fake } = setup({}, { mode: 'manual', ui: true });
    focusChatWhenOpen(crisp, document);
    crisp.do('chat:open');
    await fake.load();
    expect(fake.session.chatOpened).toBe(true);
    await expect.poll(focused).toBe(messageField());
    expect(messageField()).toBeTruthy();
  });

  it('leaves focus where the visitor put it meanwhile', async () => {
    const { crisp, fake } = setup({}, { mode: 'manual', ui: true });
    const elsewhere = document.body.appendChild(document.createElement('input'));
    focusChatWhenOpen(crisp, document);
    elsewhere.focus();
    crisp.do('chat:open');
    await fake.load();
    expect(fake.session.chatOpened).toBe(true);
    expect(document.activeElement).toBe(elsewhere);
  });

  it('does nothing once cancelled', async () => {
    const { crisp, fake } = setup({}, { mode: 'manual', ui: true });
    focusChatWhenOpen(crisp, document)();
    crisp.do('chat:open');
    await fake.load();
    expect(fake.session.chatOpened).toBe(true);
    expect(document.activeElement).toBe(document.body);
  });
});

describe('focusFallback', () => {
  it('focuses the first focusable element of the fallback when focus was lost, not otherwise', () => {
    const fallback = document.body.appendChild(document.createElement('p'));
    fallback.innerHTML = 'Chat unavailable: <a href="mailto:help@example.com">email us</a>';
    const link = fallback.querySelector('a');
    expect(focusFallback(fallback)).toBe(true);
    expect(document.activeElement).toBe(link);

    const other = document.body.appendChild(document.createElement('button'));
    other.focus();
    expect(focusFallback(fallback)).toBe(false);
    expect(document.activeElement).toBe(other);
  });
});
