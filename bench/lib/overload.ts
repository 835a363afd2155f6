/**
 * Graceful overload: checkouts offered open loop (one every 1/rate s, however long the answers take) at
 * twice the maximum rate the service sustained, for 30 s. The admission limit (ADMISSION_MAX_IN_FLIGHT)
 * must keep the accepted checkouts fast and refuse the excess at once with 503 OVERLOADED; afterwards no
 * order may be left PENDING, no hold may be left at the Ticket sandbox without its RESERVED order, and no
 * payment intent open without one. See docs/benchmarks.md.
 */
import type { TargetCheck } from './report.js';
import { createEvent, percentile, settled } from './rush.js';
import { runScript } from './load.js';
import type { ScriptCall } from './script-spec.js';
import { BENCH_SECRETS, type BenchService } from './service.js';
import { benchClient } from './targets.js';
import { signUserTokenSync } from './tokens.js';

export interface OverloadResult {
  /** The maximum rate it was compared with (the checkout load's 2xx per second) and the rate offered. */
  maxRate: number;
  offeredRate: number;
  seconds: number;
  offered: number;
  accepted: number;
  refused: number;
  other: Record<string, number>;
  /** Accepted checkouts per second over the run, and that as a share of maxRate. */
  goodput: number;
  goodputShare: number;
  /** From the moment a connection took the request to the end of its answer. */
  acceptedLatencyMs: { p50: number; p99: number };
  refusedLatencyMs: { p50: number; p99: number };
  refusedWithoutRetryAfter: number;
  pendingLeft: number;
  /** Holds at the Ticket sandbox, and open payment intents, without a RESERVED order. */
  leakedHolds: number;
  openIntents: number;
}

export async function overloadRun(svc: BenchService, maxRate: number, seconds: number, log: (message: string) => void): Promise<OverloadResult> {
  const offeredRate = Math.max(2, Math.round(maxRate * 2));
  const event = await createEvent(svc, 10_000_000);
  const runId = Date.now().toString(36);
  const total = Math.floor(offeredRate * seconds);
  log(`overload: ${offeredRate} checkouts/s offered open loop for ${seconds} s (twice the maximum of ${maxRate}/s)`);
  const calls: ScriptCall[] = Array.from({ length: total }, (_, n) => {
    const userId = `bench-overload-${runId}-${n}`;
    const token = signUserTokenSync(BENCH_SECRETS.JWT_SECRET, { sub: userId, tenantId: svc.tenantId, roles: ['customer'] });
    return {
      at: (n * 1000) / offeredRate,
      tag: 'checkout',
      method: 'POST',
      path: '/api/v1/orders',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `${userId}-checkout` },
      body: JSON.stringify({ eventId: event.id, items: [{ ticketTypeId: event.types[n % event.types.length]!.id, quantity: 1 }] }),
    };
  });
  const run = await runScript({ title: 'overload', baseUrl: svc.baseUrl, paymentUrl: svc.sandbox.payment, maxConnections: 256, calls });
  const accepted = run.answers.filter((answer) => answer.status === 201);
  const refused = run.answers.filter((answer) => answer.status === 503 && answer.code === 'OVERLOADED');
  const other: Record<string, number> = {};
  for (const answer of run.answers) {
    if (answer.status === 201 || (answer.status === 503 && answer.code === 'OVERLOADED')) continue;
    const key = `${answer.status}${answer.code ? ` ${answer.code}` : ''}`;
    other[key] = (other[key] ?? 0) + 1;
  }
  const latency = (list: typeof accepted) => list.map((answer) => answer.answeredAt - answer.sentAt);
  const goodput = Math.round((accepted.length / seconds) * 10) / 10;

  const state = await settled(svc, [event.id], [], 60);
  const leaks = await leaksOf(svc, event.id);
  return {
    maxRate,
    offeredRate,
    seconds,
    offered: total,
    accepted: accepted.length,
    refused: refused.length,
    other,
    goodput,
    goodputShare: maxRate > 0 ? Math.round((goodput / maxRate) * 1000) / 1000 : 0,
    acceptedLatencyMs: { p50: percentile(latency(accepted), 0.5), p99: percentile(latency(accepted), 0.99) },
    refusedLatencyMs: { p50: percentile(latency(refused), 0.5), p99: percentile(latency(refused), 0.99) },
    refusedWithoutRetryAfter: refused.filter((answer) => !answer.retryAfterSeconds).length,
    pendingLeft: state.pending,
    ...leaks,
  };
}

