// The browser's plugin: @crispkit/vue's crispPlugin, with the runtime config's options and the
// app-wide inputs useCrispVisitor declares.
import { toValue } from 'vue';
import { defineNuxtPlugin } from 'nuxt/app';
import { crispPlugin, type CrispKitError } from '@crispkit/vue';
import type { CrispPublicConfig } from '../options.js';
import { clientOptions } from './client-options.js';
import { inputsOf } from './inputs.js';

// The hook is declared in the app's generated types (the module's type template), not here.
interface ErrorHook {
  callHook(name: 'crisp:error', error: CrispKitError): Promise<unknown>;
}

export default defineNuxtPlugin({
  name: 'crispkit:client',
  // After the app's own plugins, so that one declaring the visitor (useCrispVisitor) has run
  // when the client is created: a declared consent must make it require consent from the start.
  enforce: 'post',
  setup(nuxtApp) {
    const config = nuxtApp.$config.public.crisp as CrispPublicConfig;
    const inputs = inputsOf(nuxtApp);
    const hooks = nuxtApp.hooks as unknown as ErrorHook;
    nuxtApp.vueApp.use(
      crispPlugin({
        ...clientOptions(config, (error) => void hooks.callHook('crisp:error', error)),
        visitor: () => toValue(inputs.value.visitor),
        sessionData: () => toValue(inputs.value.sessionData),
        segments: () => toValue(inputs.value.segments),
      }),
    );
  },
});
