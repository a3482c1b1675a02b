// @crispkit/nuxt: the Nuxt module. It only wires @crispkit/vue into Nuxt: options into the
// public runtime config, the plugin, the auto-imports and the launcher component.
import { addComponent, addImports, addPlugin, addTypeTemplate, createResolver, defineNuxtModule } from '@nuxt/kit';
import type { NuxtModule } from '@nuxt/schema';
import { mergeOptions, type ModuleOptions } from './options';

export type { ModuleOptions, CrispPublicConfig } from './options';
export type { CrispAppInputs } from './runtime/inputs';

/** The composables of @crispkit/vue that Nuxt auto-imports, by their own names. */
export const VUE_COMPOSABLES = [
  'useCrisp',
  'useCrispState',
  'useCrispStatus',
  'useCrispUnreadCount',
  'useCrispChatOpen',
  'useCrispEvent',
  'useCrispSessionData',
  'useCrispSegments',
  'useCrispHidden',
] as const;

const crispModule: NuxtModule<ModuleOptions> = defineNuxtModule<ModuleOptions>({
  meta: {
    name: '@crispkit/nuxt',
    configKey: 'crisp',
    compatibility: { nuxt: '>=4.0.0' },
  },
  defaults: {},
  setup(options, nuxt) {
    const resolver = createResolver(import.meta.url);
    const runtime = (file: string) => resolver.resolve('./runtime', file);
    const config = nuxt.options.runtimeConfig;
    config.public.crisp = mergeOptions(options, config.public.crisp as ModuleOptions | undefined);

    // The browser gets the live plugin; the server only the inert client, so that components
    // render the initial state and nothing touches a DOM. Appended after the app's own plugins,
    // so that a plugin of the app declaring the visitor (useCrispVisitor) runs first.
    addPlugin({ src: runtime('plugin.client'), mode: 'client' }, { append: true });
    addPlugin({ src: runtime('plugin.server'), mode: 'server' }, { append: true });

    addImports([
      ...VUE_COMPOSABLES.map((name) => ({ name, from: '@crispkit/vue' })),
      { name: 'useCrispVisitor', from: runtime('visitor') },
    ]);
    addComponent({ name: 'CrispLauncher', export: 'CrispLauncher', filePath: '@crispkit/vue' });

    // The `crisp:error` runtime hook, typed in the app (the plugin calls it with every error).
    addTypeTemplate({
      filename: 'types/crispkit.d.ts',
      getContents: () =>
        [
          "import type { CrispKitError } from '@crispkit/vue';",
          "declare module '#app' {",
          '  interface RuntimeNuxtHooks {',
          "    'crisp:error': (error: CrispKitError) => void | Promise<void>;",
          '  }',
          '}',
          'export {};',
        ].join('\n'),
    });
  },
});

export default crispModule;
