/**
 * Scale runs: expiring 100,000 elapsed holds, and cancelling an event with 10,000 paid orders. The orders
 * are bulk-inserted with SQL in the bench tenant; the peers' calls (release, cancel, refund) go to the
 * sandbox process, which accepts releasing unknown reservations and cancelling unknown intents (404).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type pg from 'pg';
import { expiryJob } from '../../src/jobs/expiry.js';
import { forEachLimited } from '../../src/concurrency.js';
import { EventCancellationService } from '../../src/modules/event-cancellation/service.js';
import type { BenchService } from './service.js';
import { benchClient } from './targets.js';

/**
 * How long a scale run may take before it is given up (reported failed, with the rate of what it did). Its
 * target is a rate (bench/lib/report.ts, SCALE_TARGETS), not a time; these only bound a run that hangs.
 */
export const EXPIRY_TIME_LIMIT_SECONDS = 180;
export const CANCELLATION_TIME_LIMIT_SECONDS = 180;

/** A scale run: its target is its rate (`perSecond`) against the raw transaction rate of the same run. */
export interface ScaleResult {
  status: 'measured' | 'skipped' | 'failed';
  /** Orders the run was asked to handle. */
  items: number;
  /** Orders it did handle (less than items when it failed or ran out of time). */
  processed?: number;
  seconds: number | null;
  perSecond: number | null;
  setupSeconds?: number;
  note?: string;
}

const ORDER_TOTAL = 6165;

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = benchClient(databaseUrl);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const seconds = (fromMs: number) => Math.round((performance.now() - fromMs) / 10) / 100;

/** A scale run that did not finish: what it did handle in its time, and why it stopped. */
function unfinished(run: { items: number; processed: number; seconds: number; setupSeconds: number; note: string }): ScaleResult {
  const { processed, seconds: elapsed } = run;
  return { status: 'failed', ...run, perSecond: processed > 0 ? Math.round(processed / elapsed) : null };
}

/** Called when a scale run's setup is done, right before the timed part (bench/profile.ts starts its CPU meter there). */
export interface ScaleHooks {
  setupDone?: () => Promise<void>;
}

export async function expireHolds(svc: BenchService, count: number, hooks: ScaleHooks = {}): Promise<ScaleResult> {
  const setupStarted = performance.now();
  const eventId = randomUUID();
  const ticketTypeId = randomUUID();
  await withClient(svc.ownerDatabaseUrl, async (client) => {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO orders (id, tenant_id, order_number, user_id, event_id, status, currency, price_mode, subtotal, platform_fee,
          processing_fee, tax, total, reservation_id, reservation_expires_at, payment_intent_id, payment_client_secret,
          payment_status, created_at, updated_at)
       SELECT gen_random_uuid(), $1, 'BENCH-EXP-' || g, 'bench-expiry-user-' || (g % 20000), $2, 'RESERVED', 'USD', 'exclusive',
              5000, 250, 445, 470, $4, gen_random_uuid(), now() - interval '1 hour' + g * interval '1 ms',
              'pi_bench_expiry_' || g, 'bench_secret', 'requires_payment', now() - interval '2 hours', now() - interval '2 hours'
         FROM generate_series(1, $3::int) g`,
      [svc.tenantId, eventId, count, ORDER_TOTAL],
    );
    await client.query(
      `INSERT INTO order_items (id, tenant_id, order_id, position, ticket_type_id, quantity, unit_price, subtotal, platform_fee,
          processing_fee, tax, total)
       SELECT gen_random_uuid(), tenant_id, id, 0, $3, 1, 5000, 5000, 250, 445, 470, total
         FROM orders WHERE tenant_id = $1 AND event_id = $2`,
      [svc.tenantId, eventId, ticketTypeId],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE orders');
  });
  const setupSeconds = seconds(setupStarted);
  await hooks.setupDone?.();

  const job = expiryJob(svc.app.services.orderDeps);
  const started = performance.now();
  const deadline = Date.now() + EXPIRY_TIME_LIMIT_SECONDS * 1000;
  while ((await job.runOnce()) > 0) {
    if (Date.now() > deadline) break;
  }
  const elapsed = seconds(started);
  const left = await withClient(svc.ownerDatabaseUrl, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM orders WHERE tenant_id = $1 AND event_id = $2 AND status <> 'EXPIRED'`,
      [svc.tenantId, eventId],
    );
    return rows[0]?.n ?? 0;
  });
  if (left > 0) {
    return unfinished({ items: count, processed: count - left, seconds: elapsed, setupSeconds, note: `${left} orders were not expired within ${EXPIRY_TIME_LIMIT_SECONDS} s` });
  }
  return { status: 'measured', items: count, seconds: elapsed, perSecond: Math.round(count / elapsed), setupSeconds };
}

