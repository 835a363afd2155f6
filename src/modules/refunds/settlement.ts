/**
 * Moving a refund's money (SPEC §6): call the Payment service with the refund's own idempotency key, then
 * apply its answer in one transaction — SUCCEEDED raises the order's refunded amount and moves the order
 * (timeline and order.refunded through the outbox together), FAILED frees the reserved amount and changes
 * nothing else, a `pending` answer waits for payment.refund.succeeded / .failed. Tickets given back are
 * released at the Ticket service after the commit; a release that fails is retried later.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../clock.js';
import type { Database, Tx } from '../../db/database.js';
import { AppError, InvalidState, NotFound } from '../../errors.js';
import type { Metrics } from '../../metrics.js';
import type { Peers } from '../../peers/contract.js';
import { moveOrder } from '../orders/lifecycle.js';
import type { Actor, Order } from '../orders/model.js';
import { appendTimeline, findOrder } from '../orders/repository.js';
import { issueRefundCreditNote } from '../documents/index.js';
import { HOLDING_STATUSES, type Refund, type RefundStatus } from './model.js';
import { findRefund, listRefunds, markTicketsReleased, refundsWithUnreleasedTickets, updateRefundIf } from './repository.js';

export interface RefundDependencies {
  db: Database;
  peers: Peers;
  clock: Clock;
  metrics: Metrics;
  log: FastifyBaseLogger;
  /** Called after a refund succeeded and committed (the dispute area flags a double-loss risk there). */
  onRefundSucceeded?: (tenantId: string, orderId: string) => Promise<unknown>;
}

/** What the Payment service made of a refund. */
export type PaymentOutcome =
  | { kind: 'succeeded'; peerRefundId: string | null }
  | { kind: 'pending'; peerRefundId: string }
  | { kind: 'failed'; peerRefundId: string | null; reason: string };

export function paymentKeyOf(refundId: string): string {
  return `refund:${refundId}`;
}

/** The refund reason as sent to the Payment service (its field is free text; keep it short). */
const PAYMENT_REASON_LIMIT = 200;

export class RefundSettlement {
  constructor(private readonly deps: RefundDependencies) {}

  /** Asks the Payment service to refund a PENDING refund and applies the answer. */
  async execute(refund: Refund, paymentIntentId: string | null, actor: Actor): Promise<Refund> {
    const outcome: PaymentOutcome = paymentIntentId
      ? await this.callPayment(refund, paymentIntentId)
      : { kind: 'failed', peerRefundId: null, reason: 'the order has no payment to refund' };
    return this.apply(refund.tenantId, refund.orderId, refund.id, outcome, actor, ['PENDING']);
  }

  private async callPayment(refund: Refund, paymentIntentId: string): Promise<PaymentOutcome> {
    try {
      const answer = await this.deps.peers.payments.refund(
        { paymentIntentId, amount: refund.amount, reason: refund.reason.slice(0, PAYMENT_REASON_LIMIT) },
        paymentKeyOf(refund.id),
        { tenantId: refund.tenantId },
      );
      if (answer.status === 'failed') {
        return { kind: 'failed', peerRefundId: answer.id, reason: answer.failureReason ?? 'the payment service declined the refund' };
      }
      return answer.status === 'pending' ? { kind: 'pending', peerRefundId: answer.id } : { kind: 'succeeded', peerRefundId: answer.id };
    } catch (error) {
      // Every failure to refund ends the refund FAILED with its cause: nothing was applied on our side,
      // and the reserved amount becomes refundable again.
      if (!(error instanceof AppError)) this.deps.log.error({ err: error, refundId: refund.id }, 'unexpected error while refunding');
      const cause = error instanceof AppError ? `${error.code}: ${error.message}` : 'unexpected error while calling the payment service';
      return { kind: 'failed', peerRefundId: null, reason: cause };
    }
  }

