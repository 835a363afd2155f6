/** The event-cancellation job: works the cancellation of cancelled events' orders (see EventCancellationService). */
import { EVENT_CANCELLATION_BATCH, type EventCancellationService } from '../modules/event-cancellation/index.js';
import type { JobDefinition } from './job-runner.js';

/** Works the event-cancellation jobs, one batch of one job per run. */
export function eventCancellationJob(service: EventCancellationService, options: { intervalMs?: number } = {}): JobDefinition {
  return { name: 'event-cancellation', batchSize: EVENT_CANCELLATION_BATCH, intervalMs: options.intervalMs ?? 2000, runOnce: () => service.runBatch() };
}
