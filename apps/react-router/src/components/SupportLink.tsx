// Header "Support" button: opens the chat and shows how many operator messages are unread.
import { useCrisp, useCrispUnreadCount } from '@crispkit/react';

export function SupportLink() {
  const client = useCrisp();
  const unread = useCrispUnreadCount();
  return (
    <button type="button" className="link-button" data-testid="open-chat" onClick={() => client.do('chat:open')}>
      Support
      {unread > 0 && (
        <span className="badge" aria-label={`${unread} unread`}>
          {unread}
        </span>
      )}
    </button>
  );
}
