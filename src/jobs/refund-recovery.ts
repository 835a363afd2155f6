/**
 * The refund-recovery job: a PENDING refund left longer than its request should take (the process died
 * between the Payment service's answer and its application, the Payment service did not answer, or answered
 * `pending` and its message is late) is asked for again with its own idempotency key, and the answer applied
 * (see RefundService.recoverStale). Safe with many instances: claims skip locked rows and are leased.
 */
import type { RefundService } from '../modules/refunds/service.js';
import type { JobDefinition } from './job-runner.js';

export function refundRecoveryJob(refunds: RefundService, options: { recoverAfterSeconds: number; batchSize?: number; intervalMs?: number }): JobDefinition {
  const batchSize = options.batchSize ?? 50;
  return {
    name: 'refund-recovery',
    batchSize,
    // Looks at least as often as a refund may be left alone, and at most every 15 s.
    intervalMs: options.intervalMs ?? Math.min(15_000, options.recoverAfterSeconds * 1000),
    runOnce: () => refunds.recoverStale(batchSize),
  };
}
