// Footer line: what the chat is doing, from the kit's state (re-renders only when the status changes).
import { useCrispStatus } from '@crispkit/react';
import { crisp } from '../crisp';

const LABELS = {
  idle: 'not loaded yet (loads on your first interaction)',
  loading: 'loading…',
  loaded: 'connecting…',
  ready: 'online',
  failed: 'unavailable, email us instead',
} as const;

export function ChatStatus() {
  const status = useCrispStatus();
  return (
    <span data-testid="chat-status" data-status={status}>
      Chat: {LABELS[status]}
      {crisp.simulated && ' · simulated Crisp'}
    </span>
  );
}
