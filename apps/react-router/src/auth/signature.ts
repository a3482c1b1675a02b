// Crisp identity verification, the browser's half: the app's server signs the user's email
// (HMAC-SHA256 with a secret only the server has) and the page sends it with the email.

const SIGNATURE = /^[0-9a-f]{64}$/;

/**
 * The server's signature for `email` (server/api.ts, `/api/crisp/signature`), or undefined when
 * no server side answers (a static deploy: `vite preview`, a CDN): the email then goes to Crisp
 * unsigned, which Crisp accepts unless the website enforces verification.
 */
export async function fetchIdentitySignature(email: string): Promise<string | undefined> {
  try {
    const response = await fetch('/api/crisp/signature?email=' + encodeURIComponent(email), {
      headers: { accept: 'application/json' },
    });
    // A static host answers unknown paths with index.html: not JSON, so not a signature.
    if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) return undefined;
    const { signature } = (await response.json()) as { signature?: unknown };
    return typeof signature == 'string' && SIGNATURE.test(signature) ? signature : undefined;
  } catch {
    return undefined;
  }
}
