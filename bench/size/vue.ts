// Typical use written against @crispkit/vue (Vue is the app's, so external), the same as React's
// row: the plugin with the visitor and session data, one useCrispEvent, a button calling
// do('chat:open'). The launcher is measured in a row of its own (vue-launcher.ts).
import { createApp, defineComponent, h } from 'vue';
import { crispPlugin, useCrisp, useCrispEvent } from '@crispkit/vue';

const Help = defineComponent(() => {
  const crisp = useCrisp();
  useCrispEvent('message:received', (message) => console.log(message.content));
  return () => h('button', { onClick: () => crisp.do('chat:open') }, 'Help');
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
