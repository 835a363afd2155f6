/**
 * Which SQL a checkout runs: `tsx bench/statements.ts [checkouts]` makes checkouts one after another (no
 * concurrency, so a statement's time is its own round trip and execution) and prints, per checkout, how often
 * each statement ran and the time spent in it, seen from the service. The count of round trips is what a
 * checkout costs on this kind of machine (see docs/benchmarks.md); use it to see what a change adds.
 * `tsx bench/statements.ts [orders] confirm` does the same for the confirmation of each order (as the Payment
 * service asks for it), invoice included, and says what share of the confirmation the invoice's statement is.
 */
import type { Database, Tx } from '../src/db/database.js';
import { BENCH_SECRETS, type BenchService } from './lib/service.js';
import { runBenchTool } from './lib/tool.js';
import { signUserTokenSync } from './lib/tokens.js';
import { cancelEvent } from './lib/scale.js';

interface Timing {
  count: number;
  ms: number;
}

/**
 * Wraps the database so that every statement of every transaction, and every single statement
 * (Database.statement, marked `[single]`), is timed under its (shortened) text.
 */
function timed(db: Database, sink: { timings: Map<string, Timing>; transactions: number }): void {
  const time = async <R>(label: string, run: () => Promise<R>): Promise<R> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      const key = label.replace(/\s+/g, ' ').trim().slice(0, 100);
      const timing = sink.timings.get(key) ?? { count: 0, ms: 0 };
      timing.count += 1;
      timing.ms += performance.now() - started;
      sink.timings.set(key, timing);
    }
  };
  const wrap = (tx: Tx): Tx => ({
    ...tx,
    query: (sql, params) => time(sql, () => tx.query(sql, params)),
  });
  const { tenant, system, statement } = db;
  Object.assign(db, {
    tenant: <T>(tenantId: string, work: (tx: Tx) => Promise<T>) => {
      sink.transactions += 1;
      return tenant.call(db, tenantId, (tx) => work(wrap(tx)));
    },
    system: <T>(work: (tx: Tx) => Promise<T>) => {
      sink.transactions += 1;
      return system.call(db, (tx) => work(wrap(tx)));
    },
    statement: (sql: string, params?: readonly unknown[]) => time(`[single] ${sql}`, () => statement.call(db, sql, params)),
  });
}

const checkouts = Number(process.argv[2] ?? 200);
const measure: 'checkout' | 'confirm' | 'cancel' = process.argv[3] === 'confirm' || process.argv[3] === 'cancel' ? process.argv[3] : 'checkout';
/** The statement that issues a document (src/modules/documents/repository.ts insertDocument). */
const ISSUES_DOCUMENT = 'WITH settings AS ( SELECT seller, invoice_prefix';

/** Prints each statement's count and time per unit (`per` units); answers the totals. */
function printTimings(timings: Map<string, Timing>, per: number): { statements: number; ms: number; documentMs: number } {
  let statements = 0;
  let ms = 0;
  let documentMs = 0;
  for (const [sql, timing] of [...timings].sort((a, b) => b[1].ms - a[1].ms)) {
    if (timing.count === 0) continue;
    statements += timing.count;
    ms += timing.ms;
    if (sql.startsWith(ISSUES_DOCUMENT)) documentMs += timing.ms;
    console.log(`${(timing.count / per).toFixed(2).padStart(5)} × ${(timing.ms / per).toFixed(2).padStart(6)} ms  ${sql}`);
  }
  return { statements, ms, documentMs };
}

async function countCancellation(svc: BenchService, orders: number): Promise<void> {
  const sink = { timings: new Map<string, Timing>(), transactions: 0 };
  timed(svc.infra.db, sink);
  const result = await cancelEvent(svc, orders, 600, {
    setupDone: async () => {
      sink.timings.clear();
      sink.transactions = 0;
    },
  });
  if (result.status !== 'measured') throw new Error(`the cancellation did not complete: ${result.note ?? result.status}`);
  const { statements } = printTimings(sink.timings, orders);
  console.log(
    `\nper cancelled order: ${(statements / orders).toFixed(1)} statements, ${(sink.transactions / orders).toFixed(1)} transactions ` +
      `(each adds BEGIN, COMMIT and, for a tenant, its binding); ${result.perSecond}/s (statements overlap: their times are not the wall time)`,
  );
}

runBenchTool(async (svc) => {
  if (measure === 'cancel') return countCancellation(svc, checkouts);
  const timings = new Map<string, Timing>();
  const measured = { timings, transactions: 0 };
  // In confirm mode the checkouts' statements go here and are not counted.
  const unmeasured = { timings: new Map<string, Timing>(), transactions: 0 };
  const sink = { ...measured };
  timed(svc.infra.db, sink);
  const event = await svc.createEvent(1_000_000);
  const serviceToken = await svc.serviceToken('payment-service', 'order-service');
  let started = performance.now();
  let measuredMs = 0;
  for (let n = -20; n < checkouts; n++) {
    if (n === 0) {
      timings.clear();
      sink.transactions = 0;
      measured.transactions = 0;
      started = performance.now();
      measuredMs = 0;
    }
    if (measure === 'confirm') Object.assign(sink, unmeasured);
    const userId = `statements-${Date.now()}-${n}`;
    const response = await fetch(`${svc.baseUrl}/api/v1/orders`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': userId,
        authorization: `Bearer ${signUserTokenSync(BENCH_SECRETS.JWT_SECRET, { sub: userId, tenantId: svc.tenantId, roles: ['customer'] })}`,
      },
      body: JSON.stringify({ eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] }),
    });
    const text = await response.text();
    if (response.status !== 201) throw new Error(`checkout answered ${response.status}: ${text}`);
    if (measure === 'checkout') continue;
    const order = JSON.parse(text) as { id: string; payment: { intentId: string } };
    unmeasured.transactions = sink.transactions;
    Object.assign(sink, { timings, transactions: measured.transactions });
    const confirmStarted = performance.now();
    const confirmed = await fetch(`${svc.baseUrl}/internal/v1/orders/${order.id}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${serviceToken}` },
      body: JSON.stringify({ paymentIntentId: order.payment.intentId }),
    });
    if (confirmed.status !== 200) throw new Error(`confirmation answered ${confirmed.status}: ${await confirmed.text()}`);
    await confirmed.text();
    measuredMs += performance.now() - confirmStarted;
    measured.transactions = sink.transactions;
  }
  const wall = measure === 'confirm' ? measuredMs / checkouts : (performance.now() - started) / checkouts;
  const { statements, ms, documentMs } = printTimings(timings, checkouts);
  console.log(
    `\nper ${measure === 'confirm' ? 'confirmation' : 'checkout'}: ${(statements / checkouts).toFixed(1)} statements, ${(sink.transactions / checkouts).toFixed(1)} transactions ` +
      `(each adds BEGIN, COMMIT and, for a tenant, its binding; [single] statements are transactions of their own), ` +
      `${(ms / checkouts).toFixed(1)} ms in statements, ${wall.toFixed(1)} ms end to end`,
  );
  if (measure === 'confirm') {
    console.log(`the invoice's statement: ${(documentMs / checkouts).toFixed(2)} ms per confirmation, ${((documentMs / checkouts / wall) * 100).toFixed(1)} % of its time end to end`);
  }
});
