// A library user's ESM file: imports each package's published types (dist .d.ts), checked by
// scripts/packaging.mjs with TypeScript 5.x and 6.0, skipLibCheck off.
import { createCrisp, interaction, setSessionData, setUser, type CrispClient, type CrispState } from '@crispkit/core';
import { CrispProvider, useCrisp, useCrispEvent, type CrispProviderProps } from '@crispkit/react';
import { installFakeCrisp, type FakeCrisp } from '@crispkit/testing';
import {
  CrispLauncher,
  crispPlugin,
  useCrispEvent as useVueCrispEvent,
  useCrispSessionData,
  useCrispState,
  type CrispPluginOptions,
} from '@crispkit/vue';
import { createApp, defineComponent, h, ref, type Ref } from 'vue';

export const crisp: CrispClient = createCrisp({
  websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4',
  load: interaction,
});
setUser(crisp, { email: 'ada@example.com' });
setSessionData(crisp, { plan: 'pro', seats: 3 });
export const off: () => void = crisp.on('message:received', (message) => console.log(message.content));
crisp.do('chat:open');
export const state: CrispState = crisp.getState();

export const props: CrispProviderProps = { websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' };
export const provider: typeof CrispProvider = CrispProvider;
export function useHelp(): () => void {
  const client = useCrisp();
  useCrispEvent('message:received', (message) => console.log(message.content));
  return () => client.do('chat:open');
}

export const fake: FakeCrisp = installFakeCrisp();

const token = ref<string | null>(null);
export const vueOptions: CrispPluginOptions = {
  websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4',
  visitor: () => ({ tokenId: token.value, user: token.value ? { email: 'ada@example.com' } : null }),
};
const Help = defineComponent(() => {
  const unread: Readonly<Ref<number>> = useCrispState((state) => state.unreadCount);
  useCrispSessionData(() => ({ unread: unread.value }));
  useVueCrispEvent('message:received', (message) => console.log(message.content));
  return () => [h('p', unread.value), h(CrispLauncher, { label: 'Help' }, { fallback: () => 'Email us' })];
});
createApp(Help).use(crispPlugin(vueOptions)).mount('#root');
