// The web-hook handler behind the Node adapter, attacked over real HTTP on 127.0.0.1: bodies too
// large (declared or streamed), requests refused from their headers before any body is read, slow
// bodies, clients that hang up, the body held once, and the peak memory of a server sent 500 MB
// (measured in a child process, the request streamed from one small buffer).
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCrispApi, createWebhookHandler, isCrispApiError, type WebhookHandlerOptions } from '@crispkit/server';
import { toNodeHandler } from '@crispkit/server/node';
import { MESSAGE_SEND_BODY } from './vectors';

const SECRET = 'plugin-secret';
const AT = 1_700_000_000;
const sign = (timestamp: string, body: string) =>
  createHmac('sha256', SECRET).update(`[${timestamp};${body}]`).digest('hex');
/** A signature of the right shape (64 lowercase hex) that is not Crisp's: it costs an attacker nothing. */
const FAKE_SIGNATURE = 'ab'.repeat(32);

let server: Server | undefined;
afterEach(
  () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      // Kept-alive test connections would otherwise hold close() until the adapter lets them go.
      server.closeAllConnections();
    }),
);

/** Serves the handler through the Node adapter; `handled` resolves when the adapter finished a request. */
async function serve(options: Partial<WebhookHandlerOptions> = {}) {
  const adapter = toNodeHandler(createWebhookHandler({ secret: SECRET, now: () => AT * 1000, on: {}, ...options }));
  const finished: Promise<void>[] = [];
  server = createServer((req, res) => void finished.push(adapter(req, res)));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, finished };
}

interface Sent {
  status: number;
  text: string;
  /** Body bytes the client had written when the answer came. */
  written: number;
  /** Resolves when the connection is closed (the client keeps it open: only the server closes it). */
  closed: Promise<void>;
}

/**
 * A POST whose body is `total` bytes, written chunk by chunk (one reused buffer, never the whole
 * body) until the answer arrives or the body is sent; `chunkEvery` writes a chunk per tick (0) or
 * per that many milliseconds (a slow client). `stopAfter` bytes: the client then sends nothing more.
 */
function post(
  port: number,
  headers: Record<string, string>,
  options: { total: number; chunk?: number; stopAfter?: number; declare?: boolean; path?: string },
): Promise<Sent> {
  const { total, chunk = 64 * 1024, stopAfter = Infinity, declare = true, path = '/hooks/crisp' } = options;
  const piece = Buffer.alloc(chunk, 0x7b);
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered: IncomingMessage | undefined;
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path,
      headers: { ...(declare ? { 'content-length': String(total) } : {}), ...headers },
      // Keep-alive: the client never closes the connection itself.
      agent: new Agent({ keepAlive: true }),
    });
    const closed = new Promise<void>((resolve) =>
      request.once('socket', (socket) => socket.once('close', () => resolve())),
    );
    request.flushHeaders();
    request.on('error', (error: NodeJS.ErrnoException) => {
      // The server cutting the upload short is expected once it answered.
      if (!answered) reject(error);
    });
    request.on('response', (response) => {
      answered = response;
      const at = written;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (data: string) => (text += data));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text, written: at, closed }));
    });
    const pump = () => {
      while (!answered && written < Math.min(total, stopAfter)) {
        const size = Math.min(chunk, total - written);
        written += size;
        if (!request.write(size == chunk ? piece : piece.subarray(0, size))) return void request.once('drain', pump);
      }
      if (!answered && written >= total) request.end();
    };
    pump();
  });
}

const signed = (body = MESSAGE_SEND_BODY) => ({
  'x-crisp-request-timestamp': String(AT),
  'x-crisp-signature': sign(String(AT), body),
});

