// The signed-in account as Vue state, over the React Router example's stand-in backend.
import { shallowRef } from 'vue';
import {
  currentAccount,
  signIn as backendSignIn,
  signOut as backendSignOut,
  type Account,
} from '../../react-router/src/auth/backend.ts';

/** The signed-in account, or null; read it in getters and templates, it is reactive. */
export const account = shallowRef<Account | null>(currentAccount());

export async function signIn(email: string, name: string): Promise<void> {
  account.value = await backendSignIn(email, name);
}

export async function signOut(): Promise<void> {
  await backendSignOut();
  account.value = null;
}
