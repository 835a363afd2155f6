/**
 * A background job: a small loop over claimed batches. When a run fills its batch it runs again at once;
 * otherwise it waits for the interval. Claims are made in the database (SKIP LOCKED, leases), so any number
 * of instances can run the same job. stop() lets the current batch finish.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Metrics } from '../metrics.js';
import { inSpan, rootContext, tracingEnabled } from '../tracing.js';

export interface JobDefinition {
  name: string;
  intervalMs: number;
  batchSize: number;
  /** Processes one batch; answers how many items it handled. */
  runOnce(): Promise<number>;
  /**
   * Each run is a trace of its own (`job <name>`) unless false: a job that polls several times a second traces
   * only the work it finds (the outbox relay traces each publish in the trace of the change that wrote it).
   */
  traced?: boolean;
  /** Waits for work a run started but did not wait for (sends in flight), once the loop has stopped. */
  stop?(): Promise<void>;
}

/** One run, in a span of its own when tracing is on (the timer's context is the previous run's: not a parent). */
function runTraced(job: JobDefinition): Promise<number> {
  if (!tracingEnabled() || job.traced === false) return job.runOnce();
  return inSpan(`job ${job.name}`, { parent: rootContext(), attributes: { 'order_service.job': job.name } }, async (span) => {
    const handled = await job.runOnce();
    span.setAttribute('order_service.job.items', handled);
    return handled;
  });
}

export interface RunningJob {
  name: string;
  stop(): Promise<void>;
}

export function startJob(job: JobDefinition, deps: { metrics: Metrics; log: FastifyBaseLogger }): RunningJob {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const tick = async (): Promise<void> => {
    if (stopped) return;
    let handled = 0;
    try {
      handled = await runTraced(job);
      deps.metrics.jobRuns.inc({ job: job.name, outcome: 'ok' });
      if (handled > 0) deps.metrics.jobItems.inc({ job: job.name }, handled);
    } catch (error) {
      deps.metrics.jobRuns.inc({ job: job.name, outcome: 'error' });
      deps.log.error({ err: error, job: job.name }, 'job run failed');
    }
    if (stopped) return;
    timer = setTimeout(() => {
      current = tick();
    }, handled >= job.batchSize ? 0 : job.intervalMs);
    timer.unref();
  };

  timer = setTimeout(() => {
    current = tick();
  }, Math.floor(Math.random() * Math.min(job.intervalMs, 1000)));
  timer.unref();

  return {
    name: job.name,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
      await job.stop?.();
    },
  };
}
