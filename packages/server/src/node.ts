// `@crispkit/server/node`: Node's `http` (and Express, Connect, Vite's dev server) in front of a
// Fetch handler. A separate entry so the runtime-neutral build never mentions Node; it imports
// only Node's types, so it has no runtime import either.
import type { IncomingMessage, ServerResponse } from 'node:http';

type FetchHandler = (request: Request) => Promise<Response> | Response;

/** A request whose body a framework may already have read (Express's `express.raw()` leaves bytes here). */
type NodeRequest = IncomingMessage & { body?: unknown };

/** The raw body: what a framework already read as bytes, else the stream itself. */
async function readBody(request: NodeRequest): Promise<Uint8Array<ArrayBuffer>> {
  const already = request.body;
  if (typeof already == 'string') return new TextEncoder().encode(already);
  if (already instanceof Uint8Array) return new Uint8Array(already);
  if (already !== undefined && request.readableEnded)
    throw new Error(
      '@crispkit/server/node: the body was already parsed (express.json()?), so its raw bytes are gone and no signature can be checked; mount the web-hook route before any body parser, or use express.raw({ type: "*/*" }) on it',
    );
  const chunks: Uint8Array[] = [];
  for await (const chunk of request) chunks.push(typeof chunk == 'string' ? new TextEncoder().encode(chunk) : chunk);
  const body = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/** A Fetch `Request` for a Node request (the body read in full: web hooks are small). */
export async function toFetchRequest(request: NodeRequest): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  const method = request.method ?? 'GET';
  const encrypted = (request.socket as { encrypted?: boolean } | undefined)?.encrypted;
  const url = new URL(request.url ?? '/', `${encrypted ? 'https' : 'http'}://${request.headers.host ?? 'localhost'}`);
  const body = method == 'GET' || method == 'HEAD' ? undefined : await readBody(request);
  return new Request(url, { method, headers, body });
}

/** Writes a Fetch `Response` to a Node response. */
export async function sendFetchResponse(response: Response, to: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const cookies = response.headers.getSetCookie?.() ?? [];
  if (cookies.length) headers['set-cookie'] = cookies;
  to.writeHead(response.status, headers);
  to.end(new Uint8Array(await response.arrayBuffer()));
}

/**
 * `(req, res) => Promise<void>` for `http.createServer`, Express (`app.post(path, handler)`) or
 * Connect-style middleware stacks, around a Fetch handler such as `createWebhookHandler(...)`.
 * A failure of the adapter itself (a body parser that ate the raw body) answers 500 and is logged.
 */
export function toNodeHandler(
  handler: FetchHandler,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    try {
      await sendFetchResponse(await handler(await toFetchRequest(request)), response);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('internal-error');
    }
  };
}
