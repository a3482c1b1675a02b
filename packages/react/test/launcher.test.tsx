// CrispLauncher: a facade that fetches nothing before interaction and opens the chat once.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CrispLauncher, CrispProvider, interaction, type CrispLauncherProps } from '@crispkit/react';
import type { CrispLoadStrategy } from '@crispkit/core';
import { WEBSITE_ID, appCommands, scriptTags, useFake } from './helpers';

const t = useFake({ mode: 'manual' });

function App({ load = interaction, ...props }: CrispLauncherProps & { load?: CrispLoadStrategy }) {
  return (
    <CrispProvider websiteId={WEBSITE_ID} load={load}>
      <CrispLauncher {...props} />
    </CrispProvider>
  );
}

const preconnects = () => document.querySelectorAll('link[rel=preconnect][href="https://client.crisp.chat"]').length;

describe('CrispLauncher', () => {
  it('is an accessible button and fetches nothing from Crisp before interaction', () => {
    render(<App />);
    const button = screen.getByRole('button', { name: 'Open chat' });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    expect(getComputedStyle(button).position).toBe('fixed');
    expect(t.fake.requests).toBe(0);
    expect(scriptTags()).toBe(0);
    expect(preconnects()).toBe(0);
  });

  it('hover or focus preconnects to Crisp once, and still loads nothing', () => {
    render(<App label="Chat with us" />);
    const button = screen.getByRole('button', { name: 'Chat with us' });
    fireEvent.pointerEnter(button);
    fireEvent.focus(button);
    fireEvent.pointerEnter(button);
    expect(preconnects()).toBe(1);
    expect(t.fake.requests).toBe(0);
  });

  it('a click loads Crisp, shows progress, opens the chat exactly once when ready, then unmounts', async () => {
    render(<App load="manual" />);
    const button = screen.getByRole('button', { name: 'Open chat' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(scriptTags()).toBe(1);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(appCommands(t.fake)).toEqual([]);
    await act(() => t.fake.load());
    await waitFor(() => expect(screen.queryByRole('button')).toBeNull());
    await act(() => t.fake.settled());
    expect(t.fake.requests).toBe(1);
    expect(appCommands(t.fake)).toEqual([JSON.stringify(['do', 'chat:open'])]);
    expect(t.fake.session.chatOpened).toBe(true);
    expect(document.querySelector('.crispkit-launcher')).toBeNull();
  });

  it('renders the fallback when Crisp is blocked', async () => {
    render(<App fallback={<a href="mailto:help@example.com">Email us</a>} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    act(() => t.fake.fail());
    await waitFor(() => expect(screen.getByRole('link', { name: 'Email us' })).toBeTruthy());
    expect(screen.queryByRole('button')).toBeNull();
    expect(appCommands(t.fake)).toEqual([]);
  });

  it('is not shown once Crisp is already ready (a launcher mounted on a later route)', async () => {
    const view = render(
      <CrispProvider websiteId={WEBSITE_ID} load="eager">
        <p>page</p>
      </CrispProvider>,
    );
    await act(() => t.fake.load());
    view.rerender(
      <CrispProvider websiteId={WEBSITE_ID} load="eager">
        <CrispLauncher />
      </CrispProvider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
