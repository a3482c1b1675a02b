// The README's test example, verbatim (keep the two identical): an app test with the default
// `idle` strategy passes with `await fake.settled()`, without load="eager" or a sleep.
// chat.test.tsx (Vitest, environment jsdom)
import { afterEach, beforeEach, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { CrispProvider } from '@crispkit/react';
import { installFakeCrisp, type FakeCrisp } from '@crispkit/testing';

let fake: FakeCrisp;
beforeEach(() => {
  fake = installFakeCrisp();
});
afterEach(async () => {
  cleanup();
  await Promise.resolve(); // subscriptions are released one microtask after unmount
  fake.uninstall(); // removes the tags, the globals and the kit's page registry
});

it('sends the plan to Crisp', async () => {
  render(
    <CrispProvider websiteId="7598bf86-9ebb-46bc-8d61-be8357bbf4b4" sessionData={{ plan: 'pro' }}>
      <p>My app</p>
    </CrispProvider>,
  );
  expect(fake.requests).toBe(0); // the default strategy waits for the page to be idle
  await act(() => fake.settled()); // idle now: l.js served, client live, session established
  expect(fake.requests).toBe(1);
  expect(fake.session.data).toEqual({ plan: 'pro' });
  expect(fake.errors).toEqual([]); // nothing Crisp would have refused
});