/** The event-cancellation use case, if the app has it wired (a service instance and the internal route). */
function wiredCancellation(svc: BenchService): EventCancellationService | null {
  const route = svc.app.hasRoute({ method: 'POST', url: '/internal/v1/events/:eventId/cancel-orders' });
  const service = Object.values(svc.app.services as unknown as Record<string, unknown>).find(
    (candidate): candidate is EventCancellationService => candidate instanceof EventCancellationService,
  );
  return route && service ? service : null;
}

const agent = new http.Agent({ keepAlive: true });

/** A POST over a keep-alive agent (10,000s of set-up calls: fetch would make the set-up twice as long). */
function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const payload = body === undefined ? '' : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), 'content-length': Buffer.byteLength(payload), ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** Payment intents the sandbox created and marked paid, one per order id (what a real checkout leaves behind). */
async function paidIntents(svc: BenchService, orderIds: string[]): Promise<Map<string, string>> {
  const token = await svc.serviceToken('order-service', 'payment-service');
  const intents = new Map<string, string>();
  await forEachLimited(orderIds, 32, async (orderId) => {
    const created = await post(
      `${svc.sandbox.payment}/internal/v1/payment-intents`,
      { orderId, amount: ORDER_TOTAL, currency: 'USD' },
      { authorization: `Bearer ${token}`, 'x-tenant-id': svc.tenantId, 'idempotency-key': `order:${orderId}:intent` },
    );
    if (created.status !== 201) throw new Error(`intent creation failed: ${created.status} ${created.text}`);
    const intent = JSON.parse(created.text) as { id: string };
    const paid = await post(`${svc.sandbox.payment}/sandbox/payment-intents/${intent.id}/succeed`, undefined);
    if (paid.status !== 200) throw new Error(`intent ${intent.id} could not be paid: ${paid.status}`);
    intents.set(orderId, intent.id);
  });
  return intents;
}

