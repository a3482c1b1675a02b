// @crispkit/svelte: the public entry point. Everything here is thin; the behaviour is the core's.
export { default as CrispProvider } from './CrispProvider.svelte';
export { default as CrispLauncher } from './CrispLauncher.svelte';
export { provideCrisp, type CrispProvideOptions, type CrispProvideInputs } from './provide.svelte.js';
export { CrispKey, useCrisp } from './context.js';
export { useCrispState, type CrispReadable } from './state.svelte.js';
export { useCrispStatus, useCrispUnreadCount, useCrispChatOpen } from './selectors.js';
export { useCrispEvent } from './event.js';
export { useCrispSessionData, useCrispSegments } from './contribute.svelte.js';
export { useCrispHidden } from './hidden.svelte.js';
export type { ValueOrGetter } from './follow.svelte.js';
// The core, so a Svelte app imports everything from one place: the client factory, the free
// functions (setUser, login, ...) and the types these functions speak. The same module, not a copy.
export * from '@crispkit/core';
