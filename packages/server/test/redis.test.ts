// The Redis delivery log against a real redis-server (Debian's, started here on a free port with no
// persistence), under three instances of a Node server that each have their own client connection,
// with node-redis 5, node-redis 4 and ioredis: deliveries sent twice at once to different
// instances, failed first attempts, copies arriving during a slow attempt that then fails, and
// Redis killed in the middle of a run then started again.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import IoRedis from 'ioredis';
import { createClient as createNodeRedis5 } from 'redis';
import { createClient as createNodeRedis4 } from 'redis4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookHandler, type WebhookContext } from '@crispkit/server';
import { toNodeHandler } from '@crispkit/server/node';
import { createRedisDeliveryLog, type RedisClient } from '@crispkit/server/redis';
import { startRedis, type RedisProcess } from './support/redis-server.mjs';

const SECRET = 'plugin-secret';
const INSTANCES = 3;
/** The handlers' bound on a store call: a stopped Redis is answered 503 after this. */
const STORE_TIMEOUT_MS = 500;

interface Client {
  log: RedisClient;
  ping(): Promise<unknown>;
  close(): Promise<unknown>;
}

// node-redis 4 takes the same code path as 5 (sendCommand): a quarter of the pairs keeps the run short.
const CLIENTS: { name: string; pairs: number; connect(port: number): Promise<Client> }[] = [
  {
    name: 'node-redis 5',
    pairs: 1000,
    async connect(port) {
      const client = createNodeRedis5({ url: `redis://127.0.0.1:${port}` });
      client.on('error', () => undefined); // reconnection errors while Redis is down
      await client.connect();
      return { log: client, ping: () => client.ping(), close: async () => client.destroy() };
    },
  },
  {
    name: 'node-redis 4',
    pairs: 250,
    async connect(port) {
      const client = createNodeRedis4({ url: `redis://127.0.0.1:${port}` });
      client.on('error', () => undefined);
      await client.connect();
      return { log: client, ping: () => client.ping(), close: () => client.disconnect() };
    },
  },
  {
    name: 'ioredis',
    pairs: 1000,
    async connect(port) {
      const client = new IoRedis(port, '127.0.0.1');
      client.on('error', () => undefined);
      await client.ping();
      return { log: client, ping: () => client.ping(), close: async () => client.disconnect() };
    },
  },
];

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());

/** What a test wants the handler to do on each run. */
type Behaviour = (fingerprint: number, context: WebhookContext) => void | Promise<void>;

/** One delivery's envelope, the same bytes on every try: the website names the test, the fingerprint the delivery. */
const body = (website: string, fingerprint: number) =>
  JSON.stringify({
    website_id: website,
    event: 'message:send',
    data: { website_id: website, session_id: `session_${fingerprint}`, fingerprint, content: 'hello' },
    timestamp: 1_700_000_000_000 + fingerprint,
  });

interface Answer {
  fingerprint: number;
  status: number;
  text: string;
}

