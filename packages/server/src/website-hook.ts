// Website hooks (as opposed to plugin hooks) carry no signature: Crisp's advice is a secret `key`
// query parameter in the hook's URL, compared here through Web Crypto (see `secretsEqual`).
import { assertSecret, secretsEqual } from './hmac';

/**
 * Resolves true when the request's URL has `?key=<key>`. Compare first, then parse the body with
 * `parseWebhookEvent`. Throws only for a missing `key` argument (a misconfiguration).
 */
export async function verifyWebsiteHook(request: Request | { url: string }, key: string): Promise<boolean> {
  assertSecret(key, 'verifyWebsiteHook(request, key)');
  let given: string | null = null;
  try {
    given = new URL(request.url).searchParams.get('key');
  } catch {
    return false;
  }
  return given !== null && secretsEqual(key, given);
}
