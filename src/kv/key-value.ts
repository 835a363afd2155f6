/**
 * The shared key-value store: peer-data cache, rate-limit counters, and notes from one instance to all the
 * others (publish/subscribe). Redis when REDIS_URL is set (shared by every instance), process memory on the
 * embedded default. Losing it costs speed, never correctness.
 */
import { Redis } from 'ioredis';

/** What a subscriber of a channel is told. */
export interface ChannelHandlers {
  onMessage(message: string): void;
  /**
   * The subscription is (again) in place after a time in which messages may have been missed: when it is first
   * made, and after each lost connection. A subscriber that keeps state on the strength of the messages drops it.
   */
  onGap(): void;
}

export interface KeyValueStore {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Counts one hit in the fixed window of `windowSeconds`; answers the count and the ms left in the window. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetInMs: number }>;
  /**
   * Sends `message` to the subscribers of `channel` in every instance sharing the store, this one included (in
   * memory: this instance only). At most once, to those subscribed at that moment; nothing is kept.
   */
  publish(channel: string, message: string): Promise<void>;
  /** Subscribes to `channel` for as long as the store is open; answers once the subscription was tried. */
  subscribe(channel: string, handlers: ChannelHandlers): Promise<void>;
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

  // A connection that subscribes can do nothing else: its own, opened at the first subscription. Redis forgets
  // the subscriptions of a lost connection, so each time it is ready again they are made again and the
  // subscribers are told they may have missed messages. Channel names are not keys: the prefix is added here.
  const handlersOf = new Map<string, ChannelHandlers[]>();
  let subscriber: Redis | null = null;
  /** The subscriptions made when the connection was last ready. */
  let subscribed: Promise<void> = Promise.resolve();
  const subscribeAll = async (connection: Redis): Promise<void> => {
    if (handlersOf.size === 0) return;
    await connection.subscribe(...handlersOf.keys());
    for (const handlers of handlersOf.values()) for (const handler of handlers) handler.onGap();
  };
  const subscriberConnection = (): Redis => {
    if (subscriber) return subscriber;
    const connection = redis.duplicate({ keyPrefix: '', autoResubscribe: false, enableOfflineQueue: false, lazyConnect: true });
    connection.on('error', () => undefined);
    connection.on('message', (channel: string, message: string) => {
      for (const handler of handlersOf.get(channel) ?? []) handler.onMessage(message);
    });
    connection.on('ready', () => {
      subscribed = subscribeAll(connection).catch(() => undefined);
    });
    subscriber = connection;
    return connection;
  };
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
    async publish(channel, message) {
      await redis.publish(keyPrefix + channel, message);
    },
    async subscribe(channel, handlers) {
      const name = keyPrefix + channel;
      handlersOf.set(name, [...(handlersOf.get(name) ?? []), handlers]);
      const connection = subscriberConnection();
      if (connection.status === 'ready') {
        await connection.subscribe(name).catch(() => undefined);
        handlers.onGap();
        return;
      }
      // Connecting makes the subscriptions ('ready' above); a Redis that does not answer now gets them once it does.
      if (connection.status === 'wait') await connection.connect().catch(() => undefined);
      await subscribed;
    },
    async ping() {
      await redis.ping();
    },
    async close() {
      subscriber?.disconnect();
      redis.disconnect();
    },
  };
}

export function createMemoryStore(now: () => number = Date.now): KeyValueStore {
  const handlersOf = new Map<string, ChannelHandlers[]>();
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
    async publish(channel, message) {
      for (const handlers of handlersOf.get(channel) ?? []) handlers.onMessage(message);
    },
    async subscribe(channel, handlers) {
      handlersOf.set(channel, [...(handlersOf.get(channel) ?? []), handlers]);
    },
    async ping() {},
    async close() {
      clearInterval(sweep);
    },
  };
}
