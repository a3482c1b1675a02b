// Sending to Crisp: onto the current `$crisp` (the array before load, the live client after),
// never from a client that is no longer the page's, and never throwing into the app.
import type { CrispCommand } from '../protocol/protocol';
import type { CrispOptions } from '../contract/types';
import type { Page } from '../page/page';
import type { Report } from '../report/errors';
import { debugLog } from '../report/debug';
import { textOf } from '../protocol/text-of';

export type Send = (command: CrispCommand) => void;

/** Sends onto the page's `$crisp` while `active()` says this client is still the page's. */
export const createSend =
  (page: Page, options: CrispOptions, report: Report, active: () => boolean): Send =>
  (command) => {
    if (!active()) return;
    if (process.env.NODE_ENV !== 'production' && options.debug) debugLog('command', command);
    try {
      // Never held on to: the live client replaces the array at the hand-over.
      (page.$crisp ||= []).push(command);
    } catch (error) {
      // Crisp's live client throws into the caller what it refuses: reported with its message.
      report(textOf(command[0]) + ' ' + textOf(command[1]), error);
    }
  };
