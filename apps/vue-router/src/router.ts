// The app's routes; `meta.hideChat` marks the pages where no chat floats over the content.
import { createRouter, createWebHistory } from 'vue-router';
import { Home } from './pages/Home';
import { Pricing } from './pages/Pricing';
import { DocsIndex, DocsLayout, DocsPage } from './pages/Docs';
import { Account } from './pages/Account';
import { Checkout } from './pages/Checkout';
import { NotFound } from './pages/NotFound';

declare module 'vue-router' {
  interface RouteMeta {
    hideChat?: boolean;
  }
}

export const router = createRouter({
  history: createWebHistory(),
  linkActiveClass: 'active',
  routes: [
    { path: '/', component: Home },
    { path: '/pricing', component: Pricing },
    {
      path: '/docs',
      component: DocsLayout,
      children: [
        { path: '', component: DocsIndex },
        { path: ':slug', component: DocsPage },
      ],
    },
    { path: '/account', component: Account },
    { path: '/checkout', component: Checkout, meta: { hideChat: true } },
    { path: '/:unknown(.*)*', component: NotFound },
  ],
});
