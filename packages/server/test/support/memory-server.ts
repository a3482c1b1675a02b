// A child process for the memory test (hardening.test.ts): the web-hook handler behind the Node
// adapter, with default options, on a free port. Prints its port and its idle memory; on "report"
// (stdin) prints its peak memory and exits. Bundled from the sources with esbuild by the test.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookHandler } from '@crispkit/server';
import { toNodeHandler } from '@crispkit/server/node';

const hooks = toNodeHandler(createWebhookHandler({ secret: 'plugin-secret', on: {} }));
// A Fetch handler of the app's own that answers without touching the body at all.
const ignoresBody = toNodeHandler(() => new Response('no', { status: 403 }));
const server = createServer((req, res) => (req.url == '/ignores-body' ? ignoresBody(req, res) : hooks(req, res)));
server.listen(0, '127.0.0.1', async () => {
  const port = (server.address() as AddressInfo).port;
  // One ordinary request first, so the idle figure includes what serving costs anyway.
  await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' }).then((r) => r.text());
  (globalThis as { gc?: () => void }).gc?.();
  console.log(JSON.stringify({ port, idle: process.memoryUsage.rss() }));
});
process.stdin.on('data', () => {
  // resourceUsage().maxRSS is the peak resident set since start, in kilobytes.
  console.log(JSON.stringify({ peak: process.resourceUsage().maxRSS * 1024 }));
  process.exit(0);
});
