// @crispkit/nuxt: the Nuxt module. It only wires @crispkit/vue into Nuxt: options into the
// public runtime config, the plugin, the auto-imports and the launcher component.
import { addComponent, addImports, addPlugin, addTypeTemplate, createResolver, defineNuxtModule } from '@nuxt/kit';
import type { NuxtModule } from '@nuxt/schema';
import { mergeOptions, type CrispPublicConfig, type ModuleOptions } from './options.js';
import { VUE_COMPONENTS, VUE_COMPOSABLES } from './auto-imports.js';

export type { ModuleOptions, CrispPublicConfig } from './options.js';
export type { CrispAppInputs } from './runtime/inputs.js';

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
    // The app's generated types describe its own values; the module writes its whole shape.
    const config = nuxt.options.runtimeConfig.public as { crisp?: Partial<CrispPublicConfig> };
    config.crisp = mergeOptions(options, config.crisp);

    // The browser gets the live plugin; the server only the inert client, so that components
    // render the initial state and nothing touches a DOM. Both run after the app's own plugins
    // (`enforce: 'post'`), so that a plugin of the app declaring the visitor runs first.
    addPlugin({ src: runtime('plugin.client'), mode: 'client' });
    addPlugin({ src: runtime('plugin.server'), mode: 'server' });

    addImports([
      ...VUE_COMPOSABLES.map((name) => ({ name, from: '@crispkit/vue' })),
      { name: 'useCrispVisitor', from: runtime('visitor') },
    ]);
    for (const name of VUE_COMPONENTS) addComponent({ name, export: name, filePath: '@crispkit/vue' });

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
