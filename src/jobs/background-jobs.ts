/**
 * The one list of background jobs: every job the service runs, each defined in its own file here. main.ts
 * starts them all; the test harness and the bench start the ones they need from the same list, by name.
 */
import type { Clock } from '../clock.js';
import type { IdempotencyStore } from '../http/idempotency-store.js';
import { disputeTicketVoidJob } from './dispute-ticket-voids.js';
import { eventCancellationJob } from './event-cancellation.js';
import { expiryJob } from './expiry.js';
import { idempotencyPurgeJob } from './idempotency-purge.js';
import { startJob, type JobDefinition, type RunningJob } from './job-runner.js';
import type { OutboxRelayJob } from './outbox-relay.js';
import { sagaRecoveryJob, type StuckCheckoutRecovery } from './saga-recovery.js';
import type { TicketVoiding } from '../modules/disputes/index.js';
import type { EventCancellationService } from '../modules/event-cancellation/index.js';
import type { OrderDependencies } from '../modules/orders/index.js';

/** What the jobs work with: the app's services (AppServices provides all of it). */
export interface JobServices {
  orderDeps: OrderDependencies;
  checkout: StuckCheckoutRecovery;
  idempotency: IdempotencyStore;
  outboxRelay: OutboxRelayJob;
  ticketVoids: TicketVoiding;
  eventCancellation: EventCancellationService;
}

export const JOB_NAMES = ['outbox-relay', 'expiry', 'saga-recovery', 'idempotency-purge', 'dispute-ticket-void', 'event-cancellation'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** Every background job of the service, in the order they start. */
export function backgroundJobs(services: JobServices, clock: Clock): JobDefinition[] {
  return [
    services.outboxRelay,
    expiryJob(services.orderDeps),
    sagaRecoveryJob(services.orderDeps, services.checkout),
    idempotencyPurgeJob(services.idempotency, clock),
    disputeTicketVoidJob(services.ticketVoids),
    eventCancellationJob(services.eventCancellation),
  ];
}

/** Starts the jobs of the list (all, or those named); stop() lets each finish its batch. */
export function startBackgroundJobs(
  services: JobServices,
  deps: Parameters<typeof startJob>[1] & { clock: Clock },
  only: readonly JobName[] = JOB_NAMES,
): RunningJob[] {
  return backgroundJobs(services, deps.clock)
    .filter((job) => (only as readonly string[]).includes(job.name))
    .map((job) => startJob(job, deps));
}
