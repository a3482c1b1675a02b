// The Crisp session's lifecycle as the kit sees it: waiting for it and ready.
import type { Page } from '../page/page';
import type { On } from '../queue/events';
import type { Store } from './store';
import { askGet } from '../page/live';
import { readChat } from './chat-state';

/** The session exists: the state says so, with what Crisp knows of the chat. */
export function markReady(page: Page, store: Store, sessionId?: unknown): void {
  store.set({
    status: 'ready',
    error: null,
    sessionId: (typeof sessionId === 'string' && sessionId) || askGet<string>(page, 'session:identifier') || null,
    ...readChat(page),
  });
}

/** Listens for the next session, once; the registration leaves when it fires. */
export function awaitSession(page: Page, store: Store, on: On): void {
  const stop = on('session:loaded', (sessionId) => {
    stop();
    markReady(page, store, sessionId);
  });
}
