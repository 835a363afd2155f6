/**
 * The raw limits of this machine, measured the same way as the service: a Fastify hello-world route under
 * the same autocannon load, and plain pg transactions that insert one order-like row and one event row
 * (tables created LIKE the service's, with the same columns, defaults, constraints and indexes, but no
 * row-level security, foreign keys, triggers or application code).
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import Fastify from 'fastify';
import pg from 'pg';
import { perRequest, type CpuSplit } from './cpu.js';
import { runLoad } from './load.js';
import type { CpuPerRequest, LoadResult, LoadSpec } from './load-spec.js';
import { benchClient } from './targets.js';

export async function helloWorld(connections: number, durationSeconds: number, measure: (spec: LoadSpec) => Promise<LoadResult> = runLoad): Promise<LoadResult> {
  const app = Fastify({ logger: false });
  app.get('/hello', async () => ({ hello: 'world' }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const spec = { baseUrl: `http://127.0.0.1:${port}`, connections, plan: { kind: 'static', method: 'GET', path: '/hello' } as const };
    await runLoad({ ...spec, title: 'hello-world warm-up', durationSeconds: 2 });
    return await measure({ ...spec, title: 'hello-world', durationSeconds });
  } finally {
    await app.close();
  }
}

export interface TransactionResult {
  clients: number;
  durationSeconds: number;
  transactions: number;
  perSecond: number;
  latencyMs: { p50: number; p99: number };
  cpu?: CpuPerRequest;
}

const SCHEMA = 'bench_scratch';

export async function rawTransactions(
  databaseUrl: string,
  clients: number,
  durationSeconds: number,
  meter?: () => Promise<{ stop(): Promise<CpuSplit> }>,
): Promise<TransactionResult> {
  const admin = benchClient(databaseUrl);
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await admin.query(`CREATE SCHEMA ${SCHEMA}`);
  await admin.query(`CREATE TABLE ${SCHEMA}.orders (LIKE public.orders INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`);
  await admin.query(`CREATE TABLE ${SCHEMA}.order_events (LIKE public.order_events INCLUDING ALL)`);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: clients, application_name: 'order-service-bench' });
  pool.on('error', () => undefined);
  const tenantId = randomUUID();
  const eventId = randomUUID();
  let sequence = 0;
  const latencies: number[] = [];

  async function oneTransaction(): Promise<void> {
    const client = await pool.connect();
    const started = performance.now();
    try {
      const id = randomUUID();
      const now = new Date();
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO ${SCHEMA}.orders (id, tenant_id, order_number, user_id, event_id, status, currency, price_mode, subtotal,
            platform_fee, processing_fee, tax, total, taxes, reservation_id, reservation_expires_at, metadata, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'PENDING', 'USD', 'exclusive', 5000, 250, 175, 434, 5859, $6, $7, $8, '{}', $9, $9)`,
        [id, tenantId, `RAW-${++sequence}`, `user-${sequence}`, eventId, JSON.stringify([{ jurisdiction: 'DEFAULT', tax: 434 }]), randomUUID(), now, now],
      );
      await client.query(
        `INSERT INTO ${SCHEMA}.order_events (tenant_id, order_id, type, to_status, actor_type, actor_id, data, created_at)
         VALUES ($1, $2, 'order.created', 'PENDING', 'user', $3, '{}', $4)`,
        [tenantId, id, `user-${sequence}`, now],
      );
      await client.query('COMMIT');
      latencies.push(performance.now() - started);
    } finally {
      client.release();
    }
  }

  try {
    // Warm-up: open every connection and let the server settle.
    const warmUntil = Date.now() + 2000;
    await Promise.all(Array.from({ length: clients }, async () => {
      while (Date.now() < warmUntil) await oneTransaction();
    }));
    latencies.length = 0;
    const metering = await meter?.();
    const started = performance.now();
    const until = Date.now() + durationSeconds * 1000;
    await Promise.all(Array.from({ length: clients }, async () => {
      while (Date.now() < until) await oneTransaction();
    }));
    const elapsed = (performance.now() - started) / 1000;
    const split = await metering?.stop();
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 100) / 100;
    return {
      clients,
      durationSeconds: Math.round(elapsed * 100) / 100,
      transactions: latencies.length,
      perSecond: Math.round((latencies.length / elapsed) * 10) / 10,
      latencyMs: { p50: at(0.5), p99: at(0.99) },
      ...(split ? { cpu: perRequest(split, latencies.length, os.cpus().length) } : {}),
    };
  } finally {
    await pool.end();
    await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await admin.end();
  }
}
