// Typical use written against @crispkit/vue (Vue is the app's, so external): the plugin, the
// visitor's email, session data contributed by a component, a message:received handler and the
// launcher that opens the chat.
import { createApp, defineComponent, h } from 'vue';
import { CrispLauncher, crispPlugin, setUser, useCrisp, useCrispEvent, useCrispSessionData } from '@crispkit/vue';

const Help = defineComponent(function Help() {
  setUser(useCrisp(), { email: 'ada@example.com' });
  useCrispSessionData({ plan: 'pro', seats: 3 });
  useCrispEvent('message:received', (message) => console.log(message.content));
  return () => h(CrispLauncher, null, { default: () => 'Help' });
});

createApp(Help)
  .use(crispPlugin({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' }))
  .mount('#root');
