// CrispLauncher for keyboard and screen reader users: focus moves into the chat Crisp opens, or
// onto the fallback when Crisp fails; loading and failure are said in a polite live region; the
// offset moves it off the page's content.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CrispLauncher, CrispProvider, type CrispLauncherProps } from '@crispkit/react';
import { WEBSITE_ID, useFake } from './helpers';

// The fake draws its chat (ui: true) as Crisp's client does: #crisp-chatbox, a field named message.
const t = useFake({ mode: 'manual', ui: true });

function App({ load = 'manual', ...props }: CrispLauncherProps & { load?: 'manual' | 'eager' }) {
  return (
    <CrispProvider websiteId={WEBSITE_ID} load={load}>
      <CrispLauncher {...props} />
    </CrispProvider>
  );
}

/** The launcher's live region: polite, without role="status", so that it is not confused with the page's own. */
const liveRegion = () => document.querySelector<HTMLElement>('.crispkit-launcher-status[aria-live="polite"]')!;
const messageField = () => document.getElementById('crisp-chatbox')?.shadowRoot?.querySelector('[name="message"]');
const focused = () => document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;

describe('CrispLauncher, accessibility', () => {
  it("after a click, says it is loading, then moves focus into the opened chat's message field", async () => {
    render(<App />);
    const button = screen.getByRole('button', { name: 'Open chat' });
    const status = liveRegion();
    expect(status.textContent).toBe('');
    button.focus();
    fireEvent.click(button);
    expect(status.textContent).toBe('Loading the chat…');
    await act(() => t.fake.load());
    await act(() => t.fake.settled());
    expect(t.fake.session.chatOpened).toBe(true);
    expect(screen.queryByRole('button', { name: 'Open chat' })).toBeNull();
    await waitFor(() => expect(focused()).toBe(messageField()));
    expect(messageField()).toBeTruthy();
  });

  it('after a click, when Crisp fails, announces it and moves focus onto the fallback link', async () => {
    render(<App fallback={<a href="mailto:help@example.com">Email us</a>} failedText="Chat unavailable." />);
    const button = screen.getByRole('button', { name: 'Open chat' });
    button.focus();
    fireEvent.click(button);
    act(() => t.fake.fail());
    const link = await screen.findByRole('link', { name: 'Email us' });
    expect(liveRegion().textContent).toBe('Chat unavailable.');
    expect(document.activeElement).toBe(link);
  });

  it('announces nothing and moves no focus when Crisp fails before the visitor asked', async () => {
    // Loaded at once (not by the launcher), and blocked.
    render(<App load="eager" fallback={<a href="mailto:help@example.com">Email us</a>} />);
    act(() => t.fake.fail());
    await screen.findByRole('link', { name: 'Email us' });
    expect(liveRegion().textContent).toBe('');
    expect(document.activeElement).toBe(document.body);
  });

  it('the offset moves the launcher through the custom properties its stylesheet reads', () => {
    render(<App offset={{ bottom: 96, right: '1rem' }} />);
    const button = screen.getByRole('button', { name: 'Open chat' });
    expect(button.style.getPropertyValue('--crispkit-launcher-bottom')).toBe('96px');
    expect(button.style.getPropertyValue('--crispkit-launcher-right')).toBe('1rem');
  });
});