/** Holds and open intents of the event at the sandbox that no RESERVED order of ours accounts for. */
async function leaksOf(svc: BenchService, eventId: string): Promise<{ leakedHolds: number; openIntents: number }> {
  const client = benchClient(svc.ownerDatabaseUrl);
  await client.connect();
  let reservations: Set<string>;
  /** The event's orders: whether each is RESERVED. */
  let orders: Map<string, boolean>;
  try {
    const { rows } = await client.query<{ id: string; reservation_id: string | null; status: string }>(
      `SELECT id, reservation_id, status FROM orders WHERE tenant_id = $1 AND event_id = $2`,
      [svc.tenantId, eventId],
    );
    const reserved = rows.filter((row) => row.status === 'RESERVED');
    reservations = new Set(reserved.flatMap((row) => (row.reservation_id ? [row.reservation_id] : [])));
    orders = new Map(rows.map((row) => [row.id, row.status === 'RESERVED']));
  } finally {
    await client.end();
  }
  const holds = (await (await fetch(`${svc.sandbox.ticket}/sandbox/reservations?tenantId=${encodeURIComponent(svc.tenantId)}`)).json()) as {
    reservationId: string;
    eventId?: string;
    status: string;
  }[];
  const intents = (await (await fetch(`${svc.sandbox.payment}/sandbox/payment-intents?tenantId=${encodeURIComponent(svc.tenantId)}`)).json()) as {
    orderId: string;
    status: string;
  }[];
  return {
    leakedHolds: holds.filter((hold) => hold.eventId === eventId && hold.status === 'HELD' && !reservations.has(hold.reservationId)).length,
    openIntents: intents.filter((intent) => intent.status === 'requires_payment' && orders.get(intent.orderId) === false).length,
  };
}

export function overloadRows(result: OverloadResult): string[] {
  const statuses = [`201×${result.accepted}`, `503 OVERLOADED×${result.refused}`, ...Object.entries(result.other).map(([key, count]) => `${key}×${count}`)].join(' ');
  return [
    `| overload: ${result.offeredRate} checkouts/s offered open loop for ${result.seconds} s (2× the maximum) | ${result.goodput}/s accepted | ${result.acceptedLatencyMs.p50} ms | ${result.acceptedLatencyMs.p99} ms | refusals p50 ${result.refusedLatencyMs.p50} ms, p99 ${result.refusedLatencyMs.p99} ms | | ${statuses}; afterwards PENDING ${result.pendingLeft}, leaked holds ${result.leakedHolds}, open intents ${result.openIntents} |`,
  ];
}

export function overloadTargets(result: OverloadResult): TargetCheck[] {
  const clean = result.pendingLeft === 0 && result.leakedHolds === 0 && result.openIntents === 0;
  return [
    { name: 'overload: goodput at 2× the maximum rate vs the maximum', target: '≥ 90 %', measured: `${Math.round(result.goodputShare * 1000) / 10} % (${result.goodput} vs ${result.maxRate}/s)`, pass: result.goodputShare >= 0.9 },
    { name: 'overload: p99 of accepted checkouts', target: '< 250 ms', measured: `${result.acceptedLatencyMs.p99} ms`, pass: result.acceptedLatencyMs.p99 < 250 },
    { name: 'overload: p99 of refusals (503 OVERLOADED)', target: '< 5 ms', measured: result.refused > 0 ? `${result.refusedLatencyMs.p99} ms` : 'none refused', pass: result.refused > 0 ? result.refusedLatencyMs.p99 < 5 : null },
    { name: 'overload: refusals without Retry-After', target: '0', measured: String(result.refusedWithoutRetryAfter), pass: result.refusedWithoutRetryAfter === 0 },
    { name: 'overload: afterwards no PENDING order, leaked hold or open intent', target: '0 · 0 · 0', measured: `${result.pendingLeft} · ${result.leakedHolds} · ${result.openIntents}`, pass: clean },
  ];
}