export async function cancelEvent(
  svc: BenchService,
  count: number,
  timeLimitSeconds = CANCELLATION_TIME_LIMIT_SECONDS,
  hooks: ScaleHooks = {},
): Promise<ScaleResult> {
  const service = wiredCancellation(svc);
  if (!service) {
    return {
      status: 'skipped',
      items: count,
      seconds: null,
      perSecond: null,
      note: 'event cancellation is not wired into the app yet (no EventCancellationService in app.services or no POST /internal/v1/events/:eventId/cancel-orders)',
    };
  }
  const setupStarted = performance.now();
  const event = await svc.createEvent(count);
  const orderIds = Array.from({ length: count }, () => randomUUID());
  // The orders are inserted after their intents were paid, so the sandbox's payment notifications find no
  // order (404) instead of confirming them a second time.
  const intents = await paidIntents(svc, orderIds);
  await withClient(svc.ownerDatabaseUrl, async (client) => {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO orders (id, tenant_id, order_number, user_id, event_id, status, currency, price_mode, subtotal, platform_fee,
          processing_fee, tax, total, reservation_id, reservation_expires_at, payment_intent_id, payment_client_secret,
          payment_status, created_at, updated_at, confirmed_at)
       SELECT t.id, $1, 'BENCH-CXL-' || t.n, 'bench-cancel-user-' || t.n, $2, 'CONFIRMED', 'USD', 'exclusive', 5000, 250, 445, 470,
              $5, gen_random_uuid(), now() + interval '10 minutes', t.intent, 'bench_secret', 'succeeded',
              now() - interval '1 day', now() - interval '1 day', now() - interval '1 day'
         FROM unnest($3::uuid[], $4::text[]) WITH ORDINALITY AS t(id, intent, n)`,
      [svc.tenantId, event.id, orderIds, orderIds.map((id) => intents.get(id)), ORDER_TOTAL],
    );
    await client.query(
      `INSERT INTO order_items (id, tenant_id, order_id, position, ticket_type_id, quantity, unit_price, subtotal, platform_fee,
          processing_fee, tax, total)
       SELECT gen_random_uuid(), tenant_id, id, 0, $3, 1, 5000, 5000, 250, 445, 470, total FROM orders WHERE tenant_id = $1 AND event_id = $2`,
      [svc.tenantId, event.id, event.ticketTypes[0]!.id],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE orders');
  });
  await fetch(`${svc.sandbox.event}/sandbox/events/${event.id}/cancel`, { method: 'POST' }).then((response) => response.text());
  const setupSeconds = seconds(setupStarted);
  await hooks.setupDone?.();

  const token = await svc.serviceToken('event-service', 'order-service');
  const started = performance.now();
  const answer = await post(`${svc.baseUrl}/internal/v1/events/${event.id}/cancel-orders`, { reason: 'bench: event cancelled', tenantId: svc.tenantId }, {
    authorization: `Bearer ${token}`,
  });
  if (answer.status !== 202) {
    return { status: 'failed', items: count, seconds: null, perSecond: null, setupSeconds, note: `start answered ${answer.status}: ${answer.text}` };
  }
  const job = JSON.parse(answer.text) as { id: string };
  const readJob = async () => {
    const response = await fetch(`${svc.baseUrl}/internal/v1/jobs/${job.id}`, { headers: { authorization: `Bearer ${token}` } });
    return (await response.json()) as { status: string; progress: { processed: number; succeeded: number; failed: number }; failures: { code: string }[] };
  };
  const deadline = Date.now() + timeLimitSeconds * 1000;
  let state = await readJob();
  while (state.status !== 'COMPLETED' && Date.now() < deadline) {
    const handled = await service.runBatch();
    if (handled === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    state = await readJob();
  }
  const elapsed = seconds(started);
  const { processed, succeeded, failed } = state.progress;
  const codes = [...new Set(state.failures.map((failure) => failure.code))].slice(0, 5).join(', ');
  if (state.status !== 'COMPLETED') {
    const note = `job not COMPLETED after ${timeLimitSeconds} s: ${processed}/${count} processed, ${failed} failed${codes ? ` (${codes})` : ''}`;
    return unfinished({ items: count, processed, seconds: elapsed, setupSeconds, note });
  }
  return {
    status: failed > 0 ? 'failed' : 'measured',
    items: count,
    seconds: elapsed,
    perSecond: Math.round(count / elapsed),
    setupSeconds,
    ...(failed > 0 ? { note: `${succeeded} succeeded, ${failed} failed (${codes})` } : {}),
  };
}

/**
 * Removes the invoices and credit notes of the tenants `condition` names ($1 its parameter). Issued documents
 * are immutable — a trigger refuses DELETE — so this runs with triggers off for its own transaction, which
 * only a superuser (the bench's connection) may do; nothing but the bench removes documents.
 */
export async function deleteBenchDocuments(client: pg.Client, condition: string, parameter: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query("SET LOCAL session_replication_role = 'replica'");
    await client.query(`DELETE FROM documents WHERE ${condition}`, [parameter]);
    await client.query(`DELETE FROM document_counters WHERE ${condition}`, [parameter]);
    await client.query(`DELETE FROM invoice_settings WHERE ${condition}`, [parameter]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Removes what the bench put in the shared database (orders cascade to items, timeline and refunds). */
export async function cleanUp(svc: BenchService): Promise<void> {
  await withClient(svc.ownerDatabaseUrl, async (client) => {
    await deleteBenchDocuments(client, 'tenant_id = $1', svc.tenantId);
    await client.query('DELETE FROM background_jobs WHERE tenant_id = $1', [svc.tenantId]).catch(() => undefined);
    await client.query('DELETE FROM idempotency_keys WHERE tenant_id = $1', [svc.tenantId]);
    await client.query('DELETE FROM outbox WHERE tenant_id = $1 AND published_at IS NOT NULL', [svc.tenantId]);
    await client.query('DELETE FROM orders WHERE tenant_id = $1', [svc.tenantId]);
    // The promo code of the promo checkout load (its redemptions went with the orders).
    await client.query('DELETE FROM promotions WHERE tenant_id = $1', [svc.tenantId]);
  });
}
