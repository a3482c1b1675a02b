// Sending to Crisp: onto the current `$crisp` (the array before load, the live client after),
// never from a client that is no longer the page's, and never throwing into the app.
import type { CrispCommand } from '../protocol/protocol';
import { isActive, type Kit } from '../client/kit';
import { debugLog } from '../client/debug';
import { textOf } from '../client/errors';

export const createSend =
  (kit: Kit) =>
  (command: CrispCommand): void => {
    if (!isActive(kit)) return;
    if (process.env.NODE_ENV !== 'production' && kit.options.debug) debugLog('command', command);
    try {
      // Never held on to: the live client replaces the array at the hand-over.
      (kit.page.$crisp ||= []).push(command);
    } catch (error) {
      // Crisp's live client throws into the caller what it refuses: reported with its message.
      kit.report(textOf(command[0]) + ' ' + textOf(command[1]), error);
    }
  };
