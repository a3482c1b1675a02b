// crisp-sdk-web as its documentation suggests, configured in a layout effect of the layout.
import { useLayoutEffect } from 'react';
import { Crisp } from 'crisp-sdk-web';
import { WEBSITE_ID, type Integration } from '../shell';

const integration: Integration = {
  Wrap({ children }) {
    useLayoutEffect(() => {
      Crisp.configure(WEBSITE_ID);
      Crisp.session.setData({ plan: 'pro', seats: 3 });
      Crisp.message.onMessageReceived((message: { content: unknown }) => console.log(message.content));
    }, []);
    return children;
  },
  Help: () => (
    <button id="help" onClick={() => Crisp.chat.open()}>
      Help
    </button>
  ),
  signIn(user) {
    Crisp.setTokenId(user.token);
    Crisp.session.reset();
    Crisp.user.setEmail(user.email);
  },
  signOut() {
    Crisp.setTokenId();
    Crisp.session.reset();
  },
};
export default integration;
