/**
 * Scale run of the order export (SPEC §16): 100,000 paid orders (one item each) exported as CSV and as XLSX
 * through GET /api/v1/orders/export while the process's memory is sampled. The export streams from a database
 * cursor, so the resident memory may grow by less than 50 MB whatever the number of orders.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { BENCH_SECRETS, type BenchService } from './service.js';
import { benchClient } from './targets.js';
import { signUserTokenSync } from './tokens.js';

export interface ExportRun {
  format: 'csv' | 'xlsx';
  status: 'measured' | 'failed';
  bytes: number;
  seconds: number;
  /** Highest resident set size seen during the export, above the one before it. */
  rssGrowthMb: number;
  /** Highest heap in use seen during the export, above the one before it (garbage not yet collected included). */
  heapGrowthMb: number;
  /** Highest heap still in use after a full collection (forced every 250 ms), above the one before: what the export holds. */
  liveHeapGrowthMb: number;
  note?: string;
}

export interface OrderExportResult {
  status: 'measured' | 'skipped' | 'failed';
  orders: number;
  setupSeconds: number;
  runs: ExportRun[];
}

/** What the export may add to the process's memory, in MB (SPEC §16: constant memory). */
export const EXPORT_MEMORY_LIMIT_MB = 50;

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const seconds = (fromMs: number) => Math.round((performance.now() - fromMs) / 10) / 100;

async function seed(svc: BenchService, count: number, eventId: string): Promise<void> {
  const client = benchClient(svc.config.databaseUrl!);
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO orders (id, tenant_id, order_number, user_id, event_id, status, currency, price_mode, subtotal, platform_fee,
          processing_fee, tax, total, billing, created_at, updated_at, confirmed_at)
       SELECT gen_random_uuid(), $1, 'BENCH-EXPORT-' || g, 'bench-export-user-' || (g % 20000), $2, 'CONFIRMED', 'USD', 'exclusive',
              5000, 250, 445, 470, 6165, jsonb_build_object('name', 'Buyer ' || g, 'email', 'buyer' || g || '@example.com'),
              now() - interval '1 day' + g * interval '1 ms', now(), now()
         FROM generate_series(1, $3::int) g`,
      [svc.tenantId, eventId, count],
    );
    await client.query(
      `INSERT INTO order_items (id, tenant_id, order_id, position, ticket_type_id, quantity, unit_price, subtotal, platform_fee,
          processing_fee, tax, total, description)
       SELECT gen_random_uuid(), tenant_id, id, 0, $3, 1, 5000, 5000, 250, 445, 470, total, 'Bench Event — General'
         FROM orders WHERE tenant_id = $1 AND event_id = $2`,
      [svc.tenantId, eventId, randomUUID()],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE orders');
    await client.query('ANALYZE order_items');
  } finally {
    await client.end();
  }
}

/** A full garbage collection, to tell what the export holds from garbage not yet collected. */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return gc;
}

/** Reads the export to its end, discarding the bytes, while sampling memory every 20 ms. */
async function measure(svc: BenchService, eventId: string, format: 'csv' | 'xlsx'): Promise<ExportRun> {
  const token = signUserTokenSync(BENCH_SECRETS.JWT_SECRET, { sub: 'bench-export-admin', tenantId: svc.tenantId, roles: ['admin'] });
  const gc = collector();
  gc();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  let peakLive = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  const liveSampler = setInterval(() => {
    gc();
    peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
  }, 250);
  const started = performance.now();
  try {
    const { status, bytes } = await new Promise<{ status: number; bytes: number }>((resolve, reject) => {
      const request = http.get(`${svc.baseUrl}/api/v1/orders/export?eventId=${eventId}&format=${format}`, { headers: { authorization: `Bearer ${token}` } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
        response.on('error', reject);
      });
      request.on('error', reject);
    });
    const run: ExportRun = {
      format,
      status: status === 200 ? 'measured' : 'failed',
      bytes,
      seconds: seconds(started),
      rssGrowthMb: mb(peakRss - before.rss),
      heapGrowthMb: mb(peakHeap - before.heapUsed),
      liveHeapGrowthMb: mb(peakLive - before.heapUsed),
    };
    if (status !== 200) run.note = `answered ${status}`;
    return run;
  } finally {
    clearInterval(sampler);
    clearInterval(liveSampler);
  }
}

export async function exportOrders(svc: BenchService, count: number): Promise<OrderExportResult> {
  const setupStarted = performance.now();
  const eventId = randomUUID();
  await seed(svc, count, eventId);
  const setupSeconds = seconds(setupStarted);
  const runs: ExportRun[] = [];
  for (const format of ['csv', 'xlsx'] as const) {
    try {
      runs.push(await measure(svc, eventId, format));
    } catch (error) {
      runs.push({ format, status: 'failed', bytes: 0, seconds: 0, rssGrowthMb: 0, heapGrowthMb: 0, liveHeapGrowthMb: 0, note: error instanceof Error ? error.message : String(error) });
    }
  }
  return { status: runs.every((run) => run.status === 'measured') ? 'measured' : 'failed', orders: count, setupSeconds, runs };
}
