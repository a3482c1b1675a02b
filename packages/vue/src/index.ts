// @crispkit/vue: the public entry point. Everything here is thin; the behaviour is the core's.
export { crispPlugin, type CrispPluginOptions, type CrispPluginInputs } from './plugin';
export { CrispKey, useCrisp } from './injection';
export { useCrispState } from './composables/state';
export { useCrispStatus, useCrispUnreadCount, useCrispChatOpen } from './composables/selectors';
export { useCrispEvent } from './composables/event';
export { useCrispSessionData, useCrispSegments } from './composables/contribute';
export { useCrispHidden } from './composables/hidden';
export { useCrispTool } from './composables/tool';
export { CrispLauncher, type CrispLauncherProps, type CrispLauncherSlots } from './launcher';
// The core, so a Vue app imports everything from one place: the client factory, the free
// functions (setUser, login, ...) and the types the composables speak. The same module, not a copy.
export * from '@crispkit/core';
