// @crispkit/core: the public entry point. `createCrisp` makes the page's client; everything else
// is a separately imported function taking the client first, so an app bundles only what it calls.
export { createCrisp, INITIAL_STATE } from './create';
export { setUser } from './user';
export { setSessionData } from './session-data';
export { setSegments } from './segments';
export { login, logout, setLocale } from './identity';
export { ready } from './ready';
export { contribute } from './contribute';
export { setVisitor } from './set-visitor';
export { hideChat } from './hide';
export { interaction } from './interaction';
export { grantConsent, revokeConsent } from './consent';
export { warmUp, warmUpOnIntent } from './warm-up';
export { REGISTRY_KEY } from './registry';
export type * from './types';
export type * from './protocol';
export type * from './messages';
