/**
 * A background job: a small loop over claimed batches. When a run fills its batch it runs again at once;
 * otherwise it waits for the interval. Claims are made in the database (SKIP LOCKED, leases), so any number
 * of instances can run the same job. stop() lets the current batch finish.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Metrics } from '../metrics.js';

export interface JobDefinition {
  name: string;
  intervalMs: number;
  batchSize: number;
  /** Processes one batch; answers how many items it handled. */
  runOnce(): Promise<number>;
  /** Waits for work a run started but did not wait for (sends in flight), once the loop has stopped. */
  stop?(): Promise<void>;
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
      handled = await job.runOnce();
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
