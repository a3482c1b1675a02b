// INITIAL_STATE: the state before anything happened; also what a server render sees.
import type { CrispState } from './types';

export const INITIAL_STATE: CrispState = {
  status: 'idle',
  error: null,
  sessionId: null,
  chatOpened: false,
  unreadCount: 0,
  websiteAvailable: null,
  consent: 'not-required',
};
