'use server';
// Sign-in and sign-out as Server Actions: the cookie changes, the layout renders again with the
// new account, and <CrispProvider> receives the new visitor without a page load (one l.js).
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE, type Account } from '@/lib/session';

export async function signIn(form: FormData): Promise<void> {
  const email = String(form.get('email') ?? '')
    .trim()
    .toLowerCase();
  if (!email.includes('@')) redirect('/account?error=email');
  const name = String(form.get('name') ?? '').trim() || email.split('@')[0]!;
  const account: Account = {
    email,
    name,
    plan: email.endsWith('@example.com') ? 'pro' : 'free',
    crispTokenId: 'acme-' + crypto.randomUUID(),
  };
  (await cookies()).set(SESSION_COOKIE, JSON.stringify(account), { httpOnly: true, sameSite: 'lax', path: '/' });
  redirect('/account');
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
  redirect('/account');
}
