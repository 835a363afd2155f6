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
import type { FullRefundOutcome, Refund } from '../refunds/index.js';
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
 * What the refunds area offers the job: the full refunds of a batch's paid orders, fees included, reserved
 * together and safe to repeat with the same keys; the job releases their tickets for the whole batch at once
 * (the refunded-ticket release job takes those that fail).
 */
export interface FullRefunder {
  /** Per order in the order given: its refund (null: nothing to refund), or why it failed. */
  refundAllInFull(
    tenantId: string,
    orders: readonly { orderId: string; idempotencyKey: string }[],
    reason: string,
    actor: Actor,
    options: { releaseTickets: false },
  ): Promise<FullRefundOutcome[]>;
  releaseTicketsOf(tenantId: string, refunds: readonly Refund[]): Promise<void>;
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
    const failures = await this.settleAll(job, orders, () => 1);
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
    const attemptsOf = new Map(job.failures.map((failure) => [failure.orderId, failure.attempts ?? 1]));
    const remaining = await this.settleAll(job, current, (orderId) => (attemptsOf.get(orderId) ?? 1) + 1);
    const resolved = job.failures.length - remaining.length;
    await db.tenant(job.tenantId, (tx) => recordRetry(tx, job.id, { remaining, resolved, now: clock.now(), retryAt: this.retryAt() }));
    return job.failures.length;
  }

  /**
   * Settles a batch of the job's orders; answers the failures to record (`attempt`: the how-many-th try of an
   * order this is). Live orders are cancelled one by one (CONCURRENCY at once); a live order that turns out paid
   * meanwhile is refunded like the paid ones. The paid orders are refunded together (refundAllInFull: their
   * refunds reserved in one transaction, then sent), each under the key `event-cancel:<job>:<order>`. Then the
   * batch's peer effects: the holds and intents of the orders it cancelled, released together, and the tickets
   * its refunds gave back, in one Ticket service call. Each order records what is still to release
   * (release_pending_since, tickets_released_at), so what fails there, or a crash before it, is left to the
   * order-release and refunded-ticket release jobs, as for any order.
   */
  private async settleAll(job: CancellationJob, orders: readonly EventOrder[], attempt: (orderId: string) => number): Promise<JobFailure[]> {
    const failures: JobFailure[] = [];
    const ended: Order[] = [];
    const paid: string[] = [];
    await forEachLimited(orders, CONCURRENCY, async (order) => {
      try {
        // A live order may have been paid meanwhile: cancelling answers the status it found, then refund.
        const status = LIVE_STATUSES.includes(order.status) ? await this.cancelLiveOrder(job, order.id, ended) : order.status;
        if (status && PAID_STATUSES.includes(status)) paid.push(order.id);
      } catch (error) {
        failures.push(this.failureOf(order.id, error, attempt(order.id)));
      }
    });
    const refunds: Refund[] = [];
    paid.sort();
    const requests = paid.map((orderId) => ({ orderId, idempotencyKey: `event-cancel:${job.id}:${orderId}` }));
    try {
      for (const outcome of await this.refunder.refundAllInFull(job.tenantId, requests, job.reason, ACTOR, { releaseTickets: false })) {
        if ('error' in outcome) failures.push(this.failureOf(outcome.orderId, outcome.error, attempt(outcome.orderId)));
        else if (outcome.refund) refunds.push(outcome.refund);
      }
    } catch (error) {
      for (const orderId of paid) failures.push(this.failureOf(orderId, error, attempt(orderId)));
    }
    if (ended.length > 0) {
      this.deps.metrics.ordersTotal.inc({ event: 'cancelled' }, ended.length);
      await releaseEndedOrders(this.deps, ended);
    }
    if (refunds.length > 0) await this.refunder.releaseTicketsOf(job.tenantId, refunds);
    return failures;
  }

  private failureOf(orderId: string, error: unknown, attempts: number): JobFailure {
    return {
      orderId,
      code: error instanceof AppError ? error.code : 'INTERNAL',
      detail: error instanceof Error ? error.message : 'unknown failure',
      attempts,
      lastAttemptAt: this.deps.clock.now().toISOString(),
    };
  }

  /** Cancels the order if it is still live; answers the status it had when it was not. */
  private async cancelLiveOrder(job: CancellationJob, orderId: string, ended: Order[]): Promise<OrderStatus | null> {
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
    if (cancelled) ended.push(cancelled);
    return status;
  }
}
