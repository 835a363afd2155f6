/**
 * Two service instances on one database: the checkout load at the maximum rate (the same plan and connection
 * count as the one-instance checkout load) spread over the instance in the bench process and a second one in
 * a process of its own (bench/service-instance.ts, configured like the first but for its port), both on the
 * bench database, Redis, RabbitMQ and the sandbox. One autocannon process loads both (connection i goes to
 * instance i mod 2), so it is one measurement with one CPU window: each instance's process, the sandbox,
 * PostgreSQL and the rest. Compared with the one-instance checkout load of the same run; docs/benchmarks.md
 * ("Two instances") explains where it stops scaling. BENCH_TWO_INSTANCES=0 skips it.
 */
import { runLoad } from './load.js';
import type { CallPlan, LoadResult, LoadSpec } from './load-spec.js';
import type { Skipped, TargetCheck } from './report.js';
import { startInstanceProcess, type BenchService } from './service.js';

export const TWO_INSTANCES = process.env.BENCH_TWO_INSTANCES !== '0';

export interface TwoInstancesSettings {
  connections: number;
  durationSeconds: number;
  warmUpSeconds: number;
  cores: number;
}

export interface TwoInstancesResult {
  settings: TwoInstancesSettings;
  /** The checkout load over both instances: cpu.serviceMs is the bench process's instance, cpu.instancesMs[0] the other's. */
  twoInstances: LoadResult;
  /** The one-instance checkout load of the same run, for comparison. */
  oneInstance: LoadResult;
}

/** Runs the load over two instances; the second instance is stopped afterwards, also on failure. */
export async function twoInstancesRun(
  svc: BenchService,
  settings: TwoInstancesSettings,
  oneInstance: LoadResult,
  plan: (prefix: string) => CallPlan,
  measure: (spec: LoadSpec, instancePids: number[]) => Promise<LoadResult>,
  log: (message: string) => void,
): Promise<TwoInstancesResult | Skipped> {
  if (!TWO_INSTANCES) return { status: 'skipped', note: 'BENCH_TWO_INSTANCES=0' };
  log('two instances: starting a second service instance in a process of its own (same database, Redis, RabbitMQ, sandbox)');
  // A capacity load, as the one-instance checkout load: no admission limit (bench/run.ts turns it off there too).
  const second = await startInstanceProcess({ ...svc.instanceEnv, ADMISSION_MAX_IN_FLIGHT: '0' });
  try {
    const spec = { baseUrl: svc.baseUrl, moreBaseUrls: [second.baseUrl], connections: settings.connections };
    await runLoad({ ...spec, title: 'checkout over two instances warm-up', durationSeconds: settings.warmUpSeconds, plan: plan('two-warm') });
    log(`two instances: checkout at the maximum rate, ${settings.connections} connections spread over both`);
    const twoInstances = await measure({ ...spec, title: 'checkout over two instances', durationSeconds: settings.durationSeconds, plan: plan('two') }, [second.pid]);
    return { settings, twoInstances, oneInstance };
  } finally {
    await second.stop();
  }
}

const isSkipped = (value: TwoInstancesResult | Skipped): value is Skipped => 'status' in value;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const percent = (share: number) => `${round(share * 100, 1)} %`;

/** CPU ms per checkout of every service instance, the sandbox and PostgreSQL together. */
function cpuPerCheckout(result: LoadResult): number | null {
  const cpu = result.cpu;
  if (!cpu) return null;
  return round(cpu.serviceMs + (cpu.instancesMs ?? []).reduce((sum, ms) => sum + ms, 0) + cpu.sandboxMs + cpu.postgresMs);
}

/**
 * The CPU arithmetic of a checkout load: c = CPU ms per checkout (instances + sandbox + PostgreSQL), c × rate
 * the cores that used, `cores` ÷ c the rate at which they would use every core (before the load generator
 * and the rest take their share), and each instance's process CPU per second of the run (one event loop
 * cannot go past 1 core; GC threads make it an upper bound of the loop's busy share).
 */
export function cpuArithmetic(result: LoadResult, cores: number): string {
  const c = cpuPerCheckout(result);
  const cpu = result.cpu;
  if (c === null || !cpu || c <= 0) return 'CPU not measured';
  const rate = result.okPerSecond;
  const instances = [cpu.serviceMs, ...(cpu.instancesMs ?? [])];
  const parts = `(${instances.join(' + ')} + ${cpu.sandboxMs} + ${cpu.postgresMs})`;
  const used = (ms: number) => round((ms * rate) / 1000);
  return (
    `c = ${parts} = ${c} ms; c × ${rate}/s = ${used(c)} of ${cores} cores (others used ${Math.round(cpu.otherShare * 100)} % of the machine); ` +
    `${cores} cores ÷ c = ${Math.round((cores * 1000) / c)}/s; instance process${instances.length > 1 ? 'es' : ''} ${instances.map((ms) => `${used(ms)}`).join(' · ')} cores`
  );
}

export function twoInstancesRows(result: TwoInstancesResult | Skipped): string[] {
  if (isSkipped(result)) return [`| two instances: checkout over both | skipped | | | | | ${result.note} |`];
  const { twoInstances: two, oneInstance: one, settings } = result;
  const share = one.okPerSecond > 0 ? `${percent(two.okPerSecond / one.okPerSecond)} of checkout (one instance)` : '';
  const cpu = two.cpu
    ? `${[two.cpu.serviceMs, ...(two.cpu.instancesMs ?? [])].join(' + ')} · ${two.cpu.sandboxMs} · ${two.cpu.postgresMs} (others ${Math.round(two.cpu.otherShare * 100)} %)`
    : '';
  const statuses = Object.entries(two.statusCounts)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  const perInstance = Math.ceil(settings.connections / 2);
  return [
    `| two instances: checkout over both (${perInstance} + ${settings.connections - perInstance} connections; one database, Redis, RabbitMQ, sandbox) | ${two.okPerSecond}/s | ${two.latencyMs.p50} ms | ${two.latencyMs.p99} ms | ${share} | ${cpu} | ${statuses}${two.errors ? `, ${two.errors} errors` : ''} |`,
    `| two instances: CPU arithmetic, one instance | ${one.okPerSecond}/s | | | | | ${cpuArithmetic(one, settings.cores)} |`,
    `| two instances: CPU arithmetic, two instances | ${two.okPerSecond}/s | | | | | ${cpuArithmetic(two, settings.cores)} |`,
  ];
}

/** Reported, not checked: on the bench machine's two cores a second instance is not expected to add much. */
export function twoInstancesTargets(result: TwoInstancesResult | Skipped): TargetCheck[] {
  const name = 'two instances: checkout rate vs one instance';
  if (isSkipped(result)) return [{ name, target: 'reported', measured: 'skipped', pass: null, informational: true }];
  const { twoInstances: two, oneInstance: one } = result;
  const [c2, c1] = [cpuPerCheckout(two), cpuPerCheckout(one)];
  const cpu = c1 !== null && c2 !== null && c1 > 0 ? `; CPU per checkout ${c2} vs ${c1} ms (${percent(c2 / c1)})` : '';
  const rate = one.okPerSecond > 0 ? percent(two.okPerSecond / one.okPerSecond) : '–';
  return [
    {
      name,
      target: 'reported',
      measured: `${rate} (${two.okPerSecond} vs ${one.okPerSecond}/s; p99 ${two.latencyMs.p99} vs ${one.latencyMs.p99} ms${cpu})`,
      pass: true,
      informational: true,
    },
  ];
}
