// Whether a provider of this client has mounted: before that, components render what the
// server rendered (the initial state), so that hydration matches; after, the live state.
import type { CrispClient } from '@crispkit/core';

const mounted = new WeakSet<CrispClient>();

export const markMounted = (client: CrispClient): void => void mounted.add(client);

/** False during the first render of the page's tree (hydration, or the first mount). */
export const hasMounted = (client: CrispClient): boolean => mounted.has(client);
