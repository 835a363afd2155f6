/**
 * The one list of background jobs: every job the service runs, each defined in its own file here. main.ts
 * starts them all; the test harness and the bench start the ones they need from the same list, by name.
 */
import type { Clock } from '../clock.js';
import type { IdempotencyStore } from '../http/idempotency-store.js';
import { changeExpiryJob } from './change-expiry.js';
import { changeRecoveryJob } from './change-recovery.js';
import { disputeTicketVoidJob } from './dispute-ticket-voids.js';
import { eventCancellationJob } from './event-cancellation.js';
import { expiryJob } from './expiry.js';
import { idempotencyPurgeJob } from './idempotency-purge.js';
import { latePaymentJob } from './late-payments.js';
import { startJob, type JobDefinition, type RunningJob } from './job-runner.js';
import type { OutboxRelayJob } from './outbox-relay.js';
import { orderReleaseJob } from './order-release.js';
import { refundRecoveryJob } from './refund-recovery.js';
import { refundTicketReleaseJob } from './refund-ticket-release.js';
import { sagaRecoveryJob, type StuckCheckoutRecovery } from './saga-recovery.js';
import { webhookDeliveryJob } from './webhook-delivery.js';
import type { TicketVoiding } from '../modules/disputes/index.js';
import type { EventCancellationService } from '../modules/event-cancellation/index.js';
import type { LatePaymentRecovery, OrderDependencies } from '../modules/orders/index.js';
import type { RefundService } from '../modules/refunds/index.js';
import type { WebhookService } from '../modules/webhooks/index.js';
import type { ChangeService } from '../modules/changes/index.js';

/** What the jobs work with: the app's services (AppServices provides all of it). */
export interface JobServices {
  orderDeps: OrderDependencies;
  checkout: StuckCheckoutRecovery;
  idempotency: IdempotencyStore;
  outboxRelay: OutboxRelayJob;
  ticketVoids: TicketVoiding;
  eventCancellation: EventCancellationService;
  refunds: RefundService;
  confirmation: LatePaymentRecovery;
  webhooks: WebhookService;
  changes: ChangeService;
}

export const JOB_NAMES = [
  'outbox-relay',
  'expiry',
  'saga-recovery',
  'idempotency-purge',
  'dispute-ticket-void',
  'event-cancellation',
  'refund-recovery',
  'refund-ticket-release',
  'order-release',
  'late-payment',
  'webhook-delivery',
  'change-expiry',
  'change-recovery',
] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** What the jobs are set with beyond the services. */
export interface JobSettings {
  clock: Clock;
  /** After this a PENDING refund is taken over by the recovery job (REFUND_RECOVERY_AFTER_SECONDS). */
  refundRecoveryAfterSeconds: number;
}

/** Every background job of the service, in the order they start. */
export function backgroundJobs(services: JobServices, settings: JobSettings): JobDefinition[] {
  return [
    services.outboxRelay,
    expiryJob(services.orderDeps),
    sagaRecoveryJob(services.orderDeps, services.checkout),
    idempotencyPurgeJob(services.idempotency, settings.clock),
    disputeTicketVoidJob(services.ticketVoids),
    eventCancellationJob(services.eventCancellation),
    refundRecoveryJob(services.refunds, { recoverAfterSeconds: settings.refundRecoveryAfterSeconds }),
    refundTicketReleaseJob(services.refunds),
    orderReleaseJob(services.orderDeps),
    latePaymentJob(services.confirmation, services.orderDeps.config.orderReleaseRetrySeconds),
    webhookDeliveryJob(services.webhooks),
    changeExpiryJob(services.changes, { intervalMs: services.orderDeps.config.expirySweepIntervalSeconds * 1000 }),
    changeRecoveryJob(services.changes),
  ];
}

/** Starts the jobs of the list (all, or those named); stop() lets each finish its batch. */
export function startBackgroundJobs(
  services: JobServices,
  deps: Parameters<typeof startJob>[1] & JobSettings,
  only: readonly JobName[] = JOB_NAMES,
): RunningJob[] {
  return backgroundJobs(services, deps)
    .filter((job) => (only as readonly string[]).includes(job.name))
    .map((job) => startJob(job, deps));
}
