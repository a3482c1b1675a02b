// Vue's typical use (vue.ts) with <CrispLauncher> rendered as well: the launcher moves focus into
// the chat or onto the fallback and announces loading and failure.
import { createApp, defineComponent, h } from 'vue';
import { CrispLauncher, crispPlugin, useCrisp, useCrispEvent } from '@crispkit/vue';

const Help = defineComponent(() => {
  const crisp = useCrisp();
  useCrispEvent('message:received', (message) => console.log(message.content));
  return () => [h('button', { onClick: () => crisp.do('chat:open') }, 'Help'), h(CrispLauncher)];
});

createApp(Help)
  .use(
    crispPlugin({
      websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4',
      visitor: { user: { email: 'ada@example.com' } },
      sessionData: { plan: 'pro', seats: 3 },
    }),
  )
  .mount('#root');