describe('bounded bodies', () => {
  it('a declared Content-Length over the cap is answered 413 at once, before any byte of the body, and the connection then closed', async () => {
    const { port } = await serve({ maxBodyBytes: 1000 });
    const sent = await post(
      port,
      { 'x-crisp-request-timestamp': String(AT), 'x-crisp-signature': FAKE_SIGNATURE },
      { total: 10_000_000, stopAfter: 0 },
    );
    expect(sent).toMatchObject({ status: 413, text: 'body-too-large', written: 0 });
    await sent.closed;
  });

  it('a streamed body (no Content-Length) is cut off past the cap: 413, the rest not kept', async () => {
    const { port } = await serve({ maxBodyBytes: 100_000 });
    const sent = await post(
      port,
      { 'x-crisp-request-timestamp': String(AT), 'x-crisp-signature': FAKE_SIGNATURE },
      { total: 50_000_000, declare: false },
    );
    expect(sent).toMatchObject({ status: 413, text: 'body-too-large' });
    expect(sent.written).toBeLessThan(50_000_000);
  });

  it('the default cap is 1 MiB: a signed delivery of 1 MiB passes, one byte more is refused', async () => {
    const { port } = await serve({ deliveries: false });
    const padded = (size: number) => {
      const base = JSON.parse(MESSAGE_SEND_BODY) as Record<string, unknown>;
      const bytes = Buffer.byteLength(JSON.stringify({ ...base, padding: '' }));
      return JSON.stringify({ ...base, padding: 'x'.repeat(size - bytes) });
    };
    const fits = padded(1024 * 1024);
    const over = padded(1024 * 1024 + 1);
    const answer = async (body: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body, headers: signed(body) });
      return `${response.status} ${await response.text()}`;
    };
    expect(await answer(fits)).toBe('200 ok');
    expect(await answer(over)).toBe('413 body-too-large');
  });
});

describe('refused from the headers, before the body is read', () => {
  it.each([
    ['missing-signature', { 'x-crisp-request-timestamp': String(AT) }],
    ['missing-timestamp', { 'x-crisp-signature': FAKE_SIGNATURE }],
    ['missing-timestamp', { 'x-crisp-signature': FAKE_SIGNATURE, 'x-crisp-request-timestamp': '12.5' }],
    ['bad-signature', { 'x-crisp-signature': 'not hex', 'x-crisp-request-timestamp': String(AT) }],
    ['bad-signature', { 'x-crisp-signature': FAKE_SIGNATURE.toUpperCase(), 'x-crisp-request-timestamp': String(AT) }],
  ])('401 %s while the client has not sent a byte of its 1 MB body', async (reason, headers) => {
    const { port } = await serve();
    const sent = await post(port, headers, { total: 1_000_000, stopAfter: 0 });
    expect(sent).toMatchObject({ status: 401, text: reason, written: 0 });
  });
});

describe('slow bodies and clients that hang up', () => {
  it('a body slower than bodyTimeoutMs is answered 408 and its connection closed', async () => {
    const { port } = await serve({ bodyTimeoutMs: 200 });
    // One byte, then nothing: Node's own requestTimeout would wait 300 s.
    const sent = await post(port, signed(), { total: MESSAGE_SEND_BODY.length, chunk: 1, stopAfter: 1 });
    expect(sent).toMatchObject({ status: 408, text: 'body-timeout', written: 1 });
    await sent.closed;
  });

  it('a client that hangs up mid-body prints no stack trace', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { port, finished } = await serve();
    await new Promise<void>((resolve) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        headers: { 'content-length': '1000', ...signed() },
      });
      request.on('error', () => undefined);
      request.write('{"website_id":', () => {
        // Hang up once the server is reading: the adapter has started.
        const check = () => (finished.length ? (request.destroy(), resolve()) : setImmediate(check));
        check();
      });
    });
    await Promise.all(finished);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe('the body is held once', () => {
  it('the signature check and the delivery key read the very buffer the body was read into', async () => {
    const subtle = globalThis.crypto.subtle;
    const verify = vi.spyOn(subtle, 'verify');
    const digest = vi.spyOn(subtle, 'digest');
    const handler = createWebhookHandler({ secret: SECRET, now: () => AT * 1000, on: {} });
    const response = await handler(
      new Request('http://localhost/hook', { method: 'POST', body: MESSAGE_SEND_BODY, headers: signed() }),
    );
    expect(response.status).toBe(200);
    const verified = verify.mock.calls.at(-1)![3] as Uint8Array;
    const hashed = digest.mock.calls.at(-1)![1] as Uint8Array;
    verify.mockRestore();
    digest.mockRestore();
    // `[timestamp;body]`, with the hashed body a view into it: no second copy of the body.
    expect(hashed.buffer).toBe(verified.buffer);
    expect(verified.byteLength).toBe(Buffer.byteLength(`[${AT};${MESSAGE_SEND_BODY}]`));
    expect(new TextDecoder().decode(hashed)).toBe(MESSAGE_SEND_BODY);
  });
});

