// Chat state in the kit's state (open, unread count, availability): read from Crisp, and kept
// current by Crisp's events only while the state has listeners, so nothing stays registered
// with Crisp otherwise.
import type { CrispState } from '../contract/types';
import type { Page } from '../page/page';
import type { On } from '../queue/events';
import type { Store } from './store';
import { askGet, askIs } from '../page/live';

const CHAT_EVENTS = ['chat:opened', 'chat:closed', 'message:received', 'website:availability:changed'] as const;

export const readChat = (page: Page): Partial<CrispState> => ({
  chatOpened: !!askIs(page, 'chat:opened'),
  unreadCount: askGet<number>(page, 'chat:unread:count') || 0,
  websiteAvailable: askIs(page, 'website:available') ?? null,
});

export interface ChatState {
  /** The state; without listeners nothing tracks the chat, so it is read from Crisp now. */
  get(): CrispState;
  /** Subscribes a state listener; the first one starts the tracking and the last one stops it. */
  subscribe(listener: (state: CrispState) => void): () => void;
}

export function createChatState(page: Page, store: Store, on: On): ChatState {
  let listeners = 0;
  let tracking: (() => void)[] = [];
  // Crisp has updated its own state already when its events fire.
  const sync = () => store.get().status === 'ready' && store.set(readChat(page));
  return {
    get() {
      // With listeners the events keep it current, and a read must not notify them (React reads
      // during render).
      if (!listeners) sync();
      return store.get();
    },
    subscribe(listener) {
      const stop = store.subscribe(listener);
      if (!listeners++) tracking = CHAT_EVENTS.map((event) => on(event, sync));
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        stop();
        if (!--listeners) tracking.forEach((release) => release());
      };
    },
  };
}
