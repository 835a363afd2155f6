/**
 * The minimal pipeline: the work of a checkout with no service code, the rate a checkout could reach on
 * this machine. A Fastify route in this process (loaded by the same autocannon process, at the same
 * connection count as the checkout load) that calls a hello-world peer in its own process three times, as a
 * checkout calls the Ticket service (ticket types, reservation) and the Payment service (intent), and
 * writes in one raw `pg` transaction the rows a checkout writes: the order, its item, its timeline entry,
 * its outbox message and the Idempotency-Key — into scratch tables created LIKE the service's (same
 * columns, defaults, constraints and indexes; no row-level security, foreign keys, triggers or application
 * code). Checkout is reported as a share of its rate, and the CPU per checkout against fixed budgets.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import type { LoadResult, LoadSpec } from './load-spec.js';
import type { TargetCheck } from './report.js';
import { stopChild } from './service.js';

const SCHEMA = 'bench_pipeline';
const TABLES = ['orders', 'order_items', 'order_events', 'outbox', 'idempotency_keys'];

async function startPeer(): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/pipeline-peer.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the pipeline peer did not start:\n${output}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`the pipeline peer exited with code ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /pipeline peer:\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
  });
  child.removeAllListeners('exit');
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  return {
    url,
    async stop() {
      process.removeListener('exit', killOnExit);
      await stopChild(child);
    },
  };
}

async function peerCall(url: string, method: 'GET' | 'POST', body?: unknown): Promise<void> {
  const response = await fetch(url, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  await response.json();
  if (!response.ok) throw new Error(`peer answered ${response.status}`);
}

/**
 * Runs the pipeline under `measure` (the bench's CPU-accounted load) with `connections` connections for
 * `durationSeconds`; `poolSize` is the service's pool size.
 */
