// react-crisp 0.1.4 as its README shows: a <Crisp> element with token and attributes props;
// events have no API there, so the app pushes the subscription itself.
import { useEffect } from 'react';
import ReactCrispModule from 'react-crisp';
import { WEBSITE_ID, type Integration } from '../shell';

// react-crisp ships a webpack CommonJS bundle; from an ESM app (this package is "type": "module")
// the default import is module.exports itself, whose own `default` is the component.
const Crisp = ((ReactCrispModule as { default?: unknown }).default ?? ReactCrispModule) as typeof ReactCrispModule;

type Queue = { push(command: unknown[]): void };
const w = window as unknown as { $crisp?: Queue };

const integration: Integration = {
  Wrap({ user, children }) {
    useEffect(() => {
      (w.$crisp ||= [] as unknown as Queue).push([
        'on',
        'message:received',
        (message: { content: unknown }) => console.log(message.content),
      ]);
    }, []);
    return (
      <>
        <Crisp
          crispWebsiteId={WEBSITE_ID}
          crispTokenId={user ? user.token : ''}
          attributes={{
            'session:data': [
              [
                ['plan', 'pro'],
                ['seats', 3],
              ],
            ],
            ...(user ? { 'user:email': [user.email] } : {}),
          }}
        />
        {children}
      </>
    );
  },
  Help: () => (
    <button id="help" onClick={() => w.$crisp?.push(['do', 'chat:open'])}>
      Help
    </button>
  ),
};
export default integration;
