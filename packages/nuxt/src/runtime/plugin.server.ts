// The server's plugin: the inert client only, so that components calling the composables render
// the initial state (what the browser hydrates), with nothing watched and no DOM touched.
import { defineNuxtPlugin } from 'nuxt/app';
import { CrispKey, createCrisp } from '@crispkit/vue';
import type { CrispPublicConfig } from '../options.js';
import { clientOptions } from './client-options.js';

export default defineNuxtPlugin({
  name: 'crispkit:server',
  enforce: 'post',
  setup(nuxtApp) {
    const config = nuxtApp.$config.public.crisp as CrispPublicConfig;
    nuxtApp.vueApp.provide(CrispKey, createCrisp(clientOptions(config, undefined)));
  },
});
