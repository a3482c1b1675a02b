// `@crispkit/server/node`: Node's `http` (and Express, Connect, Vite's dev server) in front of a
// Fetch handler. A separate entry so the runtime-neutral build never mentions Node; it imports
// only Node's types, so it has no runtime import either.
import type { IncomingMessage, ServerResponse } from 'node:http';

type FetchHandler = (request: Request) => Promise<Response> | Response;

/** A request whose body a framework may already have read (Express's `express.raw()` leaves bytes here). */
type NodeRequest = IncomingMessage & { body?: unknown };

/** Stops a request's body stream from queueing what still arrives (set by {@link bodyStream}). */
const abandon = new WeakMap<IncomingMessage, () => void>();

/**
 * The body as a stream that pulls from the Node request only as fast as it is read: a handler that
 * refuses a request from its headers never reads its body, and one that stops at a size cap stops
 * the reading there.
 */
function bodyStream(request: NodeRequest): ReadableStream<Uint8Array> {
  let settled = false;
  // Once the answer is sent, whatever still arrives is dropped rather than queued for nobody.
  abandon.set(request, () => (settled = true));
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        controller.error(error);
      };
      request.on('data', (chunk: Uint8Array | string) => {
        if (settled) return;
        controller.enqueue(typeof chunk == 'string' ? new TextEncoder().encode(chunk) : chunk);
        if ((controller.desiredSize ?? 0) <= 0) request.pause();
      });
      request.once('end', () => {
        if (settled) return;
        settled = true;
        controller.close();
      });
      // A client that hangs up: an error for the reader, never an unhandled 'error' event.
      request.on('error', fail);
      request.once('close', () => {
        if (!request.complete) fail(new Error('@crispkit/server/node: the client closed the request before its end'));
      });
      request.pause();
    },
    pull() {
      request.resume();
    },
    cancel() {
      settled = true;
      request.pause();
    },
  });
}

/** The raw body: what a framework already read as bytes, else the stream itself, read lazily. */
function bodyOf(request: NodeRequest): BodyInit {
  const already = request.body;
  if (typeof already == 'string') return already;
  if (already instanceof Uint8Array) return already as Uint8Array<ArrayBuffer>;
  if (already !== undefined && request.readableEnded)
    throw new Error(
      '@crispkit/server/node: the body was already parsed (express.json()?), so its raw bytes are gone and no signature can be checked; mount the web-hook route before any body parser, or use express.raw({ type: "*/*" }) on it',
    );
  return bodyStream(request);
}

/** A Fetch `Request` for a Node request; the body streams from Node as the handler reads it. */
export async function toFetchRequest(request: NodeRequest): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  const method = request.method ?? 'GET';
  const encrypted = (request.socket as { encrypted?: boolean } | undefined)?.encrypted;
  const url = new URL(request.url ?? '/', `${encrypted ? 'https' : 'http'}://${request.headers.host ?? 'localhost'}`);
  const body = method == 'GET' || method == 'HEAD' ? undefined : bodyOf(request);
  // `duplex: 'half'`: Node's fetch requires it for a streamed request body.
  return new Request(url, { method, headers, body, duplex: 'half' } as RequestInit);
}

/** How long the rest of a refused body is read and dropped before the connection is cut. */
const LINGER_MS = 1000;

/**
 * A body the handler refused (from its headers, over the cap, too slow) is not received: what
 * still comes is dropped as it arrives, for at most {@link LINGER_MS}, then the connection is cut.
 * Closing at once would make the kernel answer the client's next bytes with a reset, which can
 * discard the answer before the client reads it; waiting for the end would let a slow or endless
 * body hold the connection.
 */
function dropRest(request: IncomingMessage): void {
  const timer = setTimeout(() => request.socket?.destroy(), LINGER_MS);
  const done = () => clearTimeout(timer);
  request.once('end', done);
  request.once('close', done);
  abandon.get(request)?.();
  request.resume();
}

/** Writes a Fetch `Response` to a Node response. */
export async function sendFetchResponse(response: Response, to: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const cookies = response.headers.getSetCookie?.() ?? [];
  if (cookies.length) headers['set-cookie'] = cookies;
  to.writeHead(response.status, headers);
  to.end(new Uint8Array(await response.arrayBuffer()));
  if (to.req && !to.req.complete) dropRest(to.req);
}

/**
 * `(req, res) => Promise<void>` for `http.createServer`, Express (`app.post(path, handler)`) or
 * Connect-style middleware stacks, around a Fetch handler such as `createWebhookHandler(...)`.
 * A failure of the adapter itself (a body parser that ate the raw body) answers 500 and is logged;
 * a client that hangs up is not. A body the handler leaves unread closes the connection after the
 * answer.
 */
export function toNodeHandler(
  handler: FetchHandler,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    try {
      await sendFetchResponse(await handler(await toFetchRequest(request)), response);
    } catch (error) {
      // A client that hung up has nothing left to answer: no stack trace for an everyday event.
      if (request.destroyed && !request.complete) return;
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('internal-error');
    }
  };
}
