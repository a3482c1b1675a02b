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
import { setCrispClient } from './context.js';
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
 * component is mounted. Several providers, or the same one mounted again, share the page's one
 * client; the first options win. Returns the client.
 */
export function provideCrisp(options: CrispProvideOptions): CrispClient {
  const { visitor, sessionData, segments } = options;
  // The client exists before the children initialise, so their first commands queue on it. On
  // the server this is the core's inert client: nothing is loaded, sent or tracked.
  const client = setCrispClient(clientFor({ ...options, visitor: read(visitor) } as CrispBindingOptions));
  // One effect over every input; the order of visitor and data is the core's.
  follow(
    () => ({ visitor: read(visitor), sessionData: read(sessionData), segments: read(segments) }),
    (first) => {
      const binding = bindCrisp(client);
      binding.update(first);
      return binding;
    },
  );
  $effect(() => markMounted(client));
  return client;
}
