// CrispLauncher with load={interaction}: the visitor's pointerdown on the facade itself.
// A file of its own: the core's interaction listeners stay on the window for the page's life,
// so a client from an earlier test in the same file would load too on this pointerdown.
import { expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CrispLauncher, CrispProvider, interaction } from '@crispkit/react';
import { WEBSITE_ID, appCommands, scriptTags, useFake } from './helpers';

const t = useFake({ mode: 'manual' });

function App() {
  return (
    <CrispProvider websiteId={WEBSITE_ID} load={interaction}>
      <CrispLauncher />
    </CrispProvider>
  );
}

it("with load='interaction', the pointerdown before the click starts loading and the button stays for the click", async () => {
  render(<App />);
  const button = screen.getByRole('button', { name: 'Open chat' });
  fireEvent.pointerDown(button);
  expect(scriptTags()).toBe(1);
  expect(screen.getByRole('button', { name: 'Open chat' })).toBe(button);
  fireEvent.click(button);
  await act(() => t.fake.load());
  await waitFor(() => expect(screen.queryByRole('button')).toBeNull());
  expect(t.fake.requests).toBe(1);
  expect(appCommands(t.fake)).toEqual([JSON.stringify(['do', 'chat:open'])]);
});
