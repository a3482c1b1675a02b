// The signed-in account: kept in a cookie, so that the server renders the same header as the
// browser (no hydration mismatch), over the React Router example's stand-in backend.
import {
  signIn as backendSignIn,
  signOut as backendSignOut,
  type Account,
} from '../../../react-router/src/auth/backend';

export type { Account };

export function useSession() {
  const cookie = useCookie<Account | null>('acme.account', { default: () => null, sameSite: 'lax' });
  // One state for every component of the request (server) or the page (browser).
  const account = useState<Account | null>('acme.account', () => cookie.value);
  return {
    account,
    async signIn(email: string, name: string): Promise<void> {
      account.value = cookie.value = await backendSignIn(email, name);
    },
    async signOut(): Promise<void> {
      await backendSignOut();
      account.value = cookie.value = null;
    },
  };
}
