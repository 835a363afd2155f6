/**
 * `npm run bench`: one run on this machine against the real PostgreSQL, Redis and RabbitMQ and the
 * platform sandbox (in its own process), measuring
 *   (a) the raw limits: a Fastify hello-world route, plain pg transactions, and the minimal pipeline (a
 *       checkout's rows in one raw transaction + 3 calls to a hello-world peer, lib/pipeline.ts);
 *   (b) the service under autocannon: checkout, checkout with a promo code (every connection on one code
 *       without a limit), GET order, list orders, refund, and p99 checkout latency at half the maximum
 *       checkout rate;
 *   (c) the checkout load spread over two service instances on one database (lib/two-instances.ts), the
 *       on-sale rush (lib/rush.ts) and graceful overload (lib/overload.ts);
 *   (d) scale: expiring 100,000 elapsed holds, cancelling an event with 10,000 paid orders (both as orders/s
 *       against the raw pg transaction rate of (a)), exporting 100,000 orders as CSV and XLSX (memory held).
 * Writes bench/results/latest.json and the results table of docs/benchmarks.md. See docs/benchmarks.md.
 *
 * The database is set up from nothing (lib/targets.ts). `--short` or BENCH_SHORT=1: a few seconds per load.
 * Knobs (environment): DATABASE_URL, DATABASE_MIGRATION_URL, REDIS_URL, RABBITMQ_URL (default: the usual local ports),
 * BENCH_DURATION (seconds per load, 10), BENCH_CONNECTIONS (32), BENCH_PG_CLIENTS (32),
 * BENCH_EXPIRY_ORDERS (100000), BENCH_CANCEL_ORDERS (10000), BENCH_EXPORT_ORDERS (100000), BENCH_IDEMPOTENCY_KEYS (1; 0 to send none),
 * BENCH_SAME_DATABASE (1: use DATABASE_URL itself, not `<name>_bench`), BENCH_SANDBOX_PROFILE (a directory),
 * BENCH_TWO_INSTANCES (0: skip the load over two service instances),
 * BENCH_TRACING (1: tracing on, every span exported over OTLP to a local sink; the results go to
 * bench/results/latest-tracing.json for comparison with latest.json, and docs/benchmarks.md is left alone).
 */
import os from 'node:os';
import { forEachLimited } from '../src/concurrency.js';
import { cpuMeter, perRequest, postgresPidsOf } from './lib/cpu.js';
import { runLoad } from './lib/load.js';
import type { LoadResult, LoadSpec } from './lib/load-spec.js';
import { helloWorld, rawTransactions } from './lib/raw.js';
import { benchClient, benchTargets } from './lib/targets.js';
import { checkTargets, markdown, writeReport, type BenchReport, type ScenarioReport, type Skipped } from './lib/report.js';
import { overloadRows, overloadRun, overloadTargets } from './lib/overload.js';
import { minimalPipeline, pipelineRows, pipelineTargets } from './lib/pipeline.js';
import { onSaleRush, RUSH_FULL, RUSH_SHORT, rushRows, rushTargets } from './lib/rush.js';
import { cancelEvent, cleanUp, deleteBenchDocuments, expireHolds } from './lib/scale.js';
import { exportOrders } from './lib/order-export.js';
import { BENCH_APPLICATION_NAME, BENCH_SECRETS, BENCH_TRACING, startBenchService, type BenchService } from './lib/service.js';
import { twoInstancesRows, twoInstancesRun, twoInstancesTargets } from './lib/two-instances.js';

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
/**
 * Short mode (BENCH_SHORT=1 or `npm run bench -- --short`): every load for a couple of seconds and small scale
 * runs, to check that the bench works end to end (CI runs it); its numbers mean nothing and it writes
 * bench/results/short.json only, never docs/benchmarks.md.
 */
