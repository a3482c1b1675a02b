// @crispkit/server/node: Node requests and responses around a Fetch handler, including a body
// that a framework read already (express.raw) and one it parsed (express.json: refused, clearly).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toNodeHandler } from '@crispkit/server/node';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves `handle` on 127.0.0.1 and returns its origin. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(handle);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Echoes what the Fetch side received. */
const echo = async (request: Request) =>
  Response.json(
    {
      method: request.method,
      url: request.url,
      signature: request.headers.get('x-crisp-signature'),
      body: await request.text(),
    },
    { status: 202, headers: { 'x-echo': 'yes' } },
  );

describe('toNodeHandler', () => {
  it('passes method, URL, headers and the raw body, and writes status, headers and body back', async () => {
    const origin = await serve(toNodeHandler(echo));
    const body = '{ "spacing":  "kept" , "ü": 1 }';
    const response = await fetch(origin + '/hook?x=1', {
      method: 'POST',
      body,
      headers: { 'X-Crisp-Signature': 'abc' },
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('x-echo')).toBe('yes');
    expect(await response.json()).toEqual({ method: 'POST', url: origin + '/hook?x=1', signature: 'abc', body });
  });

  it('uses a body a framework already read as bytes (express.raw)', async () => {
    const handle = toNodeHandler(echo);
    const origin = await serve((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        Object.assign(req, { body: Buffer.concat(chunks) });
        void handle(req, res);
      });
    });
    const response = await fetch(origin, { method: 'POST', body: 'raw bytes' });
    expect((await response.json()).body).toBe('raw bytes');
  });

  it('refuses a body a framework already parsed (the raw bytes are gone): 500 and a log saying why', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handle = toNodeHandler(echo);
    const origin = await serve((req, res) => {
      req.resume();
      req.on('end', () => {
        Object.assign(req, { body: { parsed: true } });
        void handle(req, res);
      });
    });
    const response = await fetch(origin, { method: 'POST', body: '{"parsed":true}' });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('internal-error');
    expect(String(logged.mock.calls[0]![0])).toMatch(/already parsed \(express\.json\(\)\?\)/);
    logged.mockRestore();
  });
});
