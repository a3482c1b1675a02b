// A stand-in for the app's authentication: the signed-in account in a cookie. A real app keeps a
// signed or encrypted session (Auth.js, iron-session...); this demo's cookie is plain JSON that
// anyone could edit, which is fine for a demo with nothing to protect.
import { cookies } from 'next/headers';

export interface Account {
  email: string;
  name: string;
  plan: 'free' | 'pro';
  /**
   * The user's Crisp session token: made by the server, unguessable, never an email or a
   * sequential id (anyone could guess those and read someone else's conversation). A real backend
   * stores it with the user, so the same person finds the same conversation on any device.
   */
  crispTokenId: string;
}

export const SESSION_COOKIE = 'acme-session';

/** The signed-in account, or null. */
export async function currentAccount(): Promise<Account | null> {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  try {
    const account = JSON.parse(raw) as Partial<Account>;
    return typeof account.email == 'string' && typeof account.crispTokenId == 'string'
      ? {
          email: account.email,
          name: String(account.name ?? ''),
          plan: account.plan == 'pro' ? 'pro' : 'free',
          crispTokenId: account.crispTokenId,
        }
      : null;
  } catch {
    return null;
  }
}