const SHORT = process.env.BENCH_SHORT === '1' || process.argv.includes('--short');
const DURATION = env('BENCH_DURATION', SHORT ? 2 : 10);
const WARM_UP = SHORT ? 1 : 3;
const CONNECTIONS = env('BENCH_CONNECTIONS', 32);
const PG_CLIENTS = env('BENCH_PG_CLIENTS', 32);
const EXPIRY_ORDERS = env('BENCH_EXPIRY_ORDERS', SHORT ? 1_000 : 100_000);
const CANCEL_ORDERS = env('BENCH_CANCEL_ORDERS', SHORT ? 100 : 10_000);
const EXPORT_ORDERS = env('BENCH_EXPORT_ORDERS', SHORT ? 1_000 : 100_000);
const IDEMPOTENCY_KEYS = process.env.BENCH_IDEMPOTENCY_KEYS !== '0';

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** A tenant whose orders stay in the bench database from run to run: the history of a service in use. */
const HISTORY_TENANT = '00000000-0000-4000-8000-0000000be9c4';
const HISTORY_ORDERS = SHORT ? 5_000 : 200_000;

/**
 * Tables, indexes and planner statistics like those of a service in use: 200,000 older orders (confirmed,
 * refunded, cancelled, expired; none due for a job) are created once in the bench database and kept; then
 * VACUUM ANALYZE and CHECKPOINT, so that the previous run's deleted rows are gone, the statistics are fresh
 * and no checkpoint is pending. On empty tables the planner would pick sequential scans that grow with every
 * order the run creates.
 */
async function prepareDatabase(databaseUrl: string, dedicated: boolean): Promise<void> {
  const client = benchClient(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM orders WHERE tenant_id = $1', [HISTORY_TENANT]);
    // Only in the bench's own database: a shared one keeps what it has. There, what an interrupted run left
    // behind goes first (its elapsed holds would be expired along with this run's).
    if (dedicated) {
      await client.query('DELETE FROM background_jobs WHERE tenant_id <> $1', [HISTORY_TENANT]);
      await client.query('DELETE FROM idempotency_keys WHERE tenant_id <> $1', [HISTORY_TENANT]);
      await client.query('DELETE FROM outbox WHERE tenant_id <> $1', [HISTORY_TENANT]);
      await deleteBenchDocuments(client, 'tenant_id <> $1', HISTORY_TENANT);
      await client.query('DELETE FROM orders WHERE tenant_id <> $1', [HISTORY_TENANT]);
    }
    if (dedicated && (rows[0]?.n ?? 0) < HISTORY_ORDERS) {
      log(`creating ${HISTORY_ORDERS} history orders in the bench database (once)`);
      await client.query('BEGIN');
      await client.query('DELETE FROM orders WHERE tenant_id = $1', [HISTORY_TENANT]);
      await client.query(
        `INSERT INTO orders (id, tenant_id, order_number, user_id, event_id, status, currency, price_mode, subtotal, platform_fee,
            processing_fee, tax, total, reservation_id, reservation_expires_at, payment_intent_id, payment_status, created_at,
            updated_at, confirmed_at, refunded_amount)
         SELECT gen_random_uuid(), $1, 'HIST-' || g, 'history-user-' || (g % 40000), md5('event' || (g % 400))::uuid,
                (ARRAY['CONFIRMED','CONFIRMED','CONFIRMED','REFUNDED','CANCELLED','EXPIRED'])[1 + g % 6], 'USD', 'exclusive',
                5000, 250, 445, 470, 6165, gen_random_uuid(), now() - interval '30 days' + g * interval '10 s',
                'pi_history_' || g, 'succeeded', now() - interval '30 days' + g * interval '10 s',
                now() - interval '30 days' + g * interval '10 s', now() - interval '30 days' + g * interval '10 s',
                CASE WHEN g % 6 = 3 THEN 6165 ELSE 0 END
           FROM generate_series(1, $2::int) g`,
        [HISTORY_TENANT, HISTORY_ORDERS],
      );
      await client.query(
        `INSERT INTO order_items (id, tenant_id, order_id, position, ticket_type_id, quantity, unit_price, subtotal, platform_fee,
            processing_fee, tax, total)
         SELECT gen_random_uuid(), tenant_id, id, 0, md5(event_id::text)::uuid, 1, 5000, 5000, 250, 445, 470, total
           FROM orders WHERE tenant_id = $1`,
        [HISTORY_TENANT],
      );
      await client.query('COMMIT');
    }
  } finally {
    await client.end();
  }
  await settleDatabase(databaseUrl);
}

