// Sending to Crisp: always onto the current `$crisp` (the array before load, the live object
// after), never from a client that is no longer the page's, and held while consent is revoked.
import type { CrispCommand } from './protocol';
import type { Report } from './errors';
import type { Kit, Page } from './kit';
import { debugLog } from './debug';

interface SendInput {
  page: Page | undefined;
  /** Whether this client is still the page's: a destroyed or replaced one sends nothing. */
  active: () => boolean;
  kit: () => Kit | undefined;
  report: Report;
  debug: boolean | undefined;
}

export function createSend({ page, active, kit, report, debug }: SendInput): (command: CrispCommand) => void {
  return (command) => {
    if (!active()) return;
    // While consent is revoked nothing reaches Crisp's live client: commands wait (see consent.ts).
    const held = kit()?.held;
    if (held) return void held.push(command);
    if (process.env.NODE_ENV !== 'production' && debug) debugLog('command', command);
    try {
      // Holding on to the array would lose every command pushed after the hand-over.
      (page!.$crisp ||= []).push(command);
    } catch (error) {
      report(String(command[1]), error);
    }
  };
}
