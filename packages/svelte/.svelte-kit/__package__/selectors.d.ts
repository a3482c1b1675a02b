import type { CrispStatus } from '@crispkit/core';
import { type CrispReadable } from './state.svelte.js';
/** `'idle' | 'loading' | 'loaded' | 'ready' | 'failed'`; changes only when the status does. */
export declare const useCrispStatus: () => CrispReadable<CrispStatus>;
/** Operator messages not yet seen; changes only when the count does. */
export declare const useCrispUnreadCount: () => CrispReadable<number>;
/** Whether the chatbox is open; changes only when that does. */
export declare const useCrispChatOpen: () => CrispReadable<boolean>;