/**
 * VACUUM ANALYZE and CHECKPOINT: at the start, and again before each load that follows a load that wrote, so
 * that a load is not charged with the cleanup of the one before (autovacuum of the thousands of orders the
 * checkouts made, the checkpoint of their pages), which its latencies and PostgreSQL's CPU per request would
 * otherwise count.
 */
async function settleDatabase(databaseUrl: string): Promise<void> {
  const client = benchClient(databaseUrl);
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE) orders, order_items, order_events, outbox, idempotency_keys, refunds, background_jobs, documents, document_counters');
    // Write the dirty pages now rather than in a checkpoint that would run (and be counted) during the loads.
    await client.query('CHECKPOINT').catch((error: unknown) => log(`CHECKPOINT not possible (${String(error)}); PostgreSQL CPU may include one`));
  } finally {
    await client.end();
  }
}

async function postgresVersion(databaseUrl: string): Promise<string> {
  const client = benchClient(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return `PostgreSQL ${rows[0]?.server_version.split(' ')[0] ?? '?'}`;
  } finally {
    await client.end();
  }
}

/** Runs a load and accounts the CPU each part spent per answered request (`instancePids`: further service instances). */
let sandboxPid: number | undefined;
let benchPostgresPids: (() => Promise<number[]>) | undefined;
async function measured(spec: LoadSpec, instancePids: number[] = []): Promise<LoadResult> {
  const meter = await cpuMeter(sandboxPid, benchPostgresPids, instancePids);
  const result = await runLoad(spec);
  return { ...result, cpu: perRequest(await meter.stop(), result.requests, os.cpus().length) };
}

function summary(result: LoadResult): string {
  const cpu = result.cpu
    ? `; CPU/request: service ${[result.cpu.serviceMs, ...(result.cpu.instancesMs ?? [])].join(' + ')} ms, sandbox ${result.cpu.sandboxMs} ms, postgres ${result.cpu.postgresMs} ms; others used ${Math.round(result.cpu.otherShare * 100)} % of the machine`
    : '';
  const statuses = Object.entries(result.statusCounts).map(([status, count]) => `${status}×${count}`).join(' ');
  return `${result.okPerSecond}/s ok, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms [${statuses}${result.errors ? `, ${result.errors} errors` : ''}]${cpu}`;
}

async function ordersOfBench(svc: BenchService, status: string, limit: number, newest = false): Promise<{ userId: string; orderId: string; intentId: string }[]> {
  const { rows } = await svc.infra.db.system((tx) =>
    tx.query<{ id: string; user_id: string; payment_intent_id: string }>(
      `SELECT id, user_id, payment_intent_id FROM orders WHERE tenant_id = $1 AND status = $2 AND payment_intent_id IS NOT NULL
        ORDER BY created_at ${newest ? 'DESC' : 'ASC'}, id LIMIT $3`,
      [svc.tenantId, status, limit],
    ),
  );
  return rows.map((row) => ({ userId: row.user_id, orderId: row.id, intentId: row.payment_intent_id }));
}

/**
 * Refunds need paid orders: the bench pays RESERVED orders from the checkout runs in the sandbox, which
 * tells the service (POST /internal/v1/orders/:id/confirm), as in production; then waits until they are CONFIRMED.
 */
