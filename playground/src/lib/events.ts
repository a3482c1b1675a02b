// Every Crisp event the log listens to, with a one-line meaning. A Record over CrispEventName, so
// an event added to the protocol types is a compile error here until the log covers it.
import type { CrispEventName } from '@crispkit/core';

export const EVENT_INFO: Record<CrispEventName, string> = {
  'session:loaded': 'session established (payload: session id)',
  'chat:initiated': 'first time the visitor opened the chat',
  'chat:opened': 'chatbox opened',
  'chat:closed': 'chatbox closed',
  'message:sent': 'visitor sent a message',
  'message:received': 'operator message arrived',
  'message:compose:sent': 'visitor is typing',
  'message:compose:received': 'operator is typing',
  'user:email:changed': 'visitor edited their email',
  'user:phone:changed': 'visitor edited their phone',
  'user:nickname:changed': 'visitor edited their nickname',
  'user:avatar:changed': 'visitor changed their avatar',
  'website:availability:changed': 'operators went online / away',
  'helpdesk:queried': 'helpdesk search ran',
};

export const EVENT_NAMES = Object.keys(EVENT_INFO) as CrispEventName[];
