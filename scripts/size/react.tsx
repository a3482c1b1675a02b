// Typical use of @crispkit/react, measured by scripts/size.mjs (core included, React excluded):
// a provider with user and session data, one useCrispEvent, one button that opens the chat.
/* @jsxRuntime automatic */
import { createRoot } from 'react-dom/client';
import { CrispProvider, useCrisp, useCrispEvent } from '@crispkit/react';

function HelpButton() {
  const crisp = useCrisp();
  useCrispEvent('message:received', (message) => console.log(message.content));
  return <button onClick={() => crisp.do('chat:open')}>Help</button>;
}

createRoot(document.getElementById('root')!).render(
  <CrispProvider
    websiteId="7598bf86-9ebb-46bc-8d61-be8357bbf4b4"
    user={{ email: 'ada@example.com' }}
    sessionData={{ plan: 'pro', seats: 3 }}
  >
    <HelpButton />
  </CrispProvider>,
);
