// Header "Support" button: opens the chat and shows how many operator messages are unread.
import { defineComponent, h } from 'vue';
import { useCrisp, useCrispUnreadCount } from '@crispkit/vue';

export const SupportLink = defineComponent(() => {
  const client = useCrisp();
  const unread = useCrispUnreadCount();
  return () =>
    h(
      'button',
      { type: 'button', class: 'link-button', 'data-testid': 'open-chat', onClick: () => client.do('chat:open') },
      [
        'Support',
        unread.value > 0 && h('span', { class: 'badge', 'aria-label': `${unread.value} unread` }, unread.value),
      ],
    );
});
