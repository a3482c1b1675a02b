// The signed-in account as Svelte state, over the React Router example's stand-in backend.
import { currentAccount, signIn as backendSignIn, signOut as backendSignOut, type Account } from '$shared/auth/backend';

/** The signed-in account, or null; read `session.account` in getters and markup, it is reactive. */
export const session = $state<{ account: Account | null }>({ account: null });

/**
 * Reads the account the browser kept (sessionStorage). Called once mounted: the server renders
 * the page signed out (it has no storage), and hydration must match what it rendered.
 */
export function restoreAccount(): void {
  session.account = currentAccount();
}

export async function signIn(email: string, name: string): Promise<void> {
  session.account = await backendSignIn(email, name);
}

export async function signOut(): Promise<void> {
  await backendSignOut();
  session.account = null;
}
