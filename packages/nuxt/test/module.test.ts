// The module inside a real Nuxt (loaded with @nuxt/kit, not built): what it registers.
// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it, vi } from 'vitest';
import { loadNuxt } from '@nuxt/kit';
import type { Component, Nuxt } from '@nuxt/schema';
import * as vue from '@crispkit/vue';
import crispModule from '../src/module';

const fixture = fileURLToPath(new URL('./fixture', import.meta.url));
// Loading Nuxt takes seconds on a busy machine (its config loader, its modules).
vi.setConfig({ testTimeout: 60_000 });
let nuxt: Nuxt | undefined;
afterEach(async () => {
  await nuxt?.close();
  nuxt = undefined;
});

/** Nuxt with the module and `config`, its imports and components as the app would see them. */
async function load(config: Record<string, unknown>) {
  nuxt = await loadNuxt({
    cwd: fixture,
    ready: false,
    overrides: { modules: [crispModule], telemetry: false, devtools: { enabled: false }, ...config },
  });
  await nuxt.ready();
  // What Nuxt's imports and components modules collect when they build the app.
  const imports: { name: string; from: string }[] = [];
  const components: Component[] = [];
  await nuxt.callHook('imports:extend', imports);
  await nuxt.callHook('components:extend', components);
  return { options: nuxt.options, imports, components };
}

it('puts the options in the public runtime config, under what runtimeConfig.public.crisp sets', async () => {
  const { options } = await load({
    crisp: { websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4', load: 'interaction', locale: 'fr' },
    runtimeConfig: { public: { crisp: { locale: 'de' } } },
  });
  expect(options.runtimeConfig.public.crisp).toEqual({
    websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4',
    scriptUrl: '',
    load: 'interaction',
    locale: 'de',
  });
});

it('declares websiteId even when nuxt.config has none, so NUXT_PUBLIC_CRISP_WEBSITE_ID can set it', async () => {
  const { options } = await load({});
  expect(options.runtimeConfig.public.crisp).toEqual({ websiteId: '', scriptUrl: '' });
});

it('installs the live plugin in the browser only; the server gets the inert client', async () => {
  const { options } = await load({ crisp: { websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' } });
  const ours = options.plugins
    .map((plugin) => (typeof plugin == 'string' ? { src: plugin, mode: 'all' } : plugin))
    .filter((plugin) => /nuxt\/src\/runtime\/plugin\./.test(plugin.src));
  expect(ours.map((plugin) => [plugin.src.replace(/.*\/runtime\/(.*)\.ts$/, '$1'), plugin.mode]).sort()).toEqual([
    ['plugin.client', 'client'],
    ['plugin.server', 'server'],
  ]);
});

it('auto-imports the composables and useCrispVisitor, and registers CrispLauncher', async () => {
  const { imports, components } = await load({ crisp: { websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' } });
  const from = Object.fromEntries(imports.map((i) => [i.name, i.from]));
  // Every composable @crispkit/vue exports, by its own name, from the package the app installed.
  const composables = Object.keys(vue).filter((name) => name.startsWith('useCrisp'));
  expect(composables).toContain('useCrispSessionData');
  for (const name of composables) expect(from[name], name).toBe('@crispkit/vue');
  expect(from.useCrispVisitor).toMatch(/runtime\/visitor$/);
  const launcher = components.find((c) => c.pascalName == 'CrispLauncher');
  expect(launcher && { filePath: launcher.filePath, export: launcher.export }).toEqual({
    filePath: '@crispkit/vue',
    export: 'CrispLauncher',
  });
});
