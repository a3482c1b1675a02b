// Shared test setup: a fresh fake Crisp per test and readable views of what Crisp executed.
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { installFakeCrisp, type FakeCrisp, type FakeCrispOptions } from '@crispkit/testing';

export const WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8357bbf4b4';

/** Installs a fake before each test and removes it (and the kit's page registry) after. */
export function useFake(options?: FakeCrispOptions): {
  readonly fake: FakeCrisp;
} {
  const box = {} as { fake: FakeCrisp };
  beforeEach(() => {
    box.fake = installFakeCrisp(options);
  });
  afterEach(async () => {
    cleanup();
    // Released subscriptions leave on a microtask; let them reach this test's page, not the next.
    await Promise.resolve();
    box.fake.uninstall();
    document.head.querySelectorAll('link[rel=preconnect]').forEach((link) => link.remove());
  });
  return box;
}

/** Commands Crisp executed, as comparable strings (`on` shown by event name only). */
export const executed = (fake: FakeCrisp): string[] =>
  fake.commands.map((c) => (c[0] == 'on' ? 'on ' + String(c[1]) : JSON.stringify(c)));

/** The commands an app caused (not the kit's own event registrations). */
export const appCommands = (fake: Pick<FakeCrisp, 'commands'>): string[] =>
  fake.commands.filter((c) => c[0] != 'on' && c[0] != 'off').map((c) => JSON.stringify(c));

/** `l.js` tags on the page. */
export const scriptTags = (): number => document.querySelectorAll('script[src*="l.js"]').length;

/**
 * Asserts that rendering `ui` throws `pattern`, without the noise React prints for an error it
 * expects: React 18 in development re-throws render errors through a window `error` event, which
 * jsdom reports as a raw stack trace unless the event is cancelled, and both versions log it.
 */
export function expectRenderToThrow(ui: ReactElement, pattern: RegExp): void {
  const quiet = (event: ErrorEvent) => event.preventDefault();
  window.addEventListener('error', quiet);
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    expect(() => render(ui)).toThrow(pattern);
  } finally {
    error.mockRestore();
    window.removeEventListener('error', quiet);
  }
}
