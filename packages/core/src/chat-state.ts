// Chat state in the kit's state (open, unread count, availability): read from Crisp, and kept
// current only while the state has listeners, so nothing stays registered with Crisp otherwise.
import type { CrispState } from './types';
import type { Kit, Page } from './kit';
import { askGet, askIs } from './live';

const CHAT_EVENTS = ['chat:opened', 'chat:closed', 'message:received', 'website:availability:changed'] as const;

export const readChat = (page: Page | undefined): Partial<CrispState> => ({
  chatOpened: !!askIs(page, 'chat:opened'),
  unreadCount: askGet<number>(page, 'chat:unread:count') || 0,
  websiteAvailable: askIs(page, 'website:available') ?? null,
});

/** Re-reads the chat state from Crisp (which has already updated it when its events fire). */
export const syncChat = (kit: Kit): void => {
  if (kit.store.get().status === 'ready') kit.store.set(readChat(kit.page));
};

/** Store hooks: track while someone listens (never under server rendering, where there is no kit). */
export function chatTracking(kit: () => Kit | undefined): { first(): void; last(): void; active(): boolean } {
  let stops: (() => void)[] = [];
  let active = false;
  return {
    first() {
      const current = kit();
      active = true;
      stops = current ? CHAT_EVENTS.map((event) => current.subscribe(event, () => syncChat(current))) : [];
    },
    last() {
      active = false;
      stops.forEach((stop) => stop());
    },
    active: () => active,
  };
}
