// The Crisp session's lifecycle as the kit sees it: waiting for it and ready.
import type { Kit } from '../client/kit';
import { askGet } from '../queue/live';
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
  const stop = kit.on('session:loaded', (sessionId) => {
    stop();
    markReady(kit, sessionId);
  });
}
