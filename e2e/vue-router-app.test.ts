// The Vue Router example app (apps/vue-router) in Chromium: the Acme apps' shared browser suite
// (sign-in and sign-out over many navigations, per-page data, checkout hiding the chat, the
// launcher, the signed identity; see support/acme-app.ts).
import { acmeAppSuite } from './support/acme-app';

acmeAppSuite('vue-router');
