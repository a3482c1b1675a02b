// @crispkit/react: the public entry point. Everything here is thin; the behaviour is the core's.
export { CrispProvider, type CrispProviderProps, type CrispProviderInputs } from './provider';
export { CrispContext, useCrisp } from './context';
export { useCrispState } from './hooks/state';
export { useCrispStatus, useCrispUnreadCount, useCrispChatOpen } from './hooks/selectors';
export { useCrispEvent } from './hooks/event';
export { useCrispSessionData, useCrispSegments } from './hooks/contribute';
export { useCrispHidden } from './hooks/hidden';
export { CrispLauncher, type CrispLauncherProps } from './launcher';
// The core's factory (for the provider's `client` prop) and the types the hooks speak.
export { createCrisp } from '@crispkit/core';
export type {
  CrispClient,
  CrispEventHandler,
  CrispEventName,
  CrispEvents,
  CrispKitError,
  CrispLoadStrategy,
  CrispMessage,
  CrispOptions,
  CrispSessionData,
  CrispState,
  CrispStatus,
  CrispUser,
} from '@crispkit/core';
