// Consent, owned here alone: its status (in the state), the page-wide revoked flag, the app's
// commands held back meanwhile and the load asked for meanwhile.
import type { CrispCommand } from '../protocol/protocol';
import type { Store } from '../state/store';
import { registry } from '../page/registry';

export interface Consent {
  /**
   * Whether consent keeps the visitor away from Crisp: it is pending (not given yet) or revoked.
   * Nothing of theirs is sent then, not even to the queue, since a Crisp the page already had may
   * be reading it; nothing of Crisp is loaded either.
   */
  withheld(): boolean;
  revoked(): boolean;
  /** Pending or revoked becomes granted; false when there was nothing to grant. */
  grant(): boolean;
  /** Becomes revoked, page-wide (a later client starts revoked); false when it was already. */
  revoke(): boolean;
  /** Keeps one of the app's own commands until the grant. */
  hold(command: CrispCommand): void;
  /** Sends the held commands in order, once consent is granted. */
  release(send: (command: CrispCommand) => void): void;
  /** A load was asked for while withheld (`chat:open`, `crisp.load()`). */
  deferLoad(): void;
  /** Whether a load was deferred; asking takes it. */
  takeDeferredLoad(): boolean;
}

/** The consent of a new client: revoked when it was on this page, pending when `required`. */
export function createConsent(store: Store, required: boolean): Consent {
  const status = () => store.get().consent;
  const held: CrispCommand[] = [];
  let deferred = false;
  const set = (revoked: boolean) => {
    store.set({ consent: revoked ? 'revoked' : 'granted' });
    registry().revoked = revoked;
  };
  store.set({ consent: registry().revoked ? 'revoked' : required ? 'pending' : 'not-required' });
  const consent: Consent = {
    withheld: () => /^(pending|revoked)$/.test(status()),
    revoked: () => status() === 'revoked',
    grant: () => consent.withheld() && (set(false), true),
    revoke: () => !consent.revoked() && (set(true), true),
    hold: (command) => void held.push(command),
    release: (send) => void (status() === 'granted' && held.splice(0).forEach(send)),
    deferLoad: () => void (deferred = true),
    takeDeferredLoad: () => deferred && !(deferred = false),
  };
  return consent;
}