describe('memory under a 500 MB request', () => {
  it('the Node adapter stays under 100 MB above idle, for unsigned and fake-signed 500 MB bodies, declared or streamed, and one a handler ignores', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crispkit-memory-'));
    const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
    await build({
      entryPoints: [here('./support/memory-server.ts')],
      outfile: join(dir, 'server.mjs'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'warning',
      alias: { '@crispkit/server/node': here('../src/node.ts'), '@crispkit/server': here('../src/index.ts') },
    });
    const child = spawn(process.execPath, ['--expose-gc', join(dir, 'server.mjs')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines: Record<string, number>[] = [];
    let buffered = '';
    const line = () =>
      new Promise<Record<string, number>>((resolve) => {
        const poll = () => (lines.length ? resolve(lines.shift()!) : child.stdout.once('data', poll));
        poll();
      });
    child.stdout.setEncoding('utf8').on('data', (data: string) => {
      buffered += data;
      for (let end; (end = buffered.indexOf('\n')) >= 0; buffered = buffered.slice(end + 1))
        lines.push(JSON.parse(buffered.slice(0, end)) as Record<string, number>);
    });
    try {
      const { port, idle } = (await line()) as { port: number; idle: number };
      const total = 500 * 1024 * 1024;
      const fake = { 'x-crisp-request-timestamp': String(AT), 'x-crisp-signature': FAKE_SIGNATURE };
      const answers = [
        await post(port, {}, { total }),
        await post(port, {}, { total, declare: false }),
        await post(port, fake, { total }),
        await post(port, fake, { total, declare: false }),
        // A handler of the app's own that never reads the body: the adapter drops it all the same.
        await post(port, {}, { total, path: '/ignores-body' }),
      ].map((sent) => `${sent.status} ${sent.text}`);
      child.stdin.write('report\n');
      const { peak } = (await line()) as { peak: number };
      const above = Math.round((peak - idle) / 1024 / 1024);
      console.log(
        `peak RSS ${Math.round(peak / 1024 / 1024)} MB, idle ${Math.round(idle / 1024 / 1024)} MB: ${above} MB above idle; answers ${answers.join(', ')}`,
      );
      expect(answers).toEqual([
        '401 missing-signature',
        '401 missing-signature',
        '413 body-too-large',
        '413 body-too-large',
        '403 no',
      ]);
      expect(above).toBeLessThan(100);
    } finally {
      child.kill();
    }
  }, 120_000);
});

describe('the REST client over real HTTP', () => {
  it('does not follow a redirect to another host: the other host receives nothing', async () => {
    const elsewhere: string[] = [];
    const other = createServer((req, res) => {
      elsewhere.push(`${req.method} ${req.url} tier=${String(req.headers['x-crisp-tier'])}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"error":false,"data":{"state":"resolved"}}');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(other.address() as AddressInfo).port}/steal`;
    const { port } = await (async () => {
      server = createServer((_req, res) => res.writeHead(307, { location: target }).end());
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      return { port: (server.address() as AddressInfo).port };
    })();
    try {
      const api = createCrispApi({
        identifier: 'id',
        key: 'key',
        tier: 'plugin',
        websiteId: 'w',
        baseUrl: `http://127.0.0.1:${port}/v1/`,
      });
      const error = await api.conversations.getState({ sessionId: 's' }).catch((caught: unknown) => caught);
      expect(isCrispApiError(error, 'unexpected') && error.status).toBe(307);
      expect(elsewhere).toEqual([]);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
