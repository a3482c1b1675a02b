// The client under server rendering: no page, so nothing is loaded, sent or tracked, and the
// state stays the initial one (what hydration expects to match).
import type { CrispClient, CrispOptions } from '../contract/types';
import { INITIAL_STATE } from '../contract/initial-state';

const nothing = () => {};

export const createServerClient = ({ websiteId, consent }: CrispOptions): CrispClient => {
  const state = { ...INITIAL_STATE, consent: consent === 'required' ? 'pending' : INITIAL_STATE.consent } as const;
  return {
    websiteId,
    push: nothing,
    do: nothing,
    set: nothing,
    config: nothing,
    on: () => nothing,
    get: () => undefined,
    is: () => undefined,
    load: nothing,
    getState: () => state,
    subscribe: () => nothing,
    destroy: nothing,
  };
};
