// From the public runtime config (plain data) to the options of @crispkit/vue's plugin.
import { interaction, type CrispOptions } from '@crispkit/vue';
import type { CrispPublicConfig } from '../options.js';

/**
 * The core's options for `config`: `'interaction'` becomes the core's trigger, and empty strings
 * (a key declared for its environment variable but not set) are left out. Throws, saying where to
 * set it, when there is no website id.
 */
export function clientOptions(config: CrispPublicConfig, onError: CrispOptions['onError']): CrispOptions {
  const { load, ...rest } = config;
  const options = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== '' && value !== undefined && value !== null),
  ) as unknown as Omit<CrispOptions, 'load'>;
  if (!options.websiteId)
    throw new Error(
      '@crispkit/nuxt: no Crisp website id. Set crisp.websiteId in nuxt.config, or NUXT_PUBLIC_CRISP_WEBSITE_ID when the server starts.',
    );
  return { ...options, ...(load && { load: load == 'interaction' ? interaction : load }), onError };
}
