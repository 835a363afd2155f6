/** Turns a bench run into bench/results/latest.json and the results table of docs/benchmarks.md. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CpuPerRequest, LoadResult } from './load-spec.js';
import type { TransactionResult } from './raw.js';
import type { ScaleResult } from './scale.js';
import { EXPORT_MEMORY_LIMIT_MB, type OrderExportResult } from './order-export.js';

export interface Skipped {
  status: 'skipped';
  note: string;
}

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  /** null: not measured (skipped). */
  pass: boolean | null;
  /** Reported, never passed or failed (the table says "reported"); pass is then true when measured. */
  informational?: boolean;
}

/**
 * A scenario of its own file (bench/lib/rush.ts, overload.ts, pipeline.ts): its raw result for the JSON, its
 * rows for the results table and its targets.
 */
export interface ScenarioReport {
  name: string;
  result: unknown;
  rows: string[];
  targets: TargetCheck[];
}

export interface BenchReport {
  machine: {
    date: string;
    cores: number;
    cpu: string;
    memoryGb: number;
    node: string;
    platform: string;
    postgres: string;
    /** 1-minute load average when the run started and ended: other work on the machine skews every number. */
    loadAverage: { before: number; after: number };
  };
  settings: { connections: number; durationSeconds: number; pgClients: number; poolSize: number; preparedStatements?: boolean; idempotencyKeys: boolean; tracing?: boolean };
  raw: { helloWorld: LoadResult; transactions: TransactionResult };
  service: {
    checkout: LoadResult;
    /** The same load, every checkout with one promo code without a limit. */
    checkoutPromo: LoadResult;
    /** autocannon overallRate at half the maximum: every connection sends its quota at the start of each second. */
    checkoutHalfRate: LoadResult;
    /** The same rate, one request every 1/rate s (open loop). */
    checkoutPaced: LoadResult;
    /** One connection: the latency a lone client sees. */
    checkoutSingle: LoadResult;
    getOrder: LoadResult;
    listOrders: LoadResult;
    /** POST /internal/v1/orders/:id/confirm on RESERVED orders: what confirming a payment costs (invoice included). */
    confirmation: LoadResult | Skipped;
    refund: LoadResult | Skipped;
    change: LoadResult | Skipped;
  };
  scale: { expiry: ScaleResult; eventCancellation: ScaleResult; orderExport?: OrderExportResult };
  scenarios?: ScenarioReport[];
  targets: TargetCheck[];
  totalSeconds: number;
}

const ROOT = new URL('../../', import.meta.url);
const MARK_START = '<!-- bench:latest:start -->';
const MARK_END = '<!-- bench:latest:end -->';

const isSkipped = (value: LoadResult | Skipped): value is Skipped => 'status' in value && value.status === 'skipped';
const ratio = (value: number, base: number) => (base > 0 ? `${Math.round((value / base) * 1000) / 10} %` : '–');
const fmt = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });

export function checkTargets(report: Omit<BenchReport, 'targets' | 'totalSeconds'>): TargetCheck[] {
  const { raw, service, scale } = report;
  const getShare = service.getOrder.okPerSecond / raw.helloWorld.okPerSecond;
  const rawTx = raw.transactions.perSecond;
  return [
    { name: 'GET order vs hello-world', target: '≥ 50 %', measured: ratio(service.getOrder.okPerSecond, raw.helloWorld.okPerSecond), pass: getShare >= 0.5 },
    {
      name: `p99 checkout at half the maximum rate (${service.checkoutPaced.overallRate}/s)`,
      target: '< 50 ms',
      measured: `${service.checkoutPaced.latencyMs.p99} ms paced (autocannon overallRate: ${service.checkoutHalfRate.latencyMs.p99} ms)`,
      pass: service.checkoutPaced.latencyMs.p99 < 50,
    },
    promoCostCheck(service.checkout, service.checkoutPromo),
    scaleRateCheck(`expiry of ${fmt(scale.expiry.items)} elapsed holds`, scale.expiry, rawTx, SCALE_TARGETS.expiry),
    scaleRateCheck(`cancellation of an event with ${fmt(scale.eventCancellation.items)} paid orders`, scale.eventCancellation, rawTx, SCALE_TARGETS.eventCancellation),
    ...(scale.orderExport ? [exportMemoryCheck(scale.orderExport)] : []),
  ];
}

/**
 * The scale runs' targets: orders per second as a multiple of the raw pg transaction rate of the same run, so
 * that they hold on a faster or slower machine (and a busier or quieter one) alike.
 */
export const SCALE_TARGETS = { expiry: 4, eventCancellation: 0.25 } as const;

/** "1.93×" of the raw transaction rate. */
const timesRawTx = (perSecond: number, rawTx: number) => `${rawTx > 0 ? Math.round((perSecond / rawTx) * 100) / 100 : '–'}×`;

