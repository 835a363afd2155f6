/**
 * Profiles the service under one load: `tsx bench/profile.ts checkout|get|list [seconds]`, or one scale run:
 * `tsx bench/profile.ts expiry|cancel [orders]` (CPU per order, from the end of the bulk setup on), or one
 * scenario: `tsx bench/profile.ts rush [short]` (the on-sale rush), `tsx bench/profile.ts overload [seconds]`
 * (at twice MAX_RATE, default 150 checkouts/s). Starts the
 * service like the bench does, takes a CPU profile of this process (where the service runs) while the load
 * runs in its own process, writes <tmpdir>/order-service-<load>.cpuprofile (open it in Chrome DevTools) and prints
 * the functions and files with the most self time, and the CPU the service, the sandbox and PostgreSQL
 * spent per request. PROFILE=0 measures the CPU split only (the sampling profiler costs CPU itself).
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { runLoad } from './lib/load.js';
import type { CallPlan } from './lib/load-spec.js';
import { BENCH_APPLICATION_NAME, BENCH_SECRETS } from './lib/service.js';
import { runBenchTool } from './lib/tool.js';
import { benchClient } from './lib/targets.js';
import { cancelEvent, expireHolds } from './lib/scale.js';
import { cpuMeter, postgresPidsOf } from './lib/cpu.js';
import { onSaleRush, RUSH_FULL, RUSH_SHORT, rushRows, rushTargets } from './lib/rush.js';
import { overloadRows, overloadRun, overloadTargets } from './lib/overload.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function topSelfTime(profile: { nodes: ProfileNode[] }, limit: number): { functions: string[]; files: string[] } {
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0) || 1;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const url = node.callFrame.url.replace(/^file:\/\//, '').replace(process.cwd(), '.');
    const name = `${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    const file = url || node.callFrame.functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + hits);
  }
  const top = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  return { functions: top(byFunction), files: top(byFile) };
}

const load = process.argv[2] ?? 'get';
const seconds = Number(process.argv[3] ?? 10);

runBenchTool(async (svc) => {
  // As in bench/run.ts: the closed-loop loads (32 connections) run without the admission limit (16), the rush and
  // the overload with it.
  if (load !== 'rush' && load !== 'overload') svc.app.services.admission.setLimit(0);
  const event = await svc.createEvent(10_000_000);
  const checkout = (prefix: string): CallPlan => ({
    kind: 'checkout',
    secret: BENCH_SECRETS.JWT_SECRET,
    tenantId: svc.tenantId,
    userPrefix: `profile-${prefix}-${Date.now()}`,
    eventId: event.id,
    ticketTypeId: event.ticketTypes[0]!.id,
    idempotencyKeys: process.env.BENCH_IDEMPOTENCY_KEYS !== '0',
  });
  const base = { baseUrl: svc.baseUrl, connections: Number(process.env.BENCH_CONNECTIONS ?? 32) };
  await runLoad({ ...base, title: 'seed', durationSeconds: 3, plan: checkout('seed') });
  const { rows } = await svc.infra.db.system((tx) =>
    tx.query<{ id: string; user_id: string }>('SELECT id, user_id FROM orders WHERE tenant_id = $1 LIMIT 2000', [svc.tenantId]),
  );
  const pairs = rows.map((row) => ({ userId: row.user_id, orderId: row.id }));
  const plan: CallPlan =
    load === 'checkout'
      ? checkout('profile')
      : { kind: load === 'list' ? 'listOrders' : 'getOrder', secret: BENCH_SECRETS.JWT_SECRET, tenantId: svc.tenantId, pairs };

  // PROFILE=0 measures only the CPU split (the sampling profiler itself costs CPU).
  const profiling = process.env.PROFILE !== '0';
  const session = new Session();
  session.connect();
  if (profiling) {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  // Two meters: PostgreSQL with its background processes (as the bench counts it), and the bench's backends alone.
  const startMeter = async () => {
    // As the bench does before each load: the previous runs' deleted rows vacuumed and the dirty pages written, so
    // that PostgreSQL's CPU is this run's, not an autovacuum's or a checkpoint's of what came before.
    const client = benchClient(svc.ownerDatabaseUrl);
    await client.connect();
    try {
      await client.query('VACUUM (ANALYZE) orders, order_items, order_events, outbox, idempotency_keys, refunds, background_jobs, documents, document_counters');
      await client.query('CHECKPOINT').catch(() => undefined);
    } finally {
      await client.end();
    }
    const [all, backends] = await Promise.all([
      cpuMeter(svc.sandboxPid, postgresPidsOf(svc.ownerDatabaseUrl, BENCH_APPLICATION_NAME)),
      cpuMeter(undefined, postgresPidsOf(svc.ownerDatabaseUrl, BENCH_APPLICATION_NAME, { backendsOnly: true })),
    ]);
    return {
      async stop() {
        const [split, ofBackends] = await Promise.all([all.stop(), backends.stop()]);
        return { ...split, postgresBackends: ofBackends.postgres };
      },
    };
  };
  let meter: Awaited<ReturnType<typeof startMeter>>;
  let handled: number;
  if (load === 'rush') {
    meter = await startMeter();
    const rush = await onSaleRush(svc, process.argv[3] === 'short' ? RUSH_SHORT : RUSH_FULL, runLoad, async () => undefined, console.log);
    console.log([...rushRows(rush), ...rushTargets(rush).map((check) => `${check.pass ? 'pass' : 'FAIL'}  ${check.name}: ${check.measured}`)].join('\n'));
    handled = rush.oneEvent.buyers + rush.manyEvents.buyers;
  } else if (load === 'overload') {
    meter = await startMeter();
    const overload = await overloadRun(svc, Number(process.env.MAX_RATE ?? 150), seconds, console.log);
    console.log([...overloadRows(overload), ...overloadTargets(overload).map((check) => `${check.pass ? 'pass' : 'FAIL'}  ${check.name}: ${check.measured}`)].join('\n'));
    handled = overload.offered;
  } else if (load === 'expiry' || load === 'cancel') {
    // `seconds` is the number of orders here; the meter starts once the setup (bulk inserts) is done.
    let started: typeof meter | undefined;
    const hooks = {
      setupDone: async () => {
        started = await startMeter();
      },
    };
    const result = load === 'expiry' ? await expireHolds(svc, seconds, hooks) : await cancelEvent(svc, seconds, 600, hooks);
    console.log(`${load}:`, JSON.stringify(result));
    handled = result.processed ?? result.items;
    meter = started ?? (await startMeter());
  } else {
    meter = await startMeter();
    // PACED=<requests per second>: the open-loop generator at that rate instead of autocannon at full speed.
    const paced = Number(process.env.PACED ?? 0);
    const result = await runLoad({ ...base, title: load, durationSeconds: seconds, plan, ...(paced > 0 ? { overallRate: paced, mode: 'paced' as const } : {}) });
    const { p50, p90, p99, max } = result.latencyMs;
    console.log(`${load}: ${result.okPerSecond}/s ok, p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, max ${max} ms`, result.statusCounts);
    handled = result.requests;
  }
  const cpu = await meter.stop();
  const profile = profiling ? (await session.post('Profiler.stop')).profile : null;
  session.disconnect();
  const perRequest = (value: number) => `${((value / Math.max(1, handled)) * 1000).toFixed(2)} ms`;
  console.log(
    `CPU seconds over ${cpu.wallSeconds} s: service ${cpu.service} (${perRequest(cpu.service)}/request), sandbox ${cpu.sandbox} ` +
      `(${perRequest(cpu.sandbox)}/request), postgres ${cpu.postgres} (${perRequest(cpu.postgres)}/request; its backends for the bench ` +
      `${cpu.postgresBackends}, ${perRequest(cpu.postgresBackends)}/request), other ${cpu.other}`,
  );
  if (profile) {
    const file = join(tmpdir(), `order-service-${load}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    const top = topSelfTime(profile as unknown as { nodes: ProfileNode[] }, 25);
    console.log('\nself time by function:\n' + top.functions.join('\n'));
    console.log('\nself time by file:\n' + top.files.join('\n'));
    console.log(`\nprofile: ${file}`);
  }
});
