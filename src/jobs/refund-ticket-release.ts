/**
 * The refunded-ticket release job: a succeeded refund gives its tickets back at the Ticket service right after
 * its commit; when that call fails (or the process dies first), this job retries it, with a growing pause,
 * until the Ticket service confirms (see RefundService.releaseDueTickets). Releasing twice is harmless.
 */
import type { RefundService } from '../modules/refunds/service.js';
import type { JobDefinition } from './job-runner.js';

export function refundTicketReleaseJob(refunds: RefundService, options: { batchSize?: number; intervalMs?: number } = {}): JobDefinition {
  const batchSize = options.batchSize ?? 50;
  return {
    name: 'refund-ticket-release',
    batchSize,
    intervalMs: options.intervalMs ?? 15_000,
    runOnce: () => refunds.releaseDueTickets(batchSize),
  };
}
