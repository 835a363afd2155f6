/**
 * Where the bench runs: the real PostgreSQL, Redis and RabbitMQ (DATABASE_URL, REDIS_URL, RABBITMQ_URL, or
 * the usual local ports). PostgreSQL: a database of its own next to the given one (`<name>_bench`, created
 * when missing), because the scale runs put 100,000 elapsed holds in it, which every other instance's
 * expiry job on the same database would rightly pick up (and other users' tests would wait behind them).
 * BENCH_SAME_DATABASE=1 uses the given database itself.
 *
 * The bench sets its database up from nothing, as a deployment does (docs/deploy.md): the owner's login
 * (DATABASE_MIGRATION_URL, else DATABASE_URL) creates it and applies the migrations (src/db/migrate.ts); the
 * service then runs as the login of DATABASE_URL (in CI the least-privileged `order_service`). The bench's
 * own bulk work (history rows, scratch tables, VACUUM, the scale runs' inserts) uses the owner's login too.
 */
import net from 'node:net';
import pg from 'pg';
import { createPostgresDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
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

/** The same server and login as `url`, on database `name`. */
function onDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(name)}`;
  return next.toString();
}

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';

/** `<name>_bench` next to the given database, created by the owner's login when missing; or the given one. */
async function benchDatabase(databaseUrl: string, ownerUrl: string, warn: (message: string) => void): Promise<{ databaseUrl: string; ownerUrl: string }> {
  if (process.env.BENCH_SAME_DATABASE === '1') return { databaseUrl, ownerUrl };
  const name = `${databaseName(databaseUrl)}_bench`;
  // The given database need not exist yet: the server's maintenance database serves as well to create ours.
  let admin = benchClient(ownerUrl);
  try {
    await admin.connect().catch(async () => {
      admin = benchClient(onDatabase(ownerUrl, 'postgres'));
      await admin.connect();
    });
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch(() => undefined); // a racing run may have made it
    const chosen = { databaseUrl: onDatabase(databaseUrl, name), ownerUrl: onDatabase(ownerUrl, name) };
    const probe = benchClient(chosen.databaseUrl);
    await probe.connect();
    await probe.end();
    return chosen;
  } catch (error) {
    warn(`could not use a database of its own (${error instanceof Error ? error.message : String(error)}); using ${databaseUrl} itself`);
    return { databaseUrl, ownerUrl };
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/** Applies the pending migrations as the owner (nothing when the database is up to date); answers the versions applied. */
export async function migrateBenchDatabase(ownerUrl: string): Promise<number[]> {
  const owner = createPostgresDatabase({ connectionString: ownerUrl, maxConnections: 1, applicationName: 'order-service-bench-migrate' });
  try {
    return await migrate(owner);
  } finally {
    await owner.close();
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
  // The owner's login on the given database's server: DATABASE_MIGRATION_URL names it (on the same database).
  const ownerGiven = process.env.DATABASE_MIGRATION_URL ? onDatabase(process.env.DATABASE_MIGRATION_URL, databaseName(given.databaseUrl)) : given.databaseUrl;
  const { databaseUrl, ownerUrl } = await benchDatabase(given.databaseUrl, ownerGiven, warn);
  const applied = await migrateBenchDatabase(ownerUrl);
  if (applied.length > 0) warn(`applied migrations ${applied.join(', ')} to ${databaseName(databaseUrl)}`);
  return { ...given, databaseUrl, ownerDatabaseUrl: ownerUrl, dedicatedDatabase: databaseUrl !== given.databaseUrl };
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
