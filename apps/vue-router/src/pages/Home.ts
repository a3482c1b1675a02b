// Home page: the product pitch; tells Crisp the visitor is on the home page.
import { defineComponent, h } from 'vue';
import { RouterLink } from 'vue-router';
import { useCrispSessionData } from '@crispkit/vue';

const CARDS = [
  ['Global edge', 'Thirty regions, one command.'],
  ['Zero-downtime deploys', 'Every release rolls out gradually and rolls back by itself.'],
  ['Humans on call', 'Engineers, not scripts, in the support chat.'],
] as const;

export const Home = defineComponent(() => {
  useCrispSessionData({ page: 'home' });
  return () => [
    h('section', { class: 'hero' }, [
      h('h1', 'Deploy in seconds, scale without thinking.'),
      h('p', 'Acme Cloud runs your apps close to your users. Questions? Our team answers in the chat.'),
      h('div', { class: 'actions' }, [
        h(RouterLink, { to: '/pricing', class: 'button' }, () => 'See pricing'),
        h(RouterLink, { to: '/docs', class: 'button secondary' }, () => 'Read the docs'),
      ]),
    ]),
    h(
      'section',
      { class: 'cards' },
      CARDS.map(([title, text]) => h('article', { class: 'card' }, [h('h3', title), h('p', text)])),
    ),
  ];
});
