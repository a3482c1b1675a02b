// The demo account behind the Login button, and where the signed-in state survives a reload.
import type { CrispUser } from '@crispkit/core';
import { createExternalStore, useExternalStore } from './external-store';

export interface DemoUser {
  /** Stands for the unguessable token your backend would issue; never an email or a row id. */
  tokenId: string;
  user: CrispUser;
  data: Record<string, string | number | boolean>;
  segments: string[];
}

export const DEMO_USER: DemoUser = {
  tokenId: 'tok_3f9c2a7e-demo-ada',
  user: { email: 'ada@example.com', nickname: 'Ada Lovelace' },
  data: { plan: 'pro', seats: 3 },
  segments: ['customer'],
};

// sessionStorage: a strategy or fault change reloads the page, and the demo should stay signed in.
const KEY = 'crispkit-playground:signed-in';

export const wasSignedIn = (): boolean => sessionStorage.getItem(KEY) === '1';

// A store rather than App state: the demo app's pages greet the visitor too, far down the tree.
const signedInStore = createExternalStore(wasSignedIn());

export const rememberSignedIn = (signedIn: boolean): void => {
  if (signedIn) sessionStorage.setItem(KEY, '1');
  else sessionStorage.removeItem(KEY);
  signedInStore.set(signedIn);
};

/** Whether the demo user is signed in, re-rendering on login and logout. */
export const useSignedIn = (): boolean => useExternalStore(signedInStore);
