// Typical use written against @crispkit/react (React and react-dom are the app's, so external):
// the provider with the visitor and session data, one useCrispEvent, a button calling
// do('chat:open'). The launcher is measured in a row of its own (react-launcher.tsx).
import { createRoot } from 'react-dom/client';
import { CrispProvider, useCrisp, useCrispEvent } from '@crispkit/react';

function Help() {
  const crisp = useCrisp();
  useCrispEvent('message:received', (message) => console.log(message.content));
  return <button onClick={() => crisp.do('chat:open')}>Help</button>;
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
