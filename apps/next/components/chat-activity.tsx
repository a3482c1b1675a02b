'use client';
// The kit's status and the operator's messages received on this page, through useCrispEvent
// (subscribed while mounted) and useCrispStatus.
import { useState } from 'react';
import { useCrispEvent, useCrispStatus } from '@crispkit/react';

export function ChatActivity() {
  const status = useCrispStatus();
  const [received, setReceived] = useState(0);
  useCrispEvent('message:received', () => setReceived((count) => count + 1));
  return (
    <p>
      Chat: <span data-testid="chat-status">{status}</span>, messages received:{' '}
      <span data-testid="messages-received">{received}</span>
    </p>
  );
}
