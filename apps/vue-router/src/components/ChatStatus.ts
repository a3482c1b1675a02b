// Footer line: what the chat is doing, from the kit's state (updates only when the status changes).
import { defineComponent, h } from 'vue';
import { useCrispStatus } from '@crispkit/vue';
import { crisp } from '../crisp';

const LABELS = {
  idle: 'not loaded yet (loads on your first interaction)',
  loading: 'loading…',
  loaded: 'connecting…',
  ready: 'online',
  failed: 'unavailable, email us instead',
} as const;

export const ChatStatus = defineComponent(() => {
  const status = useCrispStatus();
  return () =>
    h(
      'span',
      { 'data-testid': 'chat-status', 'data-status': status.value },
      `Chat: ${LABELS[status.value]}${crisp.simulated ? ' · simulated Crisp' : ''}`,
    );
});
