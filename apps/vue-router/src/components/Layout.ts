// The page frame for every route: header navigation, the page, footer, and the chat launcher.
import { defineComponent, h } from 'vue';
import { RouterLink, RouterView, useRoute } from 'vue-router';
import { CrispLauncher, useCrispHidden } from '@crispkit/vue';
import { account } from '../session';
import { SUPPORT_EMAIL } from '../crisp';
import { ChatStatus } from './ChatStatus';
import { SupportLink } from './SupportLink';

const NAV = [
  ['/', 'Home', 'nav-home'],
  ['/pricing', 'Pricing', 'nav-pricing'],
  ['/docs', 'Docs', 'nav-docs'],
  ['/checkout', 'Checkout', 'nav-checkout'],
] as const;

const link = (to: string, testId: string, label: () => string) => h(RouterLink, { to, 'data-testid': testId }, label);

export const Layout = defineComponent(() => {
  const route = useRoute();
  // Routes with `meta: { hideChat: true }` (checkout) hide the chat while they are shown.
  const hideChat = () => route.matched.some((record) => record.meta.hideChat);
  useCrispHidden(hideChat);
  return () =>
    h('div', { class: 'frame' }, [
      h('header', { class: 'header' }, [
        h(RouterLink, { to: '/', class: 'brand', activeClass: '' }, () => '◆ Acme Cloud'),
        h('nav', { class: 'nav' }, [
          ...NAV.map(([to, label, testId]) => link(to, testId, () => label)),
          link('/account', 'nav-account', () => (account.value ? account.value.name : 'Sign in')),
          h(SupportLink),
        ]),
      ]),
      h('main', { class: 'main' }, h(RouterView)),
      h('footer', { class: 'footer' }, [
        h(ChatStatus),
        h('span', ['Or write to ', h('a', { href: `mailto:${SUPPORT_EMAIL}` }, SUPPORT_EMAIL)]),
      ]),
      // Stands in for Crisp's launcher until Crisp is ready; the chat itself is hidden at checkout.
      !hideChat() &&
        h(
          CrispLauncher,
          { label: 'Chat with support' },
          {
            fallback: () =>
              h(
                'a',
                { class: 'mail-fallback', href: `mailto:${SUPPORT_EMAIL}`, 'data-testid': 'chat-fallback' },
                'Email support',
              ),
          },
        ),
    ]);
});
