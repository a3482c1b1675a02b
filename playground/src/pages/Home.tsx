// Home route: contributes `page` to the session data while shown.
import { useCrisp, useCrispSessionData, useCrispUnreadCount } from '@crispkit/react';
import { DEMO_USER, useSignedIn } from '../lib/demo-user';

export function Home() {
  useCrispSessionData({ page: 'home' });
  const client = useCrisp();
  const unread = useCrispUnreadCount();
  // Only a signed-in visitor is known: an anonymous one gets no "welcome back".
  const signedIn = useSignedIn();
  return (
    <>
      <h3>{signedIn ? `Welcome back, ${DEMO_USER.user.nickname}` : 'Welcome'}</h3>
      <p>
        Every page sets <code>session:data page</code> with <code>useCrispSessionData</code>: moving between tabs pushes
        one small upsert, never a reload and never a second <code>l.js</code>.
      </p>
      <button type="button" className="btn btn-primary" onClick={() => client.do('chat:open')}>
        Ask a question{unread > 0 && <span className="btn-badge">{unread}</span>}
      </button>
    </>
  );
}
