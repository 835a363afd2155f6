/**
 * Which real services the tests run against. With CI=true every service must be there (a missing one is
 * a failure, never a skip). Elsewhere the tests use what answers on the usual local ports and fall back to
 * the embedded parts (PGlite, in-memory cache) for what does not.
 */
import net from 'node:net';

export const DEFAULT_URLS = {
  database: 'postgres://postgres@127.0.0.1:5432/test',
  redis: 'redis://127.0.0.1:6379',
  rabbitmq: 'amqp://guest:guest@127.0.0.1:5672',
} as const;

export const inCI = process.env.CI === 'true' || process.env.CI === '1';

function reachable(url: string, timeoutMs = 500): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** TEST_SERVICES=embedded runs the tests as on a bare machine (PGlite, in-memory parts), even if services answer. */
const forceEmbedded = process.env.TEST_SERVICES === 'embedded';

async function select(name: keyof typeof DEFAULT_URLS, envName: string): Promise<string | undefined> {
  if (forceEmbedded && !inCI) return undefined;
  const given = process.env[envName];
  const url = given && given.length > 0 ? given : DEFAULT_URLS[name];
  if (await reachable(url)) return url;
  if (inCI || given) throw new Error(`${envName} (${url}) is not reachable: the tests need it${inCI ? ' in CI' : ''}`);
  return undefined;
}

export interface ServiceTargets {
  databaseUrl?: string;
  redisUrl?: string;
  rabbitmqUrl?: string;
}

let cached: Promise<ServiceTargets> | undefined;

export function serviceTargets(): Promise<ServiceTargets> {
  cached ??= (async () => ({
    databaseUrl: await select('database', 'DATABASE_URL'),
    redisUrl: await select('redis', 'REDIS_URL'),
    rabbitmqUrl: await select('rabbitmq', 'RABBITMQ_URL'),
  }))();
  return cached;
}
