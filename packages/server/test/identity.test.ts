// signIdentity: known answers (OpenSSL and Node's createHmac) and clear errors for misconfiguration.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signIdentity } from '@crispkit/server';
import { IDENTITY_VECTORS } from './vectors';

const nodeHmac = (secret: string, message: string) => createHmac('sha256', secret).update(message).digest('hex');

describe('signIdentity', () => {
  it.each(IDENTITY_VECTORS)('signs $email with the known answer', async ({ email, secret, signature }) => {
    expect(nodeHmac(secret, email)).toBe(signature);
    await expect(signIdentity(email, secret)).resolves.toBe(signature);
  });

  it('answers 64 lowercase hex characters', async () => {
    expect(await signIdentity('grace@example.com', 'another secret')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('signs the email exactly as given: no trimming, no lowercasing', async () => {
    const secret = 's3cr3t';
    const plain = await signIdentity('ada@example.com', secret);
    expect(await signIdentity(' ada@example.com', secret)).not.toBe(plain);
    expect(await signIdentity('ADA@example.com', secret)).not.toBe(plain);
  });

  it.each([undefined, null, '', 42])(
    'rejects a missing secret (%s) with a message that says what to do',
    async (secret) => {
      await expect(signIdentity('ada@example.com', secret as unknown as string)).rejects.toThrow(
        /signIdentity\(email, secret\) needs a secret.*never ship it to the browser/,
      );
    },
  );

  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number'],
    ['', 'an empty string'],
    [{ email: 'ada@example.com' }, 'object'],
  ])('rejects a non-string or empty email (%s)', async (email, named) => {
    const failure = signIdentity(email as unknown as string, 's3cr3t');
    await expect(failure).rejects.toThrow(TypeError);
    await expect(failure).rejects.toThrow(`non-empty string, got ${named}`);
  });
});
