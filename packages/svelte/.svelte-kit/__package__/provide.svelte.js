// provideCrisp: gets the page's client once per provider and binds the app-wide inputs to the core.
import { bindCrisp, clientFor, } from '@crispkit/core';
import { CrispKey } from './context.js';
import { setContext } from 'svelte';
import { follow, read } from './follow.svelte.js';
import { markMounted } from './mounted.js';
/**
 * Called in a component's initialisation (the root layout's script): makes the page's Crisp
 * client available to every component below, and keeps the inputs in sync with Crisp while the
 * component is mounted. The inputs are read from `options` while mounted, so `options` may also
 * be a `$state` object or the component's own `$props()`. Several providers, or the same one
 * mounted again, share the page's one client; the first options win. Returns the client.
 */
export function provideCrisp(options) {
    // The client exists before the children initialise, so their first commands queue on it. On
    // the server this is the core's inert client: nothing is loaded, sent or tracked.
    const client = setContext(CrispKey, clientFor({ ...options, visitor: read(options.visitor) }));
    // One effect over every input; the order of visitor and data is the core's.
    follow(() => ({
        visitor: read(options.visitor),
        sessionData: read(options.sessionData),
        segments: read(options.segments),
    }), (first) => {
        // Mounted: components created from now on read the live state from their first render.
        markMounted(client);
        const binding = bindCrisp(client);
        binding.update(first);
        return binding;
    });
    return client;
}
