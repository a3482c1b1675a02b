// Fallback for unknown URLs.
import { defineComponent, h } from 'vue';
import { RouterLink } from 'vue-router';

export const NotFound = defineComponent(() => () => [
  h('h1', 'Page not found'),
  h(
    'p',
    h(RouterLink, { to: '/' }, () => 'Back to the home page'),
  ),
]);
