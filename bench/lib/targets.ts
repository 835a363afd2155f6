/**
 * Where the bench runs: the real PostgreSQL, Redis and RabbitMQ (DATABASE_URL, REDIS_URL, RABBITMQ_URL, or
 * the usual local ports). PostgreSQL: a database of its own next to the given one (`<name>_bench`, created
 * when missing), because the scale runs put 100,000 elapsed holds in it, which every other instance's
 * expiry job on the same database would rightly pick up (and other users' tests would wait behind them).
 * BENCH_SAME_DATABASE=1 uses the given database itself.
 */
import net from 'node:net';
import pg from 'pg';
import type { Targets } from './service.js';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function benchDatabase(databaseUrl: string, warn: (message: string) => void): Promise<string> {
  if (process.env.BENCH_SAME_DATABASE === '1') return databaseUrl;
  const url = new URL(databaseUrl);
  const name = `${decodeURIComponent(url.pathname.slice(1)) || 'postgres'}_bench`;
  const admin = benchClient(databaseUrl);
  try {
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch(() => undefined); // a racing run may have made it
    url.pathname = `/${encodeURIComponent(name)}`;
    const probe = benchClient(url.toString());
    await probe.connect();
    await probe.end();
    return url.toString();
  } catch (error) {
    warn(`could not use a database of its own (${error instanceof Error ? error.message : String(error)}); using ${databaseUrl} itself`);
    return databaseUrl;
  } finally {
    await admin.end().catch(() => undefined);
  }
}

export async function benchTargets(warn: (message: string) => void = console.warn): Promise<Targets> {
  const given = {
    databaseUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
    redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    rabbitmqUrl: process.env.RABBITMQ_URL || 'amqp://guest:guest@127.0.0.1:5672',
  };
  const missing: string[] = [];
  for (const [name, url] of Object.entries(given)) if (!(await reachable(url))) missing.push(`${name} (${url})`);
  if (missing.length > 0) throw new Error(`the bench needs the real services; not reachable: ${missing.join(', ')}`);
  const databaseUrl = await benchDatabase(given.databaseUrl, warn);
  return { ...given, databaseUrl, dedicatedDatabase: databaseUrl !== given.databaseUrl };
}

/**
 * A pg client that reports a lost connection through the query that fails, not as an unhandled 'error'
 * event that ends the process (another user of the server may restart it).
 */
export function benchClient(connectionString: string, applicationName = 'order-service-bench'): pg.Client {
  const client = new pg.Client({ connectionString, application_name: applicationName });
  client.on('error', () => undefined);
  return client;
}
