// The common state reads as named hooks; module-level selectors keep their identity stable.
import type { CrispState, CrispStatus } from '@crispkit/core';
import { useCrispState } from './state';

const status = (s: CrispState) => s.status;
const unread = (s: CrispState) => s.unreadCount;
const opened = (s: CrispState) => s.chatOpened;

/** `'idle' | 'loading' | 'loaded' | 'ready' | 'failed'`; re-renders only when it changes. */
export const useCrispStatus = (): CrispStatus => useCrispState(status);

/** Operator messages not yet seen; re-renders only when the count changes. */
export const useCrispUnreadCount = (): number => useCrispState(unread);

/** Whether the chatbox is open; re-renders only when that changes. */
export const useCrispChatOpen = (): boolean => useCrispState(opened);