async function paidOrders(svc: BenchService, count: number): Promise<{ userId: string; orderId: string }[]> {
  const picked = await ordersOfBench(svc, 'RESERVED', count, true);
  await forEachLimited(picked, 16, async (order) => {
    const response = await fetch(`${svc.sandbox.payment}/sandbox/payment-intents/${order.intentId}/succeed`, { method: 'POST' });
    await response.text();
  });
  const ids = picked.map((order) => order.orderId);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const { rows } = await svc.infra.db.system((tx) =>
      tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE id = ANY($1::uuid[]) AND status = 'CONFIRMED'`, [ids]),
    );
    if ((rows[0]?.n ?? 0) >= ids.length) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return picked.map(({ userId, orderId }) => ({ userId, orderId }));
}

/** A 10 % promo code for every event of the bench tenant, without a limit. */
async function benchPromoCode(svc: BenchService): Promise<string> {
  const admin = { userId: 'bench-admin', tenantId: svc.tenantId, roles: ['admin' as const], vip: false, ip: '127.0.0.1' };
  const promotion = await svc.app.services.promotions.create(admin, { code: `BENCH-${Date.now()}`, type: 'percent', value: '10' });
  return promotion.code;
}

async function main(): Promise<void> {
  const started = performance.now();
  const chosen = await benchTargets((message) => log(`warning: ${message}`));
  log(`database: ${chosen.databaseUrl} (owner: ${chosen.ownerDatabaseUrl})`);
  const date = new Date().toISOString();
  benchPostgresPids = postgresPidsOf(chosen.ownerDatabaseUrl, BENCH_APPLICATION_NAME);
  const loadBefore = os.loadavg()[0] ?? 0;
  log(`machine: ${os.cpus().length} cores, Node ${process.version}; ${CONNECTIONS} connections, ${DURATION} s per load`);

  log('raw: Fastify hello-world');
  const hello = await helloWorld(CONNECTIONS, DURATION, measured);
  log(`  ${summary(hello)}`);
  log(`raw: pg transactions, ${PG_CLIENTS} clients`);
  const transactions = await rawTransactions(chosen.ownerDatabaseUrl, PG_CLIENTS, DURATION, () => cpuMeter(undefined, benchPostgresPids));
  log(`  ${transactions.perSecond}/s, p50 ${transactions.latencyMs.p50} ms, p99 ${transactions.latencyMs.p99} ms`);

  log(`raw: the minimal pipeline (one pg transaction with a checkout's rows + 3 calls to a hello-world peer), ${CONNECTIONS} connections`);
  const pipeline = await minimalPipeline(chosen.ownerDatabaseUrl, CONNECTIONS, DURATION, 20, measured, WARM_UP);
  log(`  ${summary(pipeline)}`);

  log('service: starting (sandbox in its own process)');
  const svc = await startBenchService(chosen);
  sandboxPid = svc.sandboxPid;
  // Whatever happens (a failure, Ctrl-C), the bench tenant's rows leave the database.
  let cleaned: Promise<void> | undefined;
  const cleanOnce = () => (cleaned ??= cleanUp(svc).catch((error: unknown) => log(`cleanup failed: ${String(error)}`)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: cleaning up`);
      void cleanOnce().finally(() => process.exit(130));
    });
  }
  // The closed-loop loads measure what the instance can do, with more connections (32) than the admission limit
  // lets in at once (ADMISSION_MAX_IN_FLIGHT, 16 by default): the limit is off for them, and the configured one is
  // back for the rush and the overload, which are about it.
  const admissionLimit = svc.app.services.admission.max;
  svc.app.services.admission.setLimit(0);
  try {
    await prepareDatabase(chosen.ownerDatabaseUrl, chosen.dedicatedDatabase === true);
    const event = await svc.createEvent(10_000_000);
    const ticketTypeId = event.ticketTypes[0]!.id;
    const base = { baseUrl: svc.baseUrl, connections: CONNECTIONS };
    const checkoutPlan = (prefix: string, promoCode?: string) =>
      ({
        kind: 'checkout',
        secret: BENCH_SECRETS.JWT_SECRET,
        tenantId: svc.tenantId,
        userPrefix: `bench-${prefix}-${Date.now()}`,
        eventId: event.id,
        ticketTypeId,
        idempotencyKeys: IDEMPOTENCY_KEYS,
        ...(promoCode ? { promoCode } : {}),
      }) as const;

    await runLoad({ ...base, title: 'checkout warm-up', durationSeconds: WARM_UP, plan: checkoutPlan('warm') });
    log('service: checkout at the maximum rate');
    const checkout = await measured({ ...base, title: 'checkout', durationSeconds: DURATION, plan: checkoutPlan('max') });
    log(`  ${summary(checkout)}`);
    const halfRate = Math.max(1, Math.floor(checkout.okPerSecond / 2));
    await settleDatabase(chosen.ownerDatabaseUrl);
    // The same load spread over this instance and a second one in a process of its own (lib/two-instances.ts).
    const twoInstances = await twoInstancesRun(
      svc,
      { connections: CONNECTIONS, durationSeconds: DURATION, warmUpSeconds: WARM_UP, cores: os.cpus().length },
      checkout,
      (prefix) => checkoutPlan(prefix),
      measured,
      log,
    );
    log(`  ${'status' in twoInstances ? `skipped (${twoInstances.note})` : summary(twoInstances.twoInstances)}`);
    await settleDatabase(chosen.ownerDatabaseUrl);
    // The same load with one promo code without a limit on every checkout: what the code costs, and whether
    // its checkouts wait for each other (they should not: no row is written for a code without a limit).
    const promoCode = await benchPromoCode(svc);
    await runLoad({ ...base, title: 'checkout with a promo code warm-up', durationSeconds: Math.min(2, WARM_UP), plan: checkoutPlan('promo-warm', promoCode) });
    log(`service: checkout with a promo code at the maximum rate (${CONNECTIONS} connections on one unlimited code)`);
    const checkoutPromo = await measured({ ...base, title: 'checkout with a promo code', durationSeconds: DURATION, plan: checkoutPlan('promo', promoCode) });
    log(`  ${summary(checkoutPromo)}`);
    await settleDatabase(chosen.ownerDatabaseUrl);
    log(`service: checkout at half the maximum (${halfRate}/s)`);
    const checkoutHalfRate = await measured({ ...base, title: 'checkout at half rate', durationSeconds: DURATION, overallRate: halfRate, plan: checkoutPlan('half') });
    log(`  ${summary(checkoutHalfRate)}`);
    await settleDatabase(chosen.ownerDatabaseUrl);
    log(`service: checkout paced at half the maximum (${halfRate}/s, one request every ${Math.round(1000 / halfRate)} ms)`);
    const checkoutPaced = await measured({ ...base, title: 'checkout paced at half rate', durationSeconds: DURATION, overallRate: halfRate, mode: 'paced', plan: checkoutPlan('paced') });
    log(`  ${summary(checkoutPaced)}`);
    await settleDatabase(chosen.ownerDatabaseUrl);
    log('service: checkout, one connection (the latency of a lone client)');
    const checkoutSingle = await measured({ ...base, connections: 1, title: 'checkout, one connection', durationSeconds: SHORT ? DURATION : Math.max(3, DURATION / 2), plan: checkoutPlan('single') });
    log(`  ${summary(checkoutSingle)}`);

    const pairs = (await ordersOfBench(svc, 'RESERVED', 5000)).map(({ userId, orderId }) => ({ userId, orderId }));
    await settleDatabase(chosen.ownerDatabaseUrl);
    const readPlan = (kind: 'getOrder' | 'listOrders') => ({ kind, secret: BENCH_SECRETS.JWT_SECRET, tenantId: svc.tenantId, pairs }) as const;
    log(`service: GET order (${pairs.length} orders)`);
    await runLoad({ ...base, title: 'GET order warm-up', durationSeconds: Math.min(2, WARM_UP), plan: readPlan('getOrder') });
    const getOrder = await measured({ ...base, title: 'GET order', durationSeconds: DURATION, plan: readPlan('getOrder') });
    log(`  ${summary(getOrder)}`);
    log('service: list orders');
    const listOrders = await measured({ ...base, title: 'list orders', durationSeconds: DURATION, plan: readPlan('listOrders') });
    log(`  ${summary(listOrders)}`);

    // Confirmation as the Payment service asks for it: commit the hold, confirm, issue the invoice, each order
    // once (the oldest RESERVED orders; the refunds below pay the newest).
    await settleDatabase(chosen.ownerDatabaseUrl);
    const reservedLeft = await ordersOfBench(svc, 'RESERVED', 400 * DURATION);
    // A short run has few orders: half of them stay RESERVED for the refunds below.
    const toConfirm = (SHORT ? reservedLeft.slice(0, Math.ceil(reservedLeft.length / 2)) : reservedLeft).map(({ orderId, intentId }) => ({ orderId, intentId }));
    log(`service: confirmation (${toConfirm.length} RESERVED orders, each once)`);
    const confirmation: LoadResult | Skipped =
      toConfirm.length === 0
        ? { status: 'skipped', note: 'no RESERVED order to confirm' }
        : await measured({
            ...base,
            title: 'confirmation',
            durationSeconds: DURATION,
            amount: toConfirm.length,
            plan: { kind: 'confirm', serviceToken: await svc.serviceToken('payment-service', 'order-service'), orders: toConfirm },
          });
    if (!('status' in confirmation)) log(`  ${summary(confirmation)}`);
    await settleDatabase(chosen.ownerDatabaseUrl);

    let refund: LoadResult | Skipped;
    if (svc.app.hasRoute({ method: 'POST', url: '/api/v1/orders/:id/refunds' })) {
      log('service: refunds (paying orders first)');
      // Enough for the run: refunds go at well under 300/s here (a plan that runs out answers 422s, which would count).
      // A short run has few orders: half of those left stay RESERVED for the order changes below.
      const refundable = SHORT ? Math.ceil((await ordersOfBench(svc, 'RESERVED', 300 * DURATION)).length / 2) : 300 * DURATION;
      const paid = await paidOrders(svc, refundable);
      if (paid.length === 0) {
        refund = { status: 'skipped', note: 'no RESERVED order left to pay and refund' };
        log(`  skipped (${refund.note})`);
      } else {
        refund = await measured({ ...base, title: 'refund', durationSeconds: DURATION, amount: paid.length, plan: { kind: 'refund', secret: BENCH_SECRETS.JWT_SECRET, tenantId: svc.tenantId, pairs: paid } });
        log(`  ${summary(refund)}`);
      }
    } else {
      refund = { status: 'skipped', note: 'POST /api/v1/orders/:id/refunds is not registered yet' };
      log(`service: refunds skipped (${refund.note})`);
    }

    let change: LoadResult | Skipped;
    if (svc.app.hasRoute({ method: 'POST', url: '/api/v1/orders/:id/changes' })) {
      log('service: order changes, swapping one ticket (paying orders first)');
      const paid = await paidOrders(svc, 300 * DURATION);
      const { rows: items } = await svc.infra.db.system((tx) =>
        tx.query<{ order_id: string; id: string; ticket_type_id: string }>(
          'SELECT DISTINCT ON (order_id) order_id, id, ticket_type_id FROM order_items WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, position',
          [paid.map((order) => order.orderId)],
        ),
      );
      const itemOf = new Map(items.map((item) => [item.order_id, item]));
      const orders = paid.flatMap((order) => {
        const item = itemOf.get(order.orderId);
        return item ? [{ ...order, orderItemId: item.id, ticketTypeId: item.ticket_type_id }] : [];
      });
      if (orders.length === 0) {
        change = { status: 'skipped', note: 'no RESERVED order left to pay and change' };
        log(`  skipped (${change.note})`);
      } else {
        change = await measured({ ...base, title: 'change', durationSeconds: DURATION, plan: { kind: 'change', secret: BENCH_SECRETS.JWT_SECRET, tenantId: svc.tenantId, orders } });
        log(`  ${summary(change)}`);
      }
    } else {
      change = { status: 'skipped', note: 'POST /api/v1/orders/:id/changes is not registered yet' };
      log(`service: order changes skipped (${change.note})`);
    }
    // The on-sale rush and graceful overload (lib/rush.ts, lib/overload.ts): scenarios with targets of their own.
    svc.app.services.admission.setLimit(admissionLimit);
    await settleDatabase(chosen.ownerDatabaseUrl);
    const rush = await onSaleRush(svc, SHORT ? RUSH_SHORT : RUSH_FULL, measured, () => settleDatabase(chosen.ownerDatabaseUrl), log);
    log(`  ${rushRows(rush).join('\n  ')}`);
    await settleDatabase(chosen.ownerDatabaseUrl);
    const overload = await overloadRun(svc, checkout.okPerSecond, SHORT ? 3 : 30, log);
    log(`  ${overloadRows(overload).join('\n  ')}`);
    const scenarios: ScenarioReport[] = [
      { name: 'pipeline', result: pipeline, rows: pipelineRows(pipeline, checkout), targets: pipelineTargets(pipeline, checkout, getOrder) },
      { name: 'two-instances', result: twoInstances, rows: twoInstancesRows(twoInstances), targets: twoInstancesTargets(twoInstances) },
      { name: 'rush', result: rush, rows: rushRows(rush), targets: rushTargets(rush) },
      { name: 'overload', result: overload, rows: overloadRows(overload), targets: overloadTargets(overload) },
    ];
    await settleDatabase(chosen.ownerDatabaseUrl);

    // Targets: orders/s as a multiple of the raw transaction rate measured above (lib/report.ts, SCALE_TARGETS).
    const ofRawTx = (perSecond: number | null) => (perSecond === null ? '' : ` (${Math.round((perSecond / transactions.perSecond) * 100) / 100}× the raw tx rate)`);
    log(`scale: expiry of ${EXPIRY_ORDERS} elapsed holds`);
    const expiry = await expireHolds(svc, EXPIRY_ORDERS);
    log(`  ${JSON.stringify(expiry)}${ofRawTx(expiry.perSecond)}`);
    log(`scale: cancellation of an event with ${CANCEL_ORDERS} paid orders`);
    const eventCancellation = await cancelEvent(svc, CANCEL_ORDERS);
    log(`  ${JSON.stringify(eventCancellation)}${ofRawTx(eventCancellation.perSecond)}`);
    log(`scale: export of ${EXPORT_ORDERS} orders as CSV and XLSX`);
    const orderExport = await exportOrders(svc, EXPORT_ORDERS);
    log(`  ${JSON.stringify(orderExport)}`);

    const partial = {
      machine: {
        date,
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        postgres: await postgresVersion(chosen.ownerDatabaseUrl),
        loadAverage: { before: Math.round(loadBefore * 100) / 100, after: Math.round((os.loadavg()[0] ?? 0) * 100) / 100 },
      },
      settings: {
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        pgClients: PG_CLIENTS,
        poolSize: 20,
        preparedStatements: svc.config.databasePreparedStatements,
        idempotencyKeys: IDEMPOTENCY_KEYS,
        tracing: BENCH_TRACING,
      },
      raw: { helloWorld: hello, transactions },
      service: { checkout, checkoutPromo, checkoutHalfRate, checkoutPaced, checkoutSingle, getOrder, listOrders, confirmation, refund, change },
      scale: { expiry, eventCancellation, orderExport },
      scenarios,
    };
    const report: BenchReport = {
      ...partial,
      targets: [...checkTargets(partial), ...scenarios.flatMap((scenario) => scenario.targets)],
      totalSeconds: Math.round((performance.now() - started) / 1000),
    };
    const written = await writeReport(report, SHORT);
    console.log(`\n${markdown(report)}\n`);
    log(`wrote ${written.json}${written.doc ? ` and ${written.doc}` : ' (short run: docs/benchmarks.md unchanged)'}`);
    const exported = svc.tracingExports();
    if (exported) log(`tracing on: ${exported.exports} OTLP exports, ${Math.round(exported.bytes / 1024)} KiB of spans`);
  } finally {
    log('cleaning up the bench tenant');
    await cleanOnce();
    await svc.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench failed:', error);
    process.exit(1);
  },
);
