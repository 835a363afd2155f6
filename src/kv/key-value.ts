/**
 * The shared key-value store: peer-data cache and rate-limit counters. Redis when REDIS_URL is set (shared
 * by every instance), process memory on the embedded default. Losing it costs speed, never correctness.
 */
import { Redis } from 'ioredis';

export interface KeyValueStore {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Counts one hit in the fixed window of `windowSeconds`; answers the count and the ms left in the window. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetInMs: number }>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

// INCR and set the expiry on the first hit atomically, so a crash can never leave a counter without TTL.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
return {count, ttl}`;

export function createRedisStore(url: string, keyPrefix = 'order-service:'): KeyValueStore {
  const redis = new Redis(url, {
    keyPrefix,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    connectTimeout: 2000,
    lazyConnect: false,
  });
  // Connection errors surface through the commands that fail; the client reconnects by itself.
  redis.on('error', () => undefined);
  return {
    kind: 'redis',
    get: (key) => redis.get(key),
    async set(key, value, ttlSeconds) {
      await redis.set(key, value, 'EX', ttlSeconds);
    },
    async delete(key) {
      await redis.del(key);
    },
    async hit(key, windowSeconds) {
      const [count, ttl] = (await redis.eval(HIT_SCRIPT, 1, key, String(windowSeconds * 1000))) as [number, number];
      return { count, resetInMs: ttl > 0 ? ttl : windowSeconds * 1000 };
    },
    async ping() {
      await redis.ping();
    },
    async close() {
      redis.disconnect();
    },
  };
}

export function createMemoryStore(now: () => number = Date.now): KeyValueStore {
  const values = new Map<string, { value: string; expiresAt: number }>();
  const counters = new Map<string, { count: number; expiresAt: number }>();
  const sweep = setInterval(() => {
    const t = now();
    for (const [key, entry] of values) if (entry.expiresAt <= t) values.delete(key);
    for (const [key, entry] of counters) if (entry.expiresAt <= t) counters.delete(key);
  }, 60_000);
  sweep.unref();
  return {
    kind: 'memory',
    async get(key) {
      const entry = values.get(key);
      return entry && entry.expiresAt > now() ? entry.value : null;
    },
    async set(key, value, ttlSeconds) {
      values.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
    },
    async delete(key) {
      values.delete(key);
    },
    async hit(key, windowSeconds) {
      const t = now();
      let entry = counters.get(key);
      if (!entry || entry.expiresAt <= t) {
        entry = { count: 0, expiresAt: t + windowSeconds * 1000 };
        counters.set(key, entry);
      }
      entry.count += 1;
      return { count: entry.count, resetInMs: entry.expiresAt - t };
    },
    async ping() {},
    async close() {
      clearInterval(sweep);
    },
  };
}
