/**
 * The service's Prometheus instruments, created per app (no global registry) so that several apps can
 * live in one process (tests, two-instance drills).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  ordersTotal: Counter<'event'>;
  refundsTotal: Counter<'status'>;
  refundedAmount: Counter<'currency'>;
  disputesOpen: Gauge<'tenant'>;
  outboxLag: Gauge;
  peerCalls: Counter<'peer' | 'outcome'>;
  breakerState: Gauge<'peer'>;
  jobRuns: Counter<'job' | 'outcome'>;
  jobItems: Counter<'job'>;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    ordersTotal: new Counter({
      name: 'orders_total',
      help: 'Order lifecycle events (created, reserved, confirmed, cancelled, expired, refunded)',
      labelNames: ['event'],
      registers,
    }),
    refundsTotal: new Counter({ name: 'refunds_total', help: 'Refunds by final status', labelNames: ['status'], registers }),
    refundedAmount: new Counter({
      name: 'refunded_amount_minor_total',
      help: 'Refunded amount in minor units by currency',
      labelNames: ['currency'],
      registers,
    }),
    disputesOpen: new Gauge({ name: 'disputes_open', help: 'Open disputes', labelNames: ['tenant'], registers }),
    outboxLag: new Gauge({ name: 'outbox_lag_messages', help: 'Outbox messages not yet published', registers }),
    peerCalls: new Counter({
      name: 'peer_calls_total',
      help: 'Calls to peer services by outcome (ok, error, timeout, rejected_open)',
      labelNames: ['peer', 'outcome'],
      registers,
    }),
    breakerState: new Gauge({
      name: 'peer_breaker_state',
      help: 'Circuit breaker state per peer (0 closed, 1 half-open, 2 open)',
      labelNames: ['peer'],
      registers,
    }),
    jobRuns: new Counter({ name: 'job_runs_total', help: 'Background job runs', labelNames: ['job', 'outcome'], registers }),
    jobItems: new Counter({ name: 'job_items_total', help: 'Items processed by background jobs', labelNames: ['job'], registers }),
  };
}
