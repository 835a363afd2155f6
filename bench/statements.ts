/**
 * Which SQL a checkout runs: `tsx bench/statements.ts [checkouts]` makes checkouts one after another (no
 * concurrency, so a statement's time is its own round trip and execution) and prints, per checkout, how often
 * each statement ran and the time spent in it, seen from the service. The count of round trips is what a
 * checkout costs on this kind of machine (see docs/benchmarks.md); use it to see what a change adds.
 */
import type { Database, Tx } from '../src/db/database.js';
import { BENCH_SECRETS } from './lib/service.js';
import { runBenchTool } from './lib/tool.js';
import { signUserTokenSync } from './lib/tokens.js';

interface Timing {
  count: number;
  ms: number;
}

/**
 * Wraps the database so that every statement of every transaction, and every single statement
 * (Database.statement, marked `[single]`), is timed under its (shortened) text.
 */
function timed(db: Database, timings: Map<string, Timing>, transactions: { count: number }): void {
  const time = async <R>(label: string, run: () => Promise<R>): Promise<R> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      const key = label.replace(/\s+/g, ' ').trim().slice(0, 100);
      const timing = timings.get(key) ?? { count: 0, ms: 0 };
      timing.count += 1;
      timing.ms += performance.now() - started;
      timings.set(key, timing);
    }
  };
  const wrap = (tx: Tx): Tx => ({
    ...tx,
    query: (sql, params) => time(sql, () => tx.query(sql, params)),
  });
  const { tenant, system, statement } = db;
  Object.assign(db, {
    tenant: <T>(tenantId: string, work: (tx: Tx) => Promise<T>) => {
      transactions.count += 1;
      return tenant.call(db, tenantId, (tx) => work(wrap(tx)));
    },
    system: <T>(work: (tx: Tx) => Promise<T>) => {
      transactions.count += 1;
      return system.call(db, (tx) => work(wrap(tx)));
    },
    statement: (sql: string, params?: readonly unknown[]) => time(`[single] ${sql}`, () => statement.call(db, sql, params)),
  });
}

const checkouts = Number(process.argv[2] ?? 200);

runBenchTool(async (svc) => {
  const timings = new Map<string, Timing>();
  const transactions = { count: 0 };
  timed(svc.infra.db, timings, transactions);
  const event = await svc.createEvent(1_000_000);
  const started = performance.now();
  for (let n = -20; n < checkouts; n++) {
    if (n === 0) {
      timings.clear();
      transactions.count = 0;
    }
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
  }
  const wall = (performance.now() - started) / (checkouts + 20);
  let statements = 0;
  let ms = 0;
  for (const [sql, timing] of [...timings].sort((a, b) => b[1].ms - a[1].ms)) {
    statements += timing.count;
    ms += timing.ms;
    console.log(`${(timing.count / checkouts).toFixed(2).padStart(5)} × ${(timing.ms / checkouts).toFixed(2).padStart(6)} ms  ${sql}`);
  }
  console.log(
    `\nper checkout: ${(statements / checkouts).toFixed(1)} statements, ${(transactions.count / checkouts).toFixed(1)} transactions ` +
      `(each adds BEGIN, COMMIT and, for a tenant, its binding; [single] statements are transactions of their own), ` +
      `${(ms / checkouts).toFixed(1)} ms in statements, ${wall.toFixed(1)} ms end to end`,
  );
});
