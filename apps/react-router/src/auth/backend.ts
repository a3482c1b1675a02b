// A stand-in for the app's backend: accounts, sign-in, and the Crisp token each user gets.
// Kept in sessionStorage so the demo survives reloads in one tab and forgets everything after.
import { fetchIdentitySignature } from './signature';

export interface Account {
  email: string;
  name: string;
  plan: 'free' | 'pro';
  /**
   * The user's Crisp session token. Made by the server, unguessable and stable per user, so the
   * same person finds the same conversation on any device; never an email or a sequential id
   * (anyone could guess those and read someone else's conversation).
   */
  crispTokenId: string;
  /** The email signed by the app's server, for Crisp's identity verification (absent without one). */
  crispSignature?: string;
}

const ACCOUNTS = 'acme.accounts';
const SIGNED_IN = 'acme.signedIn';

const accounts = (): Record<string, Account> =>
  JSON.parse(sessionStorage.getItem(ACCOUNTS) || '{}') as Record<string, Account>;

/** The signed-in account, from the session cookie a real backend would check. */
export function currentAccount(): Account | null {
  const email = sessionStorage.getItem(SIGNED_IN);
  return (email && accounts()[email]) || null;
}

/** Signs in (creating the account on first use, as a demo has no passwords). */
export async function signIn(email: string, name: string): Promise<Account> {
  const all = accounts();
  const key = email.trim().toLowerCase();
  const account: Account = all[key] || {
    email: key,
    name: name.trim() || key.split('@')[0]!,
    plan: 'free',
    crispTokenId: 'acme-' + crypto.randomUUID(),
  };
  // Signed at each sign-in, as a real backend would in its sign-in answer (secrets get rotated).
  account.crispSignature = await fetchIdentitySignature(account.email);
  all[key] = account;
  sessionStorage.setItem(ACCOUNTS, JSON.stringify(all));
  sessionStorage.setItem(SIGNED_IN, key);
  return account;
}

export async function signOut(): Promise<void> {
  sessionStorage.removeItem(SIGNED_IN);
}
