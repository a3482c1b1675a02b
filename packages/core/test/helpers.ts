// Shared test setup: a fresh page with the fake Crisp for every test.
import { afterEach } from 'vitest';
import { installFakeCrisp, type FakeCrisp, type FakeCrispOptions } from '@crispkit/testing';
import { createCrisp, type CrispOptions } from '@crispkit/core';

export const WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8357bbf4b4';
export const OTHER_ID = '11111111-2222-4333-8444-555555555555';

let fakes: FakeCrisp[] = [];
afterEach(() => {
  fakes.forEach((fake) => fake.uninstall());
  fakes = [];
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

export function fakeCrisp(options?: FakeCrispOptions): FakeCrisp {
  const fake = installFakeCrisp(options);
  fakes.push(fake);
  return fake;
}

export function setup(options: Partial<CrispOptions> = {}, fakeOptions?: FakeCrispOptions) {
  const fake = fakeCrisp(fakeOptions);
  const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'manual', ...options });
  return { fake, crisp };
}

/**
 * Lets the kit release what it gives back a microtask later (Crisp registrations after the last
 * unsubscribe, the store listener `ready()` drops once settled).
 */
export const microtask = (): Promise<void> => Promise.resolve();

export const lTags = () => document.querySelectorAll('script[src*="l.js"]').length;

/** The commands the fake executed, without `on`/`off` of the kit's own bookkeeping. */
export const executed = (fake: FakeCrisp, verb?: string) =>
  fake.commands.filter((c) => (verb ? c[0] === verb : c[0] !== 'on' && c[0] !== 'off'));
