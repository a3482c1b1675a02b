// provideCrisp: gets the page's client once per provider and binds the app-wide inputs to the core.
import {
  bindCrisp,
  clientFor,
  type CrispBindingOptions,
  type CrispClient,
  type CrispOptions,
  type CrispSessionData,
  type CrispVisitor,
} from '@crispkit/core';
import { CrispKey } from './context.js';
import { setContext } from 'svelte';
import { follow, read, type ValueOrGetter } from './follow.svelte.js';
import { markMounted } from './mounted.js';

/** The live, app-wide inputs, the same in every crispkit binding: each a value or a getter. */
export interface CrispProvideInputs {
  /**
   * Who the visitor is (`tokenId`, `user`, `locale`, `consent`), as the core's `setVisitor` reads
   * it: a token signs in, `null` signs out, `undefined` leaves the session. Pass a getter over
   * your auth state, e.g. `() => ({ tokenId: session.user?.crispToken ?? null })`.
   */
  visitor?: ValueOrGetter<CrispVisitor | null | undefined>;
  /** Session data merged into the session while the provider is mounted; only changed keys are pushed. */
  sessionData?: ValueOrGetter<CrispSessionData | null | undefined>;
  /** Segments added to the session while the provider is mounted; each is pushed once per session. */
  segments?: ValueOrGetter<string[] | null | undefined>;
}

/** Either the core's options (the provider creates, or finds, the page's client) or a client. */
export type CrispProvideOptions = CrispProvideInputs &
  ((CrispOptions & { client?: undefined }) | { client: CrispClient; websiteId?: string | undefined });

/**
 * Called in a component's initialisation (the root layout's script): makes the page's Crisp
 * client available to every component below, and keeps the inputs in sync with Crisp while the
 * component is mounted. The inputs are read from `options` while mounted, so `options` may also
 * be a `$state` object or the component's own `$props()`. Several providers, or the same one
 * mounted again, share the page's one client; the first options win. Returns the client.
 */
export function provideCrisp(options: CrispProvideOptions): CrispClient {
  // The client exists before the children initialise, so their first commands queue on it. On
  // the server this is the core's inert client: nothing is loaded, sent or tracked.
  const client = setContext(CrispKey, clientFor({ ...options, visitor: read(options.visitor) } as CrispBindingOptions));
  // One effect over every input; the order of visitor and data is the core's.
  follow(
    () => ({
      visitor: read(options.visitor),
      sessionData: read(options.sessionData),
      segments: read(options.segments),
    }),
    (first) => {
      // Mounted: components created from now on read the live state from their first render.
      markMounted(client);
      const binding = bindCrisp(client);
      binding.update(first);
      return binding;
    },
  );
  return client;
}
