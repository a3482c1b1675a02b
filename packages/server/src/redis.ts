// `@crispkit/server/redis`: the delivery log on Redis, shared by every instance of an app, over the
// client the app already has (node-redis 4 or 5, or ioredis), duck-typed: no dependency. Each step
// is one atomic command or Lua script, so two instances given the same delivery at once cannot both
// claim it, and a release only ever removes the claim of the attempt that made it.
import { DEFAULT_CLAIM_MS, DEFAULT_KEEP_MS, type DeliveryClaim, type DeliveryLog } from './delivery-log';

/** node-redis 4 and 5: `createClient()` (only `sendCommand` is used). */
export interface NodeRedisClient {
  sendCommand(args: string[]): Promise<unknown>;
}

/** ioredis: `new Redis()` (only `call` is used). */
export interface IoRedisClient {
  call(command: string, ...args: string[]): Promise<unknown>;
}

export type RedisClient = NodeRedisClient | IoRedisClient;

export interface RedisDeliveryLogOptions {
  /** Put before every key. Default `crisp:delivery:`. */
  prefix?: string;
  /** How long a done delivery is remembered, in milliseconds. Default 24 hours (Crisp's retries end well before). */
  keepMs?: number;
  /**
   * How long a claim lasts when its attempt never finishes (the instance died mid-handler), in
   * milliseconds: until then Crisp's tries get 409, after it one of them runs the delivery. Longer
   * than your slowest handler. Default 2 minutes.
   */
  claimMs?: number;
}

// GET then SET in one script, so nothing runs between them: a claim when the key is free, else
// what holds it ('done' or the running owner).
const CLAIM = `local held = redis.call('GET', KEYS[1])
if held then return held end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false`;

// Only the owner's claim is removed: once a claim lapsed, another attempt's may stand there.
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const RUNNING = 'running:';
const DONE = 'done';

/** One command, in the call form of whichever client this is. */
function commander(client: RedisClient): (args: string[]) => Promise<unknown> {
  if (typeof (client as IoRedisClient).call == 'function')
    return (args) => (client as IoRedisClient).call(args[0]!, ...args.slice(1));
  if (typeof (client as NodeRedisClient).sendCommand == 'function')
    return (args) => (client as NodeRedisClient).sendCommand(args);
  throw new TypeError(
    '@crispkit/server/redis: createRedisDeliveryLog(client) needs a node-redis client (createClient()) or an ioredis client (new Redis())',
  );
}

/**
 * A {@link DeliveryLog} on Redis. A claim is `SET` only when the key is absent (a Lua script, so
 * atomic), holding the attempt's owner for `claimMs`; a success rewrites it `done` for `keepMs`; a
 * failure deletes it if this attempt still owns it. Give it the app's connected client; each call
 * is one round trip. The web-hook handler bounds each call (`deliveryLogTimeoutMs`), so a Redis
 * that cannot be reached is answered 503 rather than left hanging in the client's offline queue.
 */
export function createRedisDeliveryLog(client: RedisClient, options: RedisDeliveryLogOptions = {}): DeliveryLog {
  const command = commander(client);
  const { prefix = 'crisp:delivery:', keepMs = DEFAULT_KEEP_MS, claimMs = DEFAULT_CLAIM_MS } = options;
  const whole = (ms: number) => String(Math.max(1, Math.ceil(ms)));
  return {
    async claim(key, owner): Promise<DeliveryClaim> {
      const held = await command(['EVAL', CLAIM, '1', prefix + key, RUNNING + owner, whole(claimMs)]);
      if (held === null || held === undefined) return 'claimed';
      return String(held) == DONE ? 'done' : 'running';
    },
    async complete(key) {
      await command(['SET', prefix + key, DONE, 'PX', whole(keepMs)]);
    },
    async release(key, owner) {
      await command(['EVAL', RELEASE, '1', prefix + key, RUNNING + owner]);
    },
  };
}
