// Chat state in the kit's state (open, unread count, availability): read from Crisp, and kept
// current by Crisp's events only while the state has listeners, so nothing stays registered
// with Crisp otherwise.
import type { CrispState } from '../client/types';
import type { Kit, Page } from '../client/kit';
import { askGet, askIs } from '../queue/live';

const CHAT_EVENTS = ['chat:opened', 'chat:closed', 'message:received', 'website:availability:changed'] as const;

export const readChat = (page: Page): Partial<CrispState> => ({
  chatOpened: !!askIs(page, 'chat:opened'),
  unreadCount: askGet<number>(page, 'chat:unread:count') || 0,
  websiteAvailable: askIs(page, 'website:available') ?? null,
});

/** Re-reads the chat state from Crisp (which has already updated it when its events fire). */
export const syncChat = (kit: Kit): void => {
  if (kit.store.get().status === 'ready') kit.store.set(readChat(kit.page));
};

/** Subscribes a state listener; the first one starts the tracking and the last one stops it. */
export function trackChat(kit: Kit, listener: (state: CrispState) => void): () => void {
  const stop = kit.store.subscribe(listener);
  if (!kit.listeners++) kit.tracking = CHAT_EVENTS.map((event) => kit.on(event, () => syncChat(kit)));
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    stop();
    if (!--kit.listeners) kit.tracking.forEach((release) => release());
  };
}
