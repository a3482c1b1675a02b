// A small static HTTP server on 127.0.0.1: built apps and fixture pages, SPA fallback, per-path headers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly origin: string;
  /** Every path requested, in order (to prove what a page did or did not fetch). */
  readonly requests: readonly string[];
  /**
   * Extra response headers for paths starting with `prefix` (e.g. a Content-Security-Policy for
   * one fixture). Returns a function that removes them.
   */
  setHeaders(prefix: string, headers: Record<string, string>): () => void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Directories searched in order for a path. */
  roots: string[];
  /** Maps a request path before lookup (the headers still match the original path). */
  rewrite?: (path: string) => string;
  /** For an unknown path without an extension (a client-side route): the page to serve instead. */
  fallback?: (path: string) => string | null;
  /** A server side in front of the files (an app's API): resolves true when it answered the request. */
  handle?: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
}

export async function serveStatic({
  roots,
  rewrite = (p) => p,
  fallback,
  handle,
}: ServeOptions): Promise<StaticServer> {
  const headerRules: { prefix: string; headers: Record<string, string> }[] = [];
  const requests: string[] = [];

  const find = async (path: string): Promise<string | null> => {
    for (const root of roots) {
      const file = normalize(join(root, path));
      if (!file.startsWith(normalize(root + sep)) && file != normalize(root)) continue;
      try {
        const info = await stat(file);
        if (info.isFile()) return file;
        if (info.isDirectory()) {
          const index = join(file, 'index.html');
          if ((await stat(index).catch(() => null))?.isFile()) return index;
        }
      } catch {
        // Not in this root.
      }
    }
    return null;
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    requests.push(path + url.search);
    if (handle && (await handle(req, res))) return;
    let file = await find(rewrite(path));
    const spa = !file && !extname(path) && fallback?.(path);
    if (spa) file = await find(spa);
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    for (const rule of headerRules) if (path.startsWith(rule.prefix)) Object.assign(headers, rule.headers);
    if (!file) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found: ' + path);
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
    res.end(req.method == 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    setHeaders(prefix, headers) {
      const rule = { prefix, headers };
      headerRules.push(rule);
      return () => {
        const i = headerRules.indexOf(rule);
        if (i >= 0) headerRules.splice(i, 1);
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