  /**
   * Applies an outcome to a refund that is in one of `from`; answers the refund as it is afterwards (a
   * refund already settled is answered as it is: a settlement message may repeat the synchronous answer).
   */
  async apply(tenantId: string, orderId: string, refundId: string, outcome: PaymentOutcome, actor: Actor, from: readonly RefundStatus[]): Promise<Refund> {
    const result = await this.deps.db.tenant(tenantId, async (tx) => {
      const order = await findOrder(tx, orderId, { forUpdate: true });
      const refund = await findRefund(tx, orderId, refundId, { forUpdate: true });
      if (!order || !refund) throw new NotFound(`Refund ${refundId} not found`);
      if (!from.includes(refund.status)) return { refund, effect: 'none' as const };
      const now = this.deps.clock.now();
      const base = { tenantId, orderId, actor, at: now, reason: refund.reason };
      if (outcome.kind === 'pending') {
        const updated = await updateRefundIf(tx, refundId, [refund.status], 'PENDING', { peerRefundId: outcome.peerRefundId }, now);
        await appendTimeline(tx, { ...base, type: 'refund.submitted', data: { refundId, peerRefundId: outcome.peerRefundId, amount: refund.amount } });
        return { refund: updated ?? refund, effect: 'none' as const };
      }
      if (outcome.kind === 'failed') {
        const updated = await updateRefundIf(
          tx,
          refundId,
          [refund.status],
          'FAILED',
          { peerRefundId: outcome.peerRefundId, failureReason: outcome.reason, settledAt: now },
          now,
        );
        await appendTimeline(tx, {
          ...base,
          type: 'refund.failed',
          reason: outcome.reason,
          data: { refundId, amount: refund.amount, currency: refund.currency, cause: outcome.reason },
        });
        return { refund: updated ?? refund, effect: 'failed' as const };
      }
      if (refund.status === 'FAILED' && !(await this.stillFits(tx, order, refund))) {
        // The Payment service refunded an attempt we had given up on, and the amount was refunded since.
        this.deps.log.error({ refundId, orderId }, 'a refund marked FAILED succeeded late and no longer fits the order; reconcile by hand');
        await appendTimeline(tx, { ...base, type: 'refund.settlement_conflict', data: { refundId, amount: refund.amount, peerRefundId: outcome.peerRefundId } });
        return { refund, effect: 'none' as const };
      }
      const updated = await updateRefundIf(
        tx,
        refundId,
        [refund.status],
        'SUCCEEDED',
        { peerRefundId: outcome.peerRefundId ?? refund.peerRefundId, failureReason: null, settledAt: now },
        now,
      );
      if (!updated) throw new InvalidState('The refund changed while it was being settled');
      await this.applyToOrder(tx, order, updated, actor, now);
      return { refund: updated, effect: 'succeeded' as const };
    });
    if (result.effect === 'succeeded') {
      this.deps.metrics.refundsTotal.inc({ status: 'succeeded' });
      this.deps.metrics.refundedAmount.inc({ currency: result.refund.currency }, result.refund.amount);
      await this.releaseTickets(result.refund);
      await this.deps.onRefundSucceeded?.(result.refund.tenantId, result.refund.orderId).catch((error: unknown) =>
        this.deps.log.error({ err: error, refundId: result.refund.id }, 'could not check the order for a double loss after a refund'),
      );
    } else if (result.effect === 'failed') {
      this.deps.metrics.refundsTotal.inc({ status: 'failed' });
    }
    return result.refund;
  }

  /** A late success for a FAILED refund may be applied only if the order can still take it. */
  private async stillFits(tx: Tx, order: Order, refund: Refund): Promise<boolean> {
    const holding = (await listRefunds(tx, order.id)).filter((other) => HOLDING_STATUSES.includes(other.status));
    const held = holding.reduce((total, other) => total + other.amount, 0);
    return held + refund.amount <= order.total;
  }

  /** Raises the order's refunded amount and moves it (timeline + order.refunded in the outbox). */
  private async applyToOrder(tx: Tx, order: Order, refund: Refund, actor: Actor, now: Date): Promise<void> {
    const refundedAmount = order.refundedAmount + refund.amount;
    const data = { refundId: refund.id, amount: refund.amount, currency: refund.currency, breakdown: refund.breakdown, refundedAmount };
    await appendTimeline(tx, { tenantId: order.tenantId, orderId: order.id, type: 'refund.succeeded', actor, reason: refund.reason, data, at: now });
    await moveOrder(tx, {
      order,
      action: refundedAmount === order.total ? 'refund_fully' : 'refund_partially',
      actor,
      now,
      reason: refund.reason,
      data,
      patch: { refundedAmount },
    });
    await issueRefundCreditNote(tx, order, refund, now);
  }

  /** Releases the tickets a succeeded refund gave back; a failure is logged and retried by releaseOutstanding. */
  async releaseTickets(refund: Refund): Promise<void> {
    if (refund.ticketIds.length === 0 || refund.ticketsReleasedAt) return;
    try {
      await this.deps.peers.tickets.releaseTickets(refund.ticketIds, { tenantId: refund.tenantId });
      await this.deps.db.tenant(refund.tenantId, (tx) => markTicketsReleased(tx, refund.id, this.deps.clock.now()));
    } catch (error) {
      this.deps.log.warn({ err: error, refundId: refund.id, orderId: refund.orderId }, 'could not release refunded tickets; will retry');
    }
  }

  /** Retries the ticket releases of the order's succeeded refunds that did not get through. */
  async releaseOutstanding(tenantId: string, orderId: string): Promise<void> {
    const pending = await this.deps.db.tenant(tenantId, (tx) => refundsWithUnreleasedTickets(tx, orderId));
    for (const refund of pending) await this.releaseTickets(refund);
  }
}
