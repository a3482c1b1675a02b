// Website hooks (as opposed to plugin hooks) carry no signature: Crisp's advice is a secret `key`
// query parameter in the hook's URL, checked here in constant time.
import { equalInConstantTime } from './constant-time';
import { assertSecret } from './hmac';

/**
 * True when the request's URL has `?key=<key>`. Compare first, then parse the body with
 * `parseWebhookEvent`. Throws only for a missing `key` argument (a misconfiguration).
 */
export function verifyWebsiteHook(request: Request | { url: string }, key: string): boolean {
  assertSecret(key, 'verifyWebsiteHook(request, key)');
  let given: string | null = null;
  try {
    given = new URL(request.url).searchParams.get('key');
  } catch {
    return false;
  }
  return given !== null && equalInConstantTime(key, given);
}
