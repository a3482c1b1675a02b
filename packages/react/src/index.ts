// @crispkit/react: the public entry point. Everything here is thin; the behaviour is the core's.
export { CrispProvider, type CrispProviderProps, type CrispProviderInputs } from './provider';
export { CrispContext, useCrisp } from './context';
export { useCrispState } from './hooks/state';
export { useCrispStatus, useCrispUnreadCount, useCrispChatOpen } from './hooks/selectors';
export { useCrispEvent } from './hooks/event';
export { useCrispSessionData, useCrispSegments } from './hooks/contribute';
export { useCrispHidden } from './hooks/hidden';
// The launcher's framework-agnostic part, by name: a 'use client' entry may not `export *`.
export {
  LAUNCHER_CLASS,
  LAUNCHER_CSS,
  LAUNCHER_ICON_PATH,
  LAUNCHER_SPINNER_CLASS,
  LAUNCHER_SPINNER_PATH,
  LAUNCHER_STATUS_CLASS,
  LAUNCHER_STRINGS,
  focusChatWhenOpen,
  focusFallback,
  launcherAnnouncement,
  launcherOffset,
} from '@crispkit/core';
export { CrispLauncher, type CrispLauncherProps } from './launcher';
// The core, so a React app imports everything from one place: the client factory, the free
// functions (setUser, login, ...) and the types the hooks speak. The same module, not a copy.
// By name, never `export *`: the built file is a 'use client' module, and React Server
// Components bundlers (Next.js's webpack build) refuse `export *` in a client boundary because
// they must know each export's name. test/entry.test.ts fails when a core export is missing here.
export {
  createCrisp,
  INITIAL_STATE,
  REGISTRY_KEY,
  setUser,
  setSessionData,
  setSegments,
  login,
  logout,
  setLocale,
  contribute,
  hideChat,
  setVisitor,
  bindCrisp,
  clientFor,
  grantConsent,
  revokeConsent,
  ready,
  interaction,
  warmUp,
  warmUpOnIntent,
} from '@crispkit/core';
// Types leave no trace in the JavaScript output, so the client boundary never sees this line.
export type * from '@crispkit/core';
