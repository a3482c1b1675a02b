// Server rendering in plain Node: svelte/server renders the kit without touching window.
// @vitest-environment node
import { expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import SsrPage from './components/SsrPage.svelte';

it('renders the provider, every function and the launcher with no window, once per request, with no warning', () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  // Two requests, two renders: the server keeps no page client between them.
  for (const email of ['ada@example.com', 'grace@example.com']) {
    const { body } = render(SsrPage, { props: { email } });
    expect(body).toContain('<p>status: idle, unread: 0</p>');
    expect(body).toContain('aria-label="Chat with us"');
    expect(body).toContain('aria-busy="false"');
    expect(body).not.toContain(email);
  }
  expect(error).not.toHaveBeenCalled();
  expect(warn).not.toHaveBeenCalled();
});
