// React's typical use (react.tsx) with <CrispLauncher> rendered as well: the launcher moves focus
// into the chat or onto the fallback and announces loading and failure.
import { createRoot } from 'react-dom/client';
import { CrispLauncher, CrispProvider, useCrisp, useCrispEvent } from '@crispkit/react';

function Help() {
  const crisp = useCrisp();
  useCrispEvent('message:received', (message) => console.log(message.content));
  return (
    <>
      <button onClick={() => crisp.do('chat:open')}>Help</button>
      <CrispLauncher />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <CrispProvider
    websiteId="7598bf86-9ebb-46bc-8d61-be8357bbf4b4"
    visitor={{ user: { email: 'ada@example.com' } }}
    sessionData={{ plan: 'pro', seats: 3 }}
  >
    <Help />
  </CrispProvider>,
);