describe.each(CLIENTS)('the Redis delivery log with $name, three instances, a real redis-server', (kind) => {
  const clients: Client[] = [];
  const servers: Server[] = [];
  const urls: string[] = [];
  /** Successful and failed runs of the handler, by fingerprint. */
  const runs = new Map<number, { ok: number; failed: number }>();
  let behaviour: Behaviour = () => undefined;

  beforeAll(async () => {
    for (let i = 0; i < INSTANCES; i++) {
      const client = await kind.connect(redis.port);
      clients.push(client);
      const handler = createWebhookHandler({
        secret: SECRET,
        deliveries: createRedisDeliveryLog(client.log),
        deliveryLogTimeoutMs: STORE_TIMEOUT_MS,
        on: {
          'message:send': async (message, context) => {
            const fingerprint = Number(message.fingerprint);
            const count = runs.get(fingerprint) ?? { ok: 0, failed: 0 };
            runs.set(fingerprint, count);
            try {
              await behaviour(fingerprint, context);
              count.ok++;
            } catch (error) {
              count.failed++;
              throw error;
            }
          },
        },
      });
      const server = createServer(toNodeHandler(handler));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/crisp`);
    }
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await Promise.all(clients.map((client) => client.close()));
  });

  /** Sends one signed delivery to one instance, as Crisp would. */
  async function send(instance: number, website: string, fingerprint: number, attempt = 1): Promise<Answer> {
    const text = body(website, fingerprint);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await fetch(urls[instance % INSTANCES]!, {
      method: 'POST',
      body: text,
      headers: {
        'x-crisp-request-timestamp': timestamp,
        'x-crisp-signature': createHmac('sha256', SECRET).update(`[${timestamp};${text}]`).digest('hex'),
        'x-delivery-attempt-count': String(attempt),
      },
    });
    return { fingerprint, status: response.status, text: await response.text() };
  }

  /** Runs `task` for each item, `width` at a time. */
  async function spread<Item, Result>(items: Item[], width: number, task: (item: Item) => Promise<Result>) {
    const results: Result[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: width }, async () => {
        while (next < items.length) results.push(await task(items[next++]!));
      }),
    );
    return results;
  }

  const tally = (answers: Answer[]) => {
    const counts: Record<string, number> = {};
    for (const a of answers) counts[`${a.status} ${a.text}`] = (counts[`${a.status} ${a.text}`] ?? 0) + 1;
    return counts;
  };
  const successfulRuns = (fingerprints: number[]) => fingerprints.map((f) => runs.get(f)?.ok ?? 0);
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setImmediate(resolve));
  };

  it(`${kind.pairs} deliveries, each sent twice at the same moment to different instances: the handler runs once per delivery`, async () => {
    behaviour = () => undefined;
    const website = `${kind.name}:pairs`;
    const fingerprints = Array.from({ length: kind.pairs }, (_, i) => 1_000_000 + i);
    const pairs = await spread(fingerprints, 32, (f) => Promise.all([send(f, website, f), send(f + 1, website, f)]));
    const first = pairs.flat();
    // Copies not answered 200 (409: the twin was still running; 503: the store took longer than
    // the bound on this busy machine) are sent again, as Crisp does, until each got its 200.
    const retried: Answer[] = [];
    for (let round = 2, pending = first.filter((a) => a.status != 200); pending.length && round < 10; round++) {
      const answers = await spread(pending, 32, (a) => send(a.fingerprint + round, website, a.fingerprint, round));
      retried.push(...answers);
      pending = answers.filter((a) => a.status != 200);
    }
    const total = [...runs.values()].reduce((n, r) => n + r.ok, 0);
    console.log(
      `${kind.name}: ${first.length} sent (${kind.pairs} deliveries × 2), handler runs ${total}; answers ${JSON.stringify(tally(first))}; Crisp's retries of the others ${JSON.stringify(tally(retried))}`,
    );
    expect(successfulRuns(fingerprints)).toEqual(fingerprints.map(() => 1));
    expect(total).toBe(kind.pairs);
    expect([...first, ...retried].filter((a) => a.text == 'ok')).toHaveLength(kind.pairs);
    // A copy is answered 200 only once its twin finished (duplicate); while it runs, 409.
    expect(
      Object.keys(tally([...first, ...retried])).filter(
        (k) => !['200 ok', '200 duplicate', '409 delivery-in-progress', '503 delivery-log-unavailable'].includes(k),
      ),
    ).toEqual([]);
  }, 120_000);

  it("a first attempt that fails is released: Crisp's retry on another instance runs it once more, then it is done", async () => {
    const failOnce = new Set<number>();
    behaviour = (fingerprint) => {
      if (failOnce.has(fingerprint)) return;
      failOnce.add(fingerprint);
      throw new Error('database down');
    };
    const website = `${kind.name}:retry`;
    const fingerprints = Array.from({ length: 50 }, (_, i) => 2_000_000 + i);
    const answers = await spread(fingerprints, 10, async (f) => [
      await send(0, website, f, 1),
      await send(1, website, f, 2),
      await send(2, website, f, 3),
    ]);
    expect(new Set(answers.map((a) => a.map((b) => `${b.status} ${b.text}`).join(', ')))).toEqual(
      new Set(['500 handler-error, 200 ok, 200 duplicate']),
    );
    expect(fingerprints.map((f) => runs.get(f))).toEqual(fingerprints.map(() => ({ ok: 1, failed: 1 })));
  }, 60_000);

  it('a copy arriving while a slow first attempt runs gets 409, not 200; that attempt fails; the retry runs the event once', async () => {
    const gates = new Map<number, () => void>();
    behaviour = (fingerprint, context) =>
      context.deliveryAttempt == 1
        ? new Promise<void>((_, reject) => gates.set(fingerprint, () => reject(new Error('timed out upstream'))))
        : undefined;
    const website = `${kind.name}:slow`;
    const fingerprints = Array.from({ length: 20 }, (_, i) => 3_000_000 + i);
    const slow = fingerprints.map((f) => send(0, website, f, 1));
    await until(() => gates.size == fingerprints.length);
    const copies = await Promise.all(fingerprints.map((f) => send(1, website, f, 2)));
    for (const open of gates.values()) open();
    const firsts = await Promise.all(slow);
    const retries = await Promise.all(fingerprints.map((f) => send(2, website, f, 3)));
    const again = await Promise.all(fingerprints.map((f) => send(1, website, f, 4)));
    expect(tally(copies)).toEqual({ '409 delivery-in-progress': 20 });
    expect(tally(firsts)).toEqual({ '500 handler-error': 20 });
    expect(tally(retries)).toEqual({ '200 ok': 20 });
    expect(tally(again)).toEqual({ '200 duplicate': 20 });
    expect(successfulRuns(fingerprints)).toEqual(fingerprints.map(() => 1));
  }, 60_000);

  it('Redis killed mid-run: 503 for what could not be claimed, nothing marked done without running; once back, the retries run once each', async () => {
    behaviour = () => undefined;
    const website = `${kind.name}:outage`;
    const fingerprints = Array.from({ length: 100 }, (_, i) => 4_000_000 + i);
    let answered = 0;
    let stopped: Promise<void> | undefined;
    const answers = await spread(fingerprints, 10, async (f) => {
      const a = await send(f, website, f);
      // In the middle of the run, with deliveries in flight: as a crash would.
      if (++answered == 30) stopped = redis.stop();
      return a;
    });
    await stopped;
    const counts = tally(answers);
    console.log(`${kind.name}, Redis killed after 30 answers: ${JSON.stringify(counts)}`);
    expect(Object.keys(counts).every((k) => k == '200 ok' || k == '503 delivery-log-unavailable')).toBe(true);
    const unavailable = answers.filter((a) => a.status == 503).map((a) => a.fingerprint);
    expect(unavailable.length).toBeGreaterThanOrEqual(60);
    // Every 200 ran once; no 503 ran.
    for (const a of answers) expect(runs.get(a.fingerprint)?.ok ?? 0).toBe(a.status == 200 ? 1 : 0);

    redis = await startRedis(redis.port);
    await Promise.all(
      clients.map(async (client) => {
        for (;;)
          try {
            await client.ping();
            return;
          } catch {
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
      }),
    );
    // Crisp's retries, two at once to different instances again; 409s are retried in turn.
    const retries = (
      await spread(unavailable, 16, (f) => Promise.all([send(f, website, f, 2), send(f + 1, website, f, 2)]))
    ).flat();
    const later = await spread(
      retries.filter((a) => a.status == 409),
      16,
      (a) => send(a.fingerprint + 2, website, a.fingerprint, 3),
    );
    console.log(
      `${kind.name}, after Redis is back: ${unavailable.length} retried twice each: ${JSON.stringify(tally(retries))}, then ${JSON.stringify(tally(later))}`,
    );
    expect(retries.filter((a) => a.text == 'ok')).toHaveLength(unavailable.length);
    expect(tally(later)).toEqual(later.length ? { '200 duplicate': later.length } : {});
    expect(successfulRuns(unavailable)).toEqual(unavailable.map(() => 1));
  }, 60_000);
});
