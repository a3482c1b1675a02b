// @crispkit/core: the public entry point. `createCrisp` makes the page's client; everything else
// is a separately imported function taking the client first, so an app bundles only what it calls.
export { createCrisp } from './client/create-crisp';
export { INITIAL_STATE } from './contract/initial-state';
export { REGISTRY_KEY } from './page/registry';
export { setUser } from './visitor/set-user';
export { setSessionData } from './visitor/set-session-data';
export { setSegments } from './visitor/set-segments';
export { login, logout, setLocale } from './visitor/identity';
export { contribute } from './visitor/contribute';
export { hideChat } from './visitor/hide-chat';
export { setVisitor } from './visitor/set-visitor';
export { bindCrisp, clientFor } from './binding/bind-crisp';
export { grantConsent, revokeConsent } from './visitor/grant-revoke';
export { ready } from './state/ready';
export { interaction } from './loader/interaction';
export { warmUp, warmUpOnIntent } from './loader/warm-up';
export type * from './contract/types';
export type { CrispBinding, CrispBindingInputs, CrispBindingOptions } from './binding/bind-crisp';
export type * from './protocol/protocol';
export type * from './protocol/messages';
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
  type LauncherOffset,
  type LauncherStrings,
} from './launcher';
