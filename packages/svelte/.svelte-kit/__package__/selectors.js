import { useCrispState } from './state.svelte.js';
const status = (s) => s.status;
const unread = (s) => s.unreadCount;
const opened = (s) => s.chatOpened;
/** `'idle' | 'loading' | 'loaded' | 'ready' | 'failed'`; changes only when the status does. */
export const useCrispStatus = () => useCrispState(status);
/** Operator messages not yet seen; changes only when the count does. */
export const useCrispUnreadCount = () => useCrispState(unread);
/** Whether the chatbox is open; changes only when that does. */
export const useCrispChatOpen = () => useCrispState(opened);
