// ready(crisp): a promise for the session.
import type { CrispClient, CrispState } from '../contract/types';
import { kitError } from '../report/errors';
import { storePart } from './store';

/** Resolves when the Crisp session is loaded (at once if it is); rejects when loading failed. */
export function ready(crisp: CrispClient): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = ({ status, error }: CrispState) => {
      if (status === 'ready') resolve();
      else if (status === 'failed') reject(kitError('load', 'load ' + error));
      else return;
      // Settled: stop listening (deferred, as the subscription may not exist yet).
      queueMicrotask(() => stop());
    };
    // A one-off wait: it does not start the chat-state tracking that state listeners get.
    const store = storePart.held(crisp);
    const stop = store ? store.subscribe(settle) : crisp.subscribe(settle);
    settle(crisp.getState());
  });
}
