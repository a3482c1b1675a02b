// The injection key that carries the app's Crisp client, and useCrisp() to read it.
import { inject, type InjectionKey } from 'vue';
import type { CrispClient } from '@crispkit/core';

/**
 * Provided by `crispPlugin`. Holds the client only, never state: state goes through
 * useCrispState, which updates only the components whose selection changed.
 * `inject(CrispKey, null)` is the client or `null`, for code that must work without the plugin.
 */
export const CrispKey: InjectionKey<CrispClient> = Symbol('crispkit');

/** The app's Crisp client (stable identity). Throws when the app has no `crispPlugin`. */
export function useCrisp(): CrispClient {
  const client = inject(CrispKey, null);
  if (!client)
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? "crispkit: useCrisp() and the Crisp composables need the plugin, in a component's setup. Install it before mounting: app.use(crispPlugin({ websiteId: 'your-website-id' })), or with an existing client: app.use(crispPlugin({ client: crisp }))."
        : 'crispkit: no crispPlugin',
    );
  return client;
}
