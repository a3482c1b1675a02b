// What `crisp: { … }` in nuxt.config and `runtimeConfig.public.crisp` hold, and how they merge.
import type { CrispOptions } from '@crispkit/vue';

/**
 * The core's options as plain data (nuxt.config and the runtime config are serialized): `load`
 * names `interaction` instead of importing it, and `onError` is the `crisp:error` runtime hook.
 */
export interface ModuleOptions extends Omit<CrispOptions, 'load' | 'onError' | 'tokenId' | 'websiteId'> {
  /**
   * Your Crisp website id (a UUID). Empty in the build is allowed when the server gets it at run
   * time: `NUXT_PUBLIC_CRISP_WEBSITE_ID`.
   */
  websiteId?: string;
  /**
   * When `l.js` is requested: `'idle'` (default), `'eager'`, `'manual'` (on `crisp.load()` or a
   * command that opens the chat) or `'interaction'` (the visitor's first pointer, key or scroll).
   */
  load?: 'eager' | 'idle' | 'manual' | 'interaction';
}

/**
 * `runtimeConfig.public.crisp` once the module ran: `websiteId` and `scriptUrl` are always
 * present (empty when not set), so their environment variables work.
 */
export type CrispPublicConfig = ModuleOptions & { websiteId: string; scriptUrl: string };

/**
 * The options of nuxt.config, under what `runtimeConfig.public.crisp` already sets (it wins, key
 * by key; Crisp's own `runtimeConfig` object is merged one level deeper). `websiteId` and
 * `scriptUrl` are always present, so `NUXT_PUBLIC_CRISP_WEBSITE_ID` and
 * `NUXT_PUBLIC_CRISP_SCRIPT_URL` can set them at run time: Nuxt overrides only declared keys.
 */
export function mergeOptions(options: ModuleOptions, runtime: Partial<CrispPublicConfig> = {}): CrispPublicConfig {
  const merged: CrispPublicConfig = { websiteId: '', scriptUrl: '', ...defined(options), ...defined(runtime) };
  if (options.runtimeConfig && runtime.runtimeConfig)
    merged.runtimeConfig = { ...options.runtimeConfig, ...runtime.runtimeConfig };
  return merged;
}

const defined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
