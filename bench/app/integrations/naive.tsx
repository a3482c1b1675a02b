// The "initCrisp on mount" snippet common in blog posts: a mount effect that resets $crisp and
// appends l.js, then pushes commands by hand.
import { useEffect } from 'react';
import { WEBSITE_ID, type Integration } from '../shell';

type Queue = { push(command: unknown[]): void };
const w = window as unknown as { $crisp: Queue; CRISP_WEBSITE_ID: string; CRISP_TOKEN_ID?: string };

const integration: Integration = {
  Wrap({ user, children }) {
    useEffect(() => {
      w.$crisp = [] as unknown[];
      w.CRISP_WEBSITE_ID = WEBSITE_ID;
      const script = document.createElement('script');
      script.src = 'https://client.crisp.chat/l.js';
      script.async = true;
      document.head.appendChild(script);
      w.$crisp.push([
        'set',
        'session:data',
        [
          [
            ['plan', 'pro'],
            ['seats', 3],
          ],
        ],
      ]);
      w.$crisp.push(['on', 'message:received', (message: { content: unknown }) => console.log(message.content)]);
      if (user) w.$crisp.push(['set', 'user:email', [user.email]]);
      // eslint-disable-next-line react-hooks/exhaustive-deps -- the blog-post version runs on mount only
    }, []);
    return children;
  },
  Help: () => (
    <button id="help" onClick={() => w.$crisp.push(['do', 'chat:open'])}>
      Help
    </button>
  ),
  signIn(user) {
    w.CRISP_TOKEN_ID = user.token;
    w.$crisp.push(['do', 'session:reset']);
    w.$crisp.push(['set', 'user:email', [user.email]]);
  },
  signOut() {
    delete w.CRISP_TOKEN_ID;
    w.$crisp.push(['do', 'session:reset']);
  },
};
export default integration;
