/**
 * Event cancellation (SPEC §5 internal routes, event.cancelled): a resumable job that cancels every live
 * order of the event and refunds every paid one in full, fees included. The job walks the event's orders
 * in id order and records its cursor after each batch, so a restart resumes where it stopped; each order's
 * effect is idempotent (a cancel re-checks the status, a refund carries a key derived from job and order),
 * so an order handled twice across a crash is still cancelled or refunded once.
 */
import { randomUUID } from 'node:crypto';
import { AppError, NotFound } from '../../errors.js';
import { LIVE_STATUSES, PAID_STATUSES, type OrderStatus } from '../../core/order-status.js';
import { forEachLimited } from '../../concurrency.js';
import { keysetAfter, keysetPositionOf, pageOf } from '../../db/keyset.js';
import type { Principal } from '../../http/auth.js';
import { findOrder, moveOrder, releaseEndedOrders, type Actor, type Order, type OrderDependencies } from '../orders/index.js';
import type { Refund } from '../refunds/index.js';
import {
  claimJobWithDueRetries,
  claimRunningJob,
  createOrFindJob,
  findEventTenant,
  findJob,
  listJobs,
  nextEventOrders,
  orderStatuses,
  recordBatch,
  recordRetry,
  type CancellationJob,
  type EventOrder,
  type JobFailure,
} from './repository.js';

/**
 * What the refunds area offers the job: a full refund, fees included, safe to repeat with the same key, whose
 * tickets the job releases for a whole batch at once (the refunded-ticket release job takes those that fail).
 */
export interface FullRefunder {
  refundInFull(tenantId: string, orderId: string, reason: string, actor: Actor, idempotencyKey: string, options: { releaseTickets: false }): Promise<Refund | null>;
  releaseTicketsOf(tenantId: string, refunds: readonly Refund[]): Promise<void>;
}

/** What settling some orders left for the end of their batch: the peer effects, done for the batch at once. */
interface BatchEffects {
  /** Orders cancelled here, whose hold and payment intent are released together (releaseEndedOrders). */
  ended: Order[];
  /** Succeeded refunds, whose tickets are released in one Ticket service call. */
  refunds: Refund[];
}

export const EVENT_CANCELLATION_BATCH = 100;
const CONCURRENCY = 16;
const LEASE_SECONDS = 60;
/** How often the orders a job could not settle are tried again (e.g. once a dispute that locked them closed). */
export const FAILURE_RETRY_SECONDS = 60;
const ACTOR: Actor = { type: 'system', id: 'event-cancellation' };

export class EventCancellationService {
  constructor(
    private readonly deps: OrderDependencies,
    private readonly refunder: FullRefunder,
  ) {}

  /** Starts (or finds) the cancellation job of an event; null when the service has no order for it. */
  async start(eventId: string, reason: string, tenantId?: string): Promise<CancellationJob | null> {
    const tenant = tenantId ?? (await this.deps.db.system((tx) => findEventTenant(tx, eventId)));
    if (!tenant) return null;
    return this.deps.db.tenant(tenant, (tx) =>
      createOrFindJob(tx, { id: randomUUID(), tenantId: tenant, eventId, reason, now: this.deps.clock.now() }),
    );
  }

  async getJob(id: string): Promise<CancellationJob> {
    const job = await this.deps.db.system((tx) => findJob(tx, id));
    if (!job) throw new NotFound(`Job ${id} not found`);
    return job;
  }

