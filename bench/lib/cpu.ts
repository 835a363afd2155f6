/** CPU time used by processes during a measurement, from /proc (Linux): where a request's cost goes. */
import { readdir, readFile } from 'node:fs/promises';
import type { CpuPerRequest } from './load-spec.js';
import { benchClient } from './targets.js';

const TICKS_PER_SECOND = 100;

/** null: no such process (any more). */
async function ticksOf(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return null;
  }
}

async function pidsNamed(name: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const comm = await readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '');
    if (comm.trim() === name) pids.push(Number(entry));
  }
  return pids;
}

async function totalTicks(): Promise<number> {
  const line = (await readFile('/proc/stat', 'utf8').catch(() => '')).split('\n')[0] ?? '';
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.split(/\s+/).slice(1).map(Number);
  return user + nice + system + irq + softirq + steal;
}

export interface CpuSplit {
  /** CPU seconds of this process (the service), the sandbox process and PostgreSQL's backends. */
  service: number;
  /** CPU seconds of each further service instance (a process of its own), when there are any. */
  instances?: number[];
  sandbox: number;
  postgres: number;
  /** Everything else on the machine (the load generator, other users' processes). */
  other: number;
  wallSeconds: number;
}

/**
 * The PostgreSQL processes that work for the bench: the backends whose application_name is `applicationName`
 * (the bench names its connections) and the server's own background processes (WAL writer, checkpointer...),
 * but not the backends of other users of the same server. `backendsOnly`: the bench's backends alone (the
 * background processes work for every database of the server, so on a shared server they count others' work).
 */
export function postgresPidsOf(databaseUrl: string, applicationName: string, options: { backendsOnly?: boolean } = {}): () => Promise<number[]> {
  return async () => {
    const client = benchClient(databaseUrl, 'order-service-bench-meter');
    // (current_database() is the bench's database: autovacuum of other databases is not ours.)
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
          WHERE application_name = $1
             OR (NOT $2 AND backend_type <> 'client backend' AND (datname IS NULL OR datname = current_database()))`,
        [applicationName, options.backendsOnly === true],
      );
      const mine = new Set(rows.map((row) => row.pid));
      if (options.backendsOnly) return [...mine];
      // The postmaster is no backend; count it too.
      for (const pid of await pidsNamed('postgres')) if (!mine.has(pid) && (await parentOf(pid)) === 1) mine.add(pid);
      return [...mine];
    } finally {
      await client.end();
    }
  };
}

async function parentOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? 0);
}

/**
 * Starts counting; the answer's stop() gives the CPU seconds each part used since. `instancePids`: further
 * service instances in processes of their own, each accounted apart (CpuSplit.instances).
 */
export async function cpuMeter(
  sandboxPid?: number,
  postgresPids: () => Promise<number[]> = () => pidsNamed('postgres'),
  instancePids: number[] = [],
): Promise<{ stop(): Promise<CpuSplit> }> {
  // Processes that are gone are left out: what they used since the start cannot be read any more.
  const ticks = async (pids: Iterable<number>) => {
    const read = await Promise.all([...pids].map(async (pid) => [pid, await ticksOf(pid)] as const));
    return new Map(read.filter((entry): entry is readonly [number, number] => entry[1] !== null));
  };
  const before = await ticks(await postgresPids());
  const startedAt = performance.now();
  const service0 = process.cpuUsage();
  const sandbox0 = sandboxPid ? ((await ticksOf(sandboxPid)) ?? 0) : 0;
  const instances0 = await Promise.all(instancePids.map(async (pid) => (await ticksOf(pid)) ?? 0));
  const total0 = await totalTicks();
  return {
    async stop() {
      const service = process.cpuUsage(service0);
      const serviceSeconds = (service.user + service.system) / 1e6;
      const sandbox = ((sandboxPid ? ((await ticksOf(sandboxPid)) ?? sandbox0) : 0) - sandbox0) / TICKS_PER_SECOND;
      const instances = await Promise.all(instancePids.map(async (pid, i) => (((await ticksOf(pid)) ?? (instances0[i] ?? 0)) - (instances0[i] ?? 0)) / TICKS_PER_SECOND));
      const instancesTotal = instances.reduce((sum, seconds) => sum + seconds, 0);
      // A backend that appeared during the run counts whole (connections opened meanwhile); one that ended
      // during it (an autovacuum worker, a closed connection) counts nothing rather than minus its past.
      const after = await ticks(new Set([...before.keys(), ...(await postgresPids())]));
      let postgresTicks = 0;
      for (const [pid, value] of after) postgresTicks += value - (before.get(pid) ?? 0);
      const postgres = postgresTicks / TICKS_PER_SECOND;
      const total = ((await totalTicks()) - total0) / TICKS_PER_SECOND;
      const round = (value: number) => Math.round(value * 100) / 100;
      return {
        service: round(serviceSeconds),
        ...(instancePids.length > 0 ? { instances: instances.map(round) } : {}),
        sandbox: round(sandbox),
        postgres: round(Math.max(0, postgres)),
        other: round(Math.max(0, total - serviceSeconds - instancesTotal - sandbox - postgres)),
        wallSeconds: round((performance.now() - startedAt) / 1000),
      };
    },
  };
}

/** CPU per request from a split, for a run that answered `requests` requests on `cores` cores. */
export function perRequest(split: CpuSplit, requests: number, cores: number): CpuPerRequest {
  const ms = (seconds: number) => Math.round(((seconds * 1000) / Math.max(1, requests)) * 100) / 100;
  return {
    serviceMs: ms(split.service),
    ...(split.instances ? { instancesMs: split.instances.map(ms) } : {}),
    sandboxMs: ms(split.sandbox),
    postgresMs: ms(split.postgres),
    otherShare: Math.round((split.other / Math.max(0.001, split.wallSeconds * cores)) * 100) / 100,
  };
}
