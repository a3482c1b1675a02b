// `get` and `is`, including the real client's throw before the session exists.
import type { ClientContext } from './context';
import { copy } from './state';

export function readGet(ctx: ClientContext, key: unknown, arg?: unknown): unknown {
  const { state } = ctx;
  // Measured on v2.7.0 before the session exists: `session:identifier` is null; a `user:*` read
  // throws until the client's init (its session library does not exist yet), then answers null;
  // `session:data` throws (the crash naive wrappers hit).
  if (typeof key === 'string' && state.sessionId === null) {
    if (key === 'session:identifier') return null;
    if (key.startsWith('user:') && ctx.initialised()) return null;
    if (/^(user|session):/.test(key)) throw new TypeError(`Cannot read "${key}": the Crisp session is not loaded yet`);
  }
  switch (key) {
    case 'chat:unread:count':
      return state.unreadCount;
    case 'message:text':
      return state.composerText;
    case 'session:identifier':
      return state.sessionId;
    case 'session:data':
      if (arg === undefined) return copy(state.data);
      return typeof arg === 'string' ? state.data[arg] : undefined;
    case 'user:email':
      return state.user.email;
    case 'user:phone':
      return state.user.phone;
    case 'user:nickname':
      return state.user.nickname;
    case 'user:avatar':
      return state.user.avatar;
    case 'user:company':
      return copy(state.user.company);
    default:
      ctx.refuse(`get: unknown key ${JSON.stringify(key)}`);
      return undefined;
  }
}

export function readIs(ctx: ClientContext, key: unknown): boolean {
  const { state } = ctx;
  switch (key) {
    case 'chat:opened':
      return state.chatOpened;
    case 'chat:closed':
      return !state.chatOpened;
    case 'chat:visible':
      return state.chatVisible;
    case 'chat:hidden':
      return !state.chatVisible;
    // The fake's chatbox is always the small (non full-view) one.
    case 'chat:small':
      return true;
    case 'chat:large':
      return false;
    case 'session:ongoing':
      return state.sessionId !== null && state.messages.some((m) => m.origin !== 'local');
    case 'website:available':
      return state.websiteAvailable;
    default:
      ctx.refuse(`is: unknown key ${JSON.stringify(key)}`);
      return false;
  }
}