function scaleRateCheck(name: string, result: ScaleResult, rawTx: number, factor: number): TargetCheck {
  const target = `≥ ${factor}× raw tx/s (${fmt(Math.round(rawTx * factor))} orders/s)`;
  if (result.status === 'skipped') return { name, target, measured: 'skipped', pass: null };
  const measured =
    result.perSecond === null
      ? result.status
      : `${fmt(result.perSecond)} orders/s = ${timesRawTx(result.perSecond, rawTx)} raw tx (${result.seconds} s)${result.status === 'measured' ? '' : `, ${result.status}`}`;
  return { name, target, measured, pass: result.status === 'measured' && (result.perSecond ?? 0) >= rawTx * factor };
}

/** SPEC §16: the export streams, so what it holds must not grow with the number of orders. */
function exportMemoryCheck(result: OrderExportResult): TargetCheck {
  const name = `memory held while exporting ${fmt(result.orders)} orders (CSV, XLSX)`;
  const target = `< ${EXPORT_MEMORY_LIMIT_MB} MB`;
  if (result.status === 'skipped') return { name, target, measured: 'skipped', pass: null };
  const measured = result.runs.map((run) => `${run.format} ${run.status === 'measured' ? `+${run.liveHeapGrowthMb} MB (peak resident +${run.rssGrowthMb} MB)` : run.status}`).join(', ');
  return { name, target, measured, pass: result.status === 'measured' && result.runs.every((run) => run.liveHeapGrowthMb < EXPORT_MEMORY_LIMIT_MB) };
}

function exportRows(result: OrderExportResult | undefined): string[] {
  if (!result) return [];
  return result.runs.map(
    (run) =>
      `| order export, ${fmt(result.orders)} orders, ${run.format.toUpperCase()} | ${run.seconds} s | | | ${fmt(Math.round(result.orders / Math.max(run.seconds, 0.01)))} orders/s | | ${run.status}: ${fmt(Math.round(run.bytes / 2 ** 20))} MB sent; held +${run.liveHeapGrowthMb} MB, peak resident +${run.rssGrowthMb} MB (setup ${result.setupSeconds} s, not timed) |`,
  );
}

/** CPU of the service and PostgreSQL per checkout (the sandbox's work is the same with or without a code). */
const checkoutCpu = (result: LoadResult) => (result.cpu ? result.cpu.serviceMs + result.cpu.postgresMs : null);

function promoCostCheck(plain: LoadResult, promo: LoadResult): TargetCheck {
  const [without, withCode] = [checkoutCpu(plain), checkoutCpu(promo)];
  const name = 'CPU per checkout with a promo code vs without (service + PostgreSQL)';
  if (without === null || withCode === null || without <= 0) return { name, target: '≤ 110 %', measured: 'not measured', pass: null };
  return { name, target: '≤ 110 %', measured: `${ratio(withCode, without)} (${fmt(withCode)} ms vs ${fmt(without)} ms)`, pass: withCode <= without * 1.1 };
}

function cpuCell(cpu: CpuPerRequest | undefined): string {
  if (!cpu) return '';
  return `${cpu.serviceMs} · ${cpu.sandboxMs} · ${cpu.postgresMs} (others ${Math.round(cpu.otherShare * 100)} %)`;
}

function loadRow(name: string, result: LoadResult | Skipped, base: { name: string; perSecond: number } | null): string {
  if (isSkipped(result)) return `| ${name} | skipped | | | | | ${result.note} |`;
  const statuses = Object.entries(result.statusCounts)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  const share = base ? `${ratio(result.okPerSecond, base.perSecond)} of ${base.name}` : '';
  return `| ${name} | ${fmt(result.okPerSecond)}/s | ${result.latencyMs.p50} ms | ${result.latencyMs.p99} ms | ${share} | ${cpuCell(result.cpu)} | ${statuses}${result.errors ? `, ${result.errors} errors` : ''} |`;
}

/** A scale run as a rate, with its ratio to the raw transaction rate of the same run; its time in the notes. */
function scaleRow(name: string, result: ScaleResult, rawTx: number): string {
  if (result.status === 'skipped') return `| ${name} | skipped | | | | | ${result.note ?? ''} |`;
  const rate = result.perSecond === null ? '–' : `${fmt(result.perSecond)} orders/s`;
  const share = result.perSecond === null ? '' : `${timesRawTx(result.perSecond, rawTx)} raw tx`;
  const took = result.seconds === null ? '' : ` in ${result.seconds} s`;
  return `| ${name} | ${rate} | | | ${share} | | ${result.status}${took}${result.note ? `: ${result.note}` : ''}${result.setupSeconds !== undefined ? ` (setup ${result.setupSeconds} s, not timed)` : ''} |`;
}

