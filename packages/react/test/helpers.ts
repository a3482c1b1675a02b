// Shared test setup: a fresh fake Crisp per test and readable views of what Crisp executed.
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
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