  /** The tenant's event-cancellation jobs with their progress, for its staff; newest first. */
  async listJobs(principal: Principal, query: { limit: number; cursor?: string }): Promise<{ data: CancellationJob[]; nextCursor: string | null }> {
    const after = keysetAfter(query.cursor);
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) => listJobs(tx, { limit: query.limit, ...(after ? { after } : {}) }));
    return pageOf(rows, query.limit, keysetPositionOf);
  }

  /**
   * Works one batch of one claimed job; when no job has orders left to walk, tries again the failed orders of
   * one job whose retry is due. Answers how many orders it handled.
   */
  async runBatch(): Promise<number> {
    const walked = await this.walkBatch();
    return walked > 0 ? walked : this.retryFailures();
  }

  private leaseUntil(): Date {
    return new Date(this.deps.clock.now().getTime() + LEASE_SECONDS * 1000);
  }

  private retryAt(): Date {
    return new Date(this.deps.clock.now().getTime() + FAILURE_RETRY_SECONDS * 1000);
  }

  private async walkBatch(): Promise<number> {
    const { db, clock } = this.deps;
    const job = await db.system((tx) => claimRunningJob(tx, clock.now(), this.leaseUntil()));
    if (!job) return 0;
    const orders = await db.tenant(job.tenantId, (tx) => nextEventOrders(tx, job.eventId, job.cursor, EVENT_CANCELLATION_BATCH));
    const failures: JobFailure[] = [];
    const effects: BatchEffects = { ended: [], refunds: [] };
    await forEachLimited(orders, CONCURRENCY, async (order) => {
      const failure = await this.trySettle(job, order, 1, effects);
      if (failure) failures.push(failure);
    });
    await this.releaseBatch(job, effects);
    await db.tenant(job.tenantId, (tx) =>
      recordBatch(tx, job.id, {
        cursor: orders[orders.length - 1]?.id ?? null,
        processed: orders.length,
        succeeded: orders.length - failures.length,
        failures,
        done: orders.length < EVENT_CANCELLATION_BATCH,
        now: clock.now(),
        retryAt: this.retryAt(),
      }),
    );
    return orders.length;
  }

  /**
   * Tries again the orders a job could not settle (the Payment service was down, a dispute locked the refunds):
   * each that goes through leaves the job's failures; the others stay listed, with their latest cause and
   * attempt count, and are tried again every FAILURE_RETRY_SECONDS.
   */
  private async retryFailures(): Promise<number> {
    const { db, clock } = this.deps;
    const job = await db.system((tx) => claimJobWithDueRetries(tx, clock.now(), this.leaseUntil()));
    if (!job) return 0;
    const current = await db.tenant(job.tenantId, (tx) => orderStatuses(tx, job.failures.map((failure) => failure.orderId)));
    const statusOf = new Map(current.map((order) => [order.id, order.status]));
    const remaining: JobFailure[] = [];
    const effects: BatchEffects = { ended: [], refunds: [] };
    await forEachLimited(job.failures, CONCURRENCY, async (failure) => {
      const status = statusOf.get(failure.orderId);
      if (!status) return;
      const again = await this.trySettle(job, { id: failure.orderId, status }, (failure.attempts ?? 1) + 1, effects);
      if (again) remaining.push(again);
    });
    await this.releaseBatch(job, effects);
    const resolved = job.failures.length - remaining.length;
    await db.tenant(job.tenantId, (tx) => recordRetry(tx, job.id, { remaining, resolved, now: clock.now(), retryAt: this.retryAt() }));
    return job.failures.length;
  }

  /**
   * The peer effects of a batch, after its orders were settled: the holds and intents of the orders it cancelled,
   * and the tickets its refunds gave back (one Ticket service call). Each order records what is still to release
   * (release_pending_since, tickets_released_at), so what fails here, or a crash before it, is left to the
   * order-release and refunded-ticket release jobs, as for any order.
   */
  private async releaseBatch(job: CancellationJob, effects: BatchEffects): Promise<void> {
    if (effects.ended.length > 0) {
      this.deps.metrics.ordersTotal.inc({ event: 'cancelled' }, effects.ended.length);
      await releaseEndedOrders(this.deps, effects.ended);
    }
    if (effects.refunds.length > 0) await this.refunder.releaseTicketsOf(job.tenantId, effects.refunds);
  }

  /** Settles one order; answers the failure to record when it could not. */
  private async trySettle(job: CancellationJob, order: EventOrder, attempt: number, effects: BatchEffects): Promise<JobFailure | null> {
    try {
      await this.settle(job, order, effects);
      return null;
    } catch (error) {
      return {
        orderId: order.id,
        code: error instanceof AppError ? error.code : 'INTERNAL',
        detail: error instanceof Error ? error.message : 'unknown failure',
        attempts: attempt,
        lastAttemptAt: this.deps.clock.now().toISOString(),
      };
    }
  }

  private async settle(job: CancellationJob, order: EventOrder, effects: BatchEffects): Promise<void> {
    // A live order may have been paid meanwhile: cancelling answers the status it found, then refund.
    const status = LIVE_STATUSES.includes(order.status) ? await this.cancelLiveOrder(job, order.id, effects) : order.status;
    if (status && PAID_STATUSES.includes(status)) {
      const key = `event-cancel:${job.id}:${order.id}`;
      const refund = await this.refunder.refundInFull(job.tenantId, order.id, job.reason, ACTOR, key, { releaseTickets: false });
      if (refund) effects.refunds.push(refund);
    }
  }

  /** Cancels the order if it is still live; answers the status it had when it was not. */
  private async cancelLiveOrder(job: CancellationJob, orderId: string, effects: BatchEffects): Promise<OrderStatus | null> {
    const { cancelled, status } = await this.deps.db.tenant(job.tenantId, async (tx) => {
      const order = await findOrder(tx, orderId, { forUpdate: true });
      if (!order || !LIVE_STATUSES.includes(order.status)) return { cancelled: null, status: order?.status ?? null };
      const now = this.deps.clock.now();
      const moved = await moveOrder(tx, {
        order,
        action: 'cancel',
        actor: ACTOR,
        now,
        reason: job.reason,
        data: { jobId: job.id, eventCancelled: true },
        patch: { cancelReason: `event cancelled: ${job.reason}`, cancelledAt: now, sagaDeadline: null },
      });
      return { cancelled: moved, status: moved.status };
    });
    if (cancelled) effects.ended.push(cancelled);
    return status;
  }
}