export async function minimalPipeline(
  ownerDatabaseUrl: string,
  connections: number,
  durationSeconds: number,
  poolSize: number,
  measure: (spec: LoadSpec) => Promise<LoadResult>,
  warmUpSeconds: number,
): Promise<LoadResult> {
  const admin = new pg.Client({ connectionString: ownerDatabaseUrl, application_name: 'order-service-bench' });
  admin.on('error', () => undefined);
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await admin.query(`CREATE SCHEMA ${SCHEMA}`);
  for (const table of TABLES) await admin.query(`CREATE TABLE ${SCHEMA}.${table} (LIKE public.${table} INCLUDING ALL)`);
  const pool = new pg.Pool({ connectionString: ownerDatabaseUrl, max: poolSize, application_name: 'order-service-bench' });
  pool.on('error', () => undefined);
  const peer = await startPeer();
  const app = Fastify({ logger: false });
  const tenantId = randomUUID();
  const eventId = randomUUID();
  let sequence = 0;

  app.post('/checkout', async (_request, reply) => {
    const n = ++sequence;
    const id = randomUUID();
    const userId = `pipeline-user-${n}`;
    const now = new Date();
    await peerCall(`${peer.url}/internal/v1/events/${eventId}/ticket-types`, 'GET');
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO ${SCHEMA}.idempotency_keys (tenant_id, user_id, key, request_hash, state, locked_until, expires_at)
         VALUES ($1, $2, $3, $4, 'in_progress', $5, $6)`,
        [tenantId, userId, `${userId}-checkout`, 'f'.repeat(64), new Date(now.getTime() + 60_000), new Date(now.getTime() + 86_400_000)],
      );
      await client.query(
        `INSERT INTO ${SCHEMA}.orders (id, tenant_id, order_number, user_id, event_id, status, currency, price_mode, subtotal,
            platform_fee, processing_fee, tax, total, taxes, reservation_id, reservation_expires_at, metadata, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'PENDING', 'USD', 'exclusive', 5000, 250, 175, 434, 5859, $6, $7, $8, '{}', $9, $9)`,
        [id, tenantId, `PIPE-${n}`, userId, eventId, JSON.stringify([{ jurisdiction: 'DEFAULT', tax: 434 }]), randomUUID(), new Date(now.getTime() + 900_000), now],
      );
      await client.query(
        `INSERT INTO ${SCHEMA}.order_items (id, tenant_id, order_id, position, ticket_type_id, quantity, unit_price, subtotal, platform_fee,
            processing_fee, tax, total)
         VALUES ($1, $2, $3, 0, $4, 1, 5000, 5000, 250, 175, 434, 5859)`,
        [randomUUID(), tenantId, id, eventId],
      );
      await client.query(
        `INSERT INTO ${SCHEMA}.order_events (tenant_id, order_id, type, to_status, actor_type, actor_id, data, created_at)
         VALUES ($1, $2, 'order.created', 'PENDING', 'user', $3, '{}', $4)`,
        [tenantId, id, userId, now],
      );
      await client.query(`INSERT INTO ${SCHEMA}.outbox (id, tenant_id, type, message) VALUES ($1, $2, 'order.created', $3)`, [
        randomUUID(),
        tenantId,
        JSON.stringify({ id, tenantId, userId, eventId, status: 'PENDING', total: 5859, currency: 'USD' }),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    await peerCall(`${peer.url}/internal/v1/reservations`, 'POST', { reservationId: id, eventId, items: [{ ticketTypeId: eventId, quantity: 1 }] });
    await peerCall(`${peer.url}/internal/v1/payment-intents`, 'POST', { orderId: id, amount: 5859, currency: 'USD' });
    return reply.code(201).send({ id, status: 'PENDING' });
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const spec = { baseUrl: `http://127.0.0.1:${port}`, connections, plan: { kind: 'static', method: 'POST', path: '/checkout', headers: { 'content-type': 'application/json' }, body: '{}' } as const };
    await measure({ ...spec, title: 'minimal pipeline warm-up', durationSeconds: warmUpSeconds });
    const result = await measure({ ...spec, title: 'minimal pipeline', durationSeconds });
    // A baseline that fails is a broken bench, not a slow one.
    const failed = Object.keys(result.statusCounts).filter((status) => !status.startsWith('2'));
    if (failed.length > 0 || result.requests === 0) throw new Error(`the minimal pipeline answered ${JSON.stringify(result.statusCounts)}`);
    return result;
  } finally {
    await app.close();
    await pool.end();
    await peer.stop();
    await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`).catch(() => undefined);
    await admin.end();
  }
}

export function pipelineRows(pipeline: LoadResult, checkout: LoadResult): string[] {
  const cpu = pipeline.cpu ? `${pipeline.cpu.serviceMs} · ${pipeline.cpu.sandboxMs} · ${pipeline.cpu.postgresMs} (others ${Math.round(pipeline.cpu.otherShare * 100)} %)` : '';
  const share = pipeline.okPerSecond > 0 ? `checkout is ${Math.round((checkout.okPerSecond / pipeline.okPerSecond) * 1000) / 10} % of it` : '';
  return [
    `| minimal pipeline (1 raw pg transaction: order, item, timeline, outbox, key + 3 calls to a hello-world peer; ${pipeline.connections} connections) | ${pipeline.okPerSecond}/s | ${pipeline.latencyMs.p50} ms | ${pipeline.latencyMs.p99} ms | ${share} | ${cpu} | ${Object.entries(pipeline.statusCounts).map(([status, count]) => `${status}×${count}`).join(' ')} |`,
  ];
}

export function pipelineTargets(pipeline: LoadResult, checkout: LoadResult, getOrder: LoadResult): TargetCheck[] {
  const share = pipeline.okPerSecond > 0 ? checkout.okPerSecond / pipeline.okPerSecond : 0;
  const cpuCheck = (name: string, value: number | undefined, limit: number): TargetCheck => ({
    name,
    target: `≤ ${limit} ms`,
    measured: value === undefined ? 'not measured' : `${value} ms`,
    pass: value === undefined ? null : value <= limit,
  });
  return [
    {
      name: 'checkout vs the minimal pipeline',
      target: '≥ 50 %',
      measured: `${Math.round(share * 1000) / 10} % (${checkout.okPerSecond} vs ${pipeline.okPerSecond}/s)`,
      pass: share >= 0.5,
    },
    cpuCheck('CPU per checkout: service', checkout.cpu?.serviceMs, 1.5),
    cpuCheck('CPU per checkout: PostgreSQL', checkout.cpu?.postgresMs, 2.0),
    cpuCheck('CPU per GET order: service', getOrder.cpu?.serviceMs, 0.25),
  ];
}
