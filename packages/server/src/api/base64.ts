// Basic authentication's base64 with `btoa` (every runtime has it), over UTF-8 so a token with
// characters outside Latin-1 does not throw.

export function basicAuthorization(identifier: string, key: string): string {
  const bytes = new TextEncoder().encode(`${identifier}:${key}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return 'Basic ' + btoa(binary);
}
