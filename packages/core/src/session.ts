// The Crisp session's lifecycle as the kit sees it: waiting for it, ready, and starting anew.
import type { Kit } from './kit';
import { askGet } from './live';
import { readChat } from './chat-state';

/** The session exists: the state says so, with what Crisp knows of the chat. */
export function markReady(kit: Kit, sessionId?: unknown): void {
  kit.loader.ready();
  kit.store.set({
    status: 'ready',
    error: null,
    sessionId: (typeof sessionId === 'string' && sessionId) || askGet<string>(kit.page, 'session:identifier') || null,
    ...readChat(kit.page),
  });
}

/** Listens for the next session, once; the registration leaves when it fires. */
export function awaitSession(kit: Kit): void {
  const stop = kit.subscribe('session:loaded', (sessionId) => {
    stop();
    markReady(kit, sessionId);
  });
}

/**
 * After the kit made Crisp start a new session (or took the old identity out of the queue): it
 * starts empty, so the caches of what was sent are cleared, `identity` sends the new one, and
 * what must hold in every session (mounted contributions) is sent again. The status stays where
 * it is; only the session id is unknown until Crisp reports the new one.
 */
export function newSession(kit: Kit, identity?: () => void): void {
  kit.sent = new Map();
  kit.data = new Map();
  kit.segments = new Set();
  if (kit.store.get().sessionId) {
    kit.store.set({ sessionId: null });
    awaitSession(kit);
  }
  // Identity first, as Crisp expects after a reset, then what mounted components contribute.
  identity?.();
  kit.restarted.forEach((resend) => resend());
}
