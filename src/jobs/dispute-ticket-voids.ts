/** The ticket-voiding retry job after lost disputes; safe with many instances (claims skip locked rows). */
import type { TicketVoiding } from '../modules/disputes/index.js';
import type { JobDefinition } from './job-runner.js';

export function disputeTicketVoidJob(voids: TicketVoiding, options: { intervalMs?: number; batchSize?: number } = {}): JobDefinition {
  const batchSize = options.batchSize ?? 20;
  return {
    name: 'dispute-ticket-void',
    intervalMs: options.intervalMs ?? 30_000,
    batchSize,
    runOnce: () => voids.retryDue(batchSize),
  };
}
