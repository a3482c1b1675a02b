// crispkit: <CrispProvider> in each layout, declarative identity, loaded on the first interaction.
import { CrispProvider, interaction, useCrisp, useCrispEvent } from '@crispkit/react';
import { WEBSITE_ID, type Integration } from '../shell';

const integration: Integration = {
  Wrap: ({ user, children }) => (
    <CrispProvider
      websiteId={WEBSITE_ID}
      load={interaction}
      tokenId={user ? user.token : null}
      user={user ? { email: user.email } : null}
      sessionData={{ plan: 'pro', seats: 3 }}
    >
      {children}
    </CrispProvider>
  ),
  Help() {
    const crisp = useCrisp();
    useCrispEvent('message:received', (message) => console.log(message.content));
    return (
      <button id="help" onClick={() => crisp.do('chat:open')}>
        Help
      </button>
    );
  },
};
export default integration;
