// @crispkit/react: the public entry point. Everything here is thin; the behaviour is the core's.
export { CrispProvider, type CrispProviderProps, type CrispProviderInputs } from './provider';
export { CrispContext, useCrisp } from './context';
export { useCrispState } from './hooks/state';
export { useCrispStatus, useCrispUnreadCount, useCrispChatOpen } from './hooks/selectors';
export { useCrispEvent } from './hooks/event';
export { useCrispSessionData, useCrispSegments } from './hooks/contribute';
export { useCrispHidden } from './hooks/hidden';
export { useCrispTool } from './hooks/tool';
export { CrispLauncher, type CrispLauncherProps } from './launcher';
// The core, so a React app imports everything from one place: the client factory, the free
// functions (setUser, login, ...) and the types the hooks speak. The same module, not a copy.
export * from '@crispkit/core';
