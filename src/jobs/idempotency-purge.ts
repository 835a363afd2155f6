/** The idempotency-purge job: keys past their 24 hours are deleted. */
import type { Clock } from '../clock.js';
import type { IdempotencyStore } from '../http/idempotency-store.js';
import type { JobDefinition } from './job-runner.js';

/** Deletes idempotency keys past their 24 hours. */
export function idempotencyPurgeJob(store: IdempotencyStore, clock: Clock): JobDefinition {
  return {
    name: 'idempotency-purge',
    batchSize: Number.POSITIVE_INFINITY,
    intervalMs: 3_600_000,
    runOnce: () => store.purgeExpired(clock.now()),
  };
}