export function markdown(report: BenchReport): string {
  const { machine, settings, raw, service, scale } = report;
  const hello = { name: 'hello-world', perSecond: raw.helloWorld.okPerSecond };
  const tx = { name: 'raw tx', perSecond: raw.transactions.perSecond };
  const lines = [
    MARK_START,
    `Run of ${machine.date} on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.postgres}; ` +
      `${settings.connections} HTTP connections, ${settings.durationSeconds} s per load, pg pool ${settings.poolSize}` +
      `${settings.preparedStatements === false ? ' (unnamed statements)' : settings.preparedStatements ? ' (named prepared statements)' : ''}` +
      `${settings.idempotencyKeys ? ', checkouts and refunds send an Idempotency-Key' : ''}; whole run ${report.totalSeconds} s; ` +
      `load average ${machine.loadAverage.before} before, ${machine.loadAverage.after} after.`,
    '',
    '"CPU ms/request" is the CPU time the service · the sandbox peers · PostgreSQL spent per answered request, and the share of',
    "the machine's CPU that everything else (the load generator, other processes) used meanwhile; with two instances, the",
    "service's part is the bench process's instance + the other instance's process.",
    '',
    '| measurement | rate / time | p50 | p99 | ratio | CPU ms/request | notes |',
    '|---|---|---|---|---|---|---|',
    loadRow('raw: Fastify hello-world', raw.helloWorld, null),
    `| raw: pg transaction (1 order row + 1 event row, ${raw.transactions.clients} clients) | ${fmt(raw.transactions.perSecond)}/s | ${raw.transactions.latencyMs.p50} ms | ${raw.transactions.latencyMs.p99} ms | | ${cpuCell(raw.transactions.cpu)} | ${fmt(raw.transactions.transactions)} transactions |`,
    loadRow('checkout (POST /api/v1/orders, saga)', service.checkout, tx),
    loadRow(`checkout with a promo code (${settings.connections} connections, one unlimited code)`, service.checkoutPromo, {
      name: 'checkout',
      perSecond: service.checkout.okPerSecond,
    }),
    loadRow(`checkout at half the maximum (${service.checkoutHalfRate.overallRate}/s), autocannon overallRate`, service.checkoutHalfRate, null),
    loadRow(`checkout at half the maximum (${service.checkoutPaced.overallRate}/s), paced`, service.checkoutPaced, null),
    loadRow('checkout, one connection', service.checkoutSingle, null),
    loadRow('GET /api/v1/orders/:id', service.getOrder, hello),
    loadRow('GET /api/v1/orders (list, 20)', service.listOrders, hello),
    loadRow('confirmation (POST /internal/v1/orders/:id/confirm, invoice issued)', service.confirmation, tx),
    loadRow('refund (POST /api/v1/orders/:id/refunds)', service.refund, tx),
    loadRow('order change, swap one ticket (POST /api/v1/orders/:id/changes)', service.change, tx),
    scaleRow(`expiry of ${fmt(scale.expiry.items)} elapsed holds`, scale.expiry, raw.transactions.perSecond),
    scaleRow(`event cancellation, ${fmt(scale.eventCancellation.items)} paid orders`, scale.eventCancellation, raw.transactions.perSecond),
    ...exportRows(scale.orderExport),
    ...(report.scenarios ?? []).flatMap((scenario) => scenario.rows),
    '',
    '| target | required | measured | result |',
    '|---|---|---|---|',
    ...report.targets.map((t) => `| ${t.name} | ${t.target} | ${t.measured} | ${t.pass === null ? 'skipped' : t.informational ? 'reported' : t.pass ? 'pass' : '**fail**'} |`),
    MARK_END,
  ];
  return lines.join('\n');
}

/** A short run (`--short`) writes bench/results/short.json alone: its numbers must not replace a full run's. */
export async function writeReport(report: BenchReport, short = false): Promise<{ json: string; doc: string | null }> {
  const resultsDir = fileURLToPath(new URL('bench/results/', ROOT));
  await mkdir(resultsDir, { recursive: true });
  // A run with tracing on is compared with the baseline, not recorded as it: docs/benchmarks.md keeps the baseline.
  const json = `${resultsDir}${short ? 'short' : report.settings.tracing ? 'latest-tracing' : 'latest'}.json`;
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  if (short) return { json, doc: null };
  if (report.settings.tracing) return { json, doc: '(docs/benchmarks.md unchanged: tracing run)' };

  const doc = fileURLToPath(new URL('docs/benchmarks.md', ROOT));
  const table = markdown(report);
  let text: string;
  try {
    text = await readFile(doc, 'utf8');
  } catch {
    text = `# Benchmarks\n\n\`npm run bench\` writes the latest run here.\n\n## Latest run\n\n${MARK_START}\n${MARK_END}\n`;
  }
  const start = text.indexOf(MARK_START);
  const end = text.indexOf(MARK_END);
  text = start >= 0 && end > start ? `${text.slice(0, start)}${table}${text.slice(end + MARK_END.length)}` : `${text.trimEnd()}\n\n## Latest run\n\n${table}\n`;
  await writeFile(doc, text);
  return { json, doc };
}
