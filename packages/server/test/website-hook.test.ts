// verifyWebsiteHook: the unsigned website hooks' `key` query parameter, compared through Web Crypto.
import { describe, expect, it } from 'vitest';
import { parseWebhookEvent, verifyWebsiteHook } from '@crispkit/server';

const KEY = 'k3y-with-symbols+/=';
const at = (query: string) => new Request('https://example.com/hooks/crisp-website' + query, { method: 'POST' });

describe('verifyWebsiteHook', () => {
  it('accepts the right key, URL-encoded as it would be in the hook URL', async () => {
    expect(await verifyWebsiteHook(at('?key=' + encodeURIComponent(KEY)), KEY)).toBe(true);
    expect(await verifyWebsiteHook({ url: 'http://localhost/h?a=1&key=' + encodeURIComponent(KEY) }, KEY)).toBe(true);
  });

  it.each(['', '?key=', '?key=k3y', '?key=' + encodeURIComponent(KEY) + 'x', '?other=' + encodeURIComponent(KEY)])(
    'refuses %s',
    async (query) => {
      expect(await verifyWebsiteHook(at(query), KEY)).toBe(false);
    },
  );

  it('refuses a URL it cannot parse instead of throwing', async () => {
    expect(await verifyWebsiteHook({ url: 'not a url' }, KEY)).toBe(false);
  });

  it('rejects for a missing key: a misconfiguration', async () => {
    await expect(verifyWebsiteHook(at('?key='), '')).rejects.toThrow(
      /verifyWebsiteHook\(request, key\) needs a secret/,
    );
  });

  it('parseWebhookEvent then reads the body', () => {
    const event = parseWebhookEvent('{"website_id":"w","event":"session:set_segments","data":{"segments":["vip"]}}');
    expect(event?.event).toBe('session:set_segments');
    expect(parseWebhookEvent('{}')).toBeNull();
  });
});
