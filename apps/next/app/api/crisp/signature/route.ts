// GET /api/crisp/signature: the signed-in user's email and its signature, for a client that
// needs them after the page was served (the root layout already signs on the server). Signs the
// email of the user the session cookie names, never an email the browser asks about.
import { identitySignature } from '@/lib/crisp-server';
import { currentAccount } from '@/lib/session';

export async function GET(): Promise<Response> {
  const account = await currentAccount();
  if (!account) return Response.json({ error: 'signed-out' }, { status: 401 });
  const signature = await identitySignature(account.email);
  if (!signature) return Response.json({ error: 'no-identity-secret' }, { status: 503 });
  return Response.json({ email: account.email, signature }, { headers: { 'cache-control': 'no-store' } });
}
