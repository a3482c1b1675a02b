// Crisp identity verification: the server signs the email the browser will send, so a visitor
// cannot claim someone else's email in the chat.
import { assertSecret, hmacSha256Hex } from './hmac';

/**
 * HMAC-SHA256 of `email` with the website's identity-verification secret, as 64 lowercase hex
 * characters: the `signature` the browser sends with `["set", "user:email", [email, signature]]`.
 * The email is signed exactly as given (no trimming or lowercasing), so pass the very string the
 * page will send. Rejects with a TypeError for a missing secret or a non-string or empty email.
 */
export async function signIdentity(email: string, secret: string): Promise<string> {
  assertSecret(secret, 'signIdentity(email, secret)');
  if (typeof email != 'string' || email === '')
    throw new TypeError(
      `@crispkit/server: signIdentity(email, secret) needs the user's email as a non-empty string, got ${email === '' ? 'an empty string' : email === null ? 'null' : typeof email}`,
    );
  return hmacSha256Hex(secret, email);
}
