// The common state reads as named functions; module-level selectors keep their identity stable.
import type { CrispState, CrispStatus } from '@crispkit/core';
import { useCrispState, type CrispReadable } from './state.svelte.js';

const status = (s: CrispState) => s.status;
const unread = (s: CrispState) => s.unreadCount;
const opened = (s: CrispState) => s.chatOpened;

/** `'idle' | 'loading' | 'loaded' | 'ready' | 'failed'`; changes only when the status does. */
export const useCrispStatus = (): CrispReadable<CrispStatus> => useCrispState(status);

/** Operator messages not yet seen; changes only when the count does. */
export const useCrispUnreadCount = (): CrispReadable<number> => useCrispState(unread);

/** Whether the chatbox is open; changes only when that does. */
export const useCrispChatOpen = (): CrispReadable<boolean> => useCrispState(opened);
