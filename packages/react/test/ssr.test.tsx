// Server rendering in plain Node: react-dom/server renders the kit without touching window.
// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { expect, it, vi } from 'vitest';
import {
  CrispLauncher,
  CrispProvider,
  useCrispEvent,
  useCrispHidden,
  useCrispSessionData,
  useCrispStatus,
} from '@crispkit/react';

const WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8357bbf4b4';

function Page() {
  useCrispEvent('message:received', () => {});
  useCrispHidden(false);
  useCrispSessionData({ page: 'home' });
  return <p>status: {useCrispStatus()}</p>;
}

it('renders provider, hooks and launcher with no window and no warning', () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  const html = renderToString(
    <CrispProvider
      websiteId={WEBSITE_ID}
      load="eager"
      visitor={{ tokenId: 'tok_1', user: { email: 'ada@example.com' } }}
      sessionData={{ plan: 'pro' }}
    >
      <Page />
      <CrispLauncher label="Chat with us" />
    </CrispProvider>,
  );
  expect(html).toContain('status: <!-- -->idle');
  expect(html).toContain('aria-label="Chat with us"');
  expect(error).not.toHaveBeenCalled();
  expect(warn).not.toHaveBeenCalled();
});
