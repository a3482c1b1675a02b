// Typical use written against @crispkit/vue (Vue is the app's, so external): the plugin with the
// visitor and session data, one useCrispEvent, the launcher, a button calling do('chat:open').
import { createApp, defineComponent, h } from 'vue';
import { CrispLauncher, crispPlugin, useCrisp, useCrispEvent, useCrispSessionData } from '@crispkit/vue';

const Help = defineComponent(() => {
  const crisp = useCrisp();
  useCrispSessionData({ page: 'help' });
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
