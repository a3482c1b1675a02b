// The common state reads as named composables; module-level selectors keep their identity stable.
import type { Ref } from 'vue';
import type { CrispState, CrispStatus } from '@crispkit/core';
import { useCrispState } from './state';

const status = (s: CrispState) => s.status;
const unread = (s: CrispState) => s.unreadCount;
const opened = (s: CrispState) => s.chatOpened;

/** `'idle' | 'loading' | 'loaded' | 'ready' | 'failed'`; changes only when the status does. */
export const useCrispStatus = (): Readonly<Ref<CrispStatus>> => useCrispState(status);

/** Operator messages not yet seen; changes only when the count does. */
export const useCrispUnreadCount = (): Readonly<Ref<number>> => useCrispState(unread);

/** Whether the chatbox is open; changes only when that does. */
export const useCrispChatOpen = (): Readonly<Ref<boolean>> => useCrispState(opened);
