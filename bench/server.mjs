// @crispkit/server's web-hook handler on one Node process: deliveries per second and latency of
// verify + de-duplicate (headers, bounded body read, HMAC check, SHA-256 delivery key, the claim
// and the completion in the delivery log; the event's own handler does nothing), with the
// in-memory log and with the Redis log over node-redis and ioredis against a local redis-server
// (Debian's, started here on a free port, no persistence). Built files (dist), as an app runs them.
// `node bench/server.mjs` prints the table alone; bench/run.mjs includes it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const SERVER_BENCH = { deliveries: 4000, concurrency: 16, warmup: 500 };

const dist = new URL('../packages/server/dist/', import.meta.url);
// The Redis clients are the server package's dev dependencies.
const requireFromServer = createRequire(new URL('../packages/server/package.json', import.meta.url));

const SECRET = 'bench-secret';

/** `count` distinct deliveries, signed beforehand so that signing is not measured. */
async function deliveries(server, count, tag) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const list = [];
  for (let i = 0; i < count; i++) {
    const body = JSON.stringify({
      website_id: 'bench-website',
      event: 'message:send',
      data: {
        website_id: 'bench-website',
        session_id: `session_${tag}_${i}`,
        type: 'text',
        from: 'user',
        origin: 'chat',
        content: 'Hello, is the order on its way?',
        fingerprint: i,
        timestamp: Date.now(),
      },
      timestamp: Date.now(),
    });
    list.push({ body, timestamp, signature: await server.signWebhook(body, timestamp, SECRET) });
  }
  return list;
}

/** Runs every delivery through `handler`, `concurrency` at a time; resolves the per-call latencies and the wall time. */
async function drive(handler, list, concurrency) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < list.length) {
        const { body, timestamp, signature } = list[next++];
        const request = new Request('http://bench.local/hooks/crisp', {
          method: 'POST',
          body,
          headers: { 'x-crisp-request-timestamp': timestamp, 'x-crisp-signature': signature },
        });
        const at = performance.now();
        const response = await handler(request);
        latencies.push(performance.now() - at);
        if (response.status != 200) failures++;
        await response.arrayBuffer();
      }
    }),
  );
  return { latencies, wall: performance.now() - started, failures };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(server, name, deliveryLog, tag) {
  const handler = server.createWebhookHandler({
    secret: SECRET,
    on: { 'message:send': () => undefined },
    ...(deliveryLog ? { deliveries: deliveryLog } : {}),
  });
  await drive(handler, await deliveries(server, SERVER_BENCH.warmup, `${tag}-warmup`), SERVER_BENCH.concurrency);
  const list = await deliveries(server, SERVER_BENCH.deliveries, tag);
  const { latencies, wall, failures } = await drive(handler, list, SERVER_BENCH.concurrency);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    name,
    perSecond: Math.round((list.length / wall) * 1000),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    failures,
  };
}

/** One row per delivery log; a Redis row says why it could not run instead of failing the bench. */
export async function serverRows() {
  if (!existsSync(new URL('redis.js', dist)))
    execFileSync('pnpm', ['--filter', '@crispkit/server', 'build'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: 'inherit',
    });
  const server = await import(new URL('index.js', dist).href);
  const { createRedisDeliveryLog } = await import(new URL('redis.js', dist).href);
  // A first pass that is not reported: the JIT compiles the whole path before any row is timed.
  await measure(server, 'warm-up', null, 'warm-up');
  const rows = [await measure(server, 'in-memory log (the default)', null, 'memory')];
  let redis;
  try {
    const { startRedis } = await import('../packages/server/test/support/redis-server.mjs');
    redis = await startRedis();
    const nodeRedis = requireFromServer('redis').createClient({ url: `redis://127.0.0.1:${redis.port}` });
    await nodeRedis.connect();
    rows.push(await measure(server, 'Redis log, node-redis 5', createRedisDeliveryLog(nodeRedis), 'node-redis'));
    await nodeRedis.quit();
    const IoRedis = requireFromServer('ioredis');
    const ioredis = new (IoRedis.default ?? IoRedis)(redis.port, '127.0.0.1');
    rows.push(await measure(server, 'Redis log, ioredis', createRedisDeliveryLog(ioredis), 'ioredis'));
    ioredis.disconnect();
  } catch (error) {
    rows.push({ name: `Redis log: could not run (${String(error.message || error).split('\n')[0]})` });
  } finally {
    await redis?.stop();
  }
  return rows;
}

export const serverTableHead = [
  `Verify + de-duplicate, one Node process (${availableParallelism()} CPUs), ${SERVER_BENCH.concurrency} at a time`,
  'deliveries/s',
  'p50',
  'p99',
];

export const serverTableRow = (r) =>
  r.perSecond == null
    ? [r.name, 'n/a', 'n/a', 'n/a']
    : [
        `${r.name}${r.failures ? ` (${r.failures} not answered 200)` : ''}`,
        `**${r.perSecond.toLocaleString('en-US')}**`,
        `${r.p50.toFixed(2)} ms`,
        `**${r.p99.toFixed(2)} ms**`,
      ];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await serverRows();
  console.log(`| ${serverTableHead.join(' | ')} |`);
  for (const row of rows) console.log(`| ${serverTableRow(row).join(' | ')} |`);
}
