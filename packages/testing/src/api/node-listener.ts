// The fake on Node's `http`: a request listener around the same handling as the fake `fetch`, for
// code under test that talks to a URL rather than taking a `fetch`. Type imports only, so the
// fake still runs where there is no Node.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the fake decided for one request: an answer, or a dropped connection. */
export type Outcome = { response: Response } | { drop: true };

export function nodeListener(
  handle: (request: Request, signal: AbortSignal | undefined) => Promise<Outcome>,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of request) chunks.push(typeof chunk == 'string' ? new TextEncoder().encode(chunk) : chunk);
    const body = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.length;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value == 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const controller = new AbortController();
    response.on('close', () => controller.abort());
    const outcome = await handle(
      new Request(url, { method, headers, body: method == 'GET' || method == 'HEAD' ? undefined : body }),
      controller.signal,
    );
    if ('drop' in outcome) {
      request.socket.destroy();
      return;
    }
    const answer: Record<string, string> = {};
    outcome.response.headers.forEach((value, name) => (answer[name] = value));
    response.writeHead(outcome.response.status, answer);
    response.end(new Uint8Array(await outcome.response.arrayBuffer()));
  };
}
