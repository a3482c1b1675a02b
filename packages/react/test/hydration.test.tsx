// Hydration: the server snapshot is the initial state, so hydrating shows no mismatch.
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { CrispLauncher, CrispProvider, useCrispChatOpen, useCrispStatus, useCrispUnreadCount } from '@crispkit/react';
import { WEBSITE_ID, useFake } from './helpers';

const t = useFake();
let root: Root | undefined;
afterEach(() => act(() => root?.unmount()));

function App() {
  return (
    <CrispProvider websiteId={WEBSITE_ID} load="eager" visitor={{ user: { nickname: 'Ada' } }}>
      <Status />
      <CrispLauncher />
    </CrispProvider>
  );
}
function Status() {
  return (
    <p>
      {useCrispStatus()}/{useCrispUnreadCount()} {String(useCrispChatOpen())}
    </p>
  );
}

it('hydrates server HTML without a mismatch, then shows the live state', async () => {
  // The server: no window at all.
  vi.stubGlobal('window', undefined);
  const html = renderToString(<App />);
  vi.unstubAllGlobals();
  expect(html).toContain('idle');

  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const error = vi.spyOn(console, 'error');
  const recoverable = vi.fn();
  act(() => {
    root = hydrateRoot(container, <App />, { onRecoverableError: recoverable });
  });
  // Crisp started loading during hydration (load="eager"): the live state follows at once.
  expect(screen.getByText('loading/0 false')).toBeTruthy();
  await act(() => t.fake.settled());
  await waitFor(() => expect(screen.getByText('ready/0 false')).toBeTruthy());
  expect(screen.queryByRole('button')).toBeNull();
  expect(recoverable).not.toHaveBeenCalled();
  expect(error).not.toHaveBeenCalled();
  expect(t.fake.requests).toBe(1);
  container.remove();
});
