/**
 * Payment confirmation (SPEC §5.5): commit the hold, confirm the order, attach the tickets. The same payment
 * processed twice is a no-op. A payment for a hold that is gone tries to re-reserve; when the tickets are
 * gone too — or the order already ended — the payment is refunded in full automatically, and the timeline
 * says why.
 */
import { randomUUID } from 'node:crypto';
import { assignTickets } from '../../core/checkout-rules.js';
import { PAID_STATUSES } from '../../core/order-status.js';
import { InvalidState, NotFound, SoldOut } from '../../errors.js';
import { ReservationGone, type AllocatedTicket } from '../../peers/contract.js';
import type { OrderDependencies } from './dependencies.js';
import { moveOrder } from './lifecycle.js';
import type { Actor, Order } from './model.js';
import { appendTimeline, claimLatePayments, clearLatePayment, findOrder, findOrderTenant, markLatePayment, setItemTickets } from './repository.js';
import type { Tx } from '../../db/database.js';
import { policyInForce } from '../refund-policies/index.js';
import { issueConfirmationInvoice } from '../documents/index.js';

export function lateRefundKey(orderId: string): string {
  return `order:${orderId}:late-payment-refund`;
}

/**
 * What the refunds area offers confirmation: the full refund of a payment the order cannot take, as a refund
 * like any other. `prepare` runs in the refund's transaction with the order locked, and answers the order as
 * it is then and why it is refunded (null: nothing to refund).
 */
export interface UnfulfillableRefunder {
  refundUnfulfillable(
    tenantId: string,
    orderId: string,
    idempotencyKey: string,
    actor: Actor,
    prepare: (tx: Tx, order: Order) => Promise<{ order: Order; reason: string } | null>,
  ): Promise<{ status: string } | null>;
}

const LATE_PAYMENT_ACTOR: Actor = { type: 'system', id: 'late-payment' };
/** What the order changes area offers confirmation: a payment of a change's own intent applies the change (SPEC §13). */
export interface ChangePayments {
  /** False when no change of the order has this payment intent. */
  paymentSucceeded(tenantId: string, orderId: string, paymentIntentId: string, actor: Actor): Promise<boolean>;
}

export class PaymentConfirmation {
  constructor(
    private readonly deps: OrderDependencies,
    private readonly refunder: UnfulfillableRefunder,
    private readonly changePayments?: ChangePayments,
  ) {}

  async confirm(orderId: string, paymentIntentId: string, actor: Actor): Promise<Order> {
    const tenantId = await this.deps.db.system((tx) => findOrderTenant(tx, orderId));
    if (!tenantId) throw new NotFound(`Order ${orderId} not found`);
    const order = await this.deps.db.tenant(tenantId, (tx) => findOrder(tx, orderId));
    if (!order) throw new NotFound(`Order ${orderId} not found`);
    if (order.paymentIntentId !== paymentIntentId) {
      if (this.changePayments && (await this.changePayments.paymentSucceeded(tenantId, orderId, paymentIntentId, actor))) {
        return (await this.deps.db.tenant(tenantId, (tx) => findOrder(tx, orderId))) ?? order;
      }
      throw new InvalidState(`Payment intent ${paymentIntentId} does not belong to order ${order.orderNumber}`);
    }
    if (PAID_STATUSES.includes(order.status) || order.status === 'REFUNDED') return order;
    if (order.status === 'RESERVED') return this.commitAndConfirm(order, actor);
    if (order.status === 'PENDING') throw new InvalidState('The order is still being checked out; retry shortly');
    return this.refundUnfulfillable(order, actor, `payment arrived after the order was ${order.status.toLowerCase()}`);
  }

  private async commitAndConfirm(order: Order, actor: Actor): Promise<Order> {
    const allocation = await this.allocateTickets(order);
    if (!allocation) return this.refundUnfulfillable(order, actor, 'the hold expired and the tickets are no longer available');
    try {
      return await this.deps.db.tenant(order.tenantId, async (tx) => {
        const now = this.deps.clock.now();
        // The refund policy in force now governs the order's refunds for good (SPEC §6); null: built-in default.
        const refundPolicy = await policyInForce(tx, order);
        const confirmed = await moveOrder(tx, {
          order,
          action: 'confirm',
          actor,
          now,
          data: { paymentIntentId: order.paymentIntentId, reReserved: allocation.reservationId !== order.reservationId, refundPolicy },
          patch: {
            paymentStatus: 'succeeded',
            confirmedAt: now,
            reservationId: allocation.reservationId,
            refundPolicyId: refundPolicy?.id ?? null,
            refundPolicyVersion: refundPolicy?.version ?? null,
            latePaymentSince: null,
          },
        });
        const assignment = assignTickets(confirmed.items, allocation.tickets);
        await setItemTickets(tx, order.id, assignment);
        // Last: the invoice number's counter row stays locked until the commit, so hold it the least time.
        await issueConfirmationInvoice(tx, confirmed, now);
        return { ...confirmed, items: confirmed.items.map((item) => ({ ...item, ticketIds: assignment.get(item.id) ?? [] })) };
      }).then((confirmed) => {
        this.deps.metrics.ordersTotal.inc({ event: 'confirmed' });
        return confirmed;
      });
    } catch (error) {
      if (!(error instanceof InvalidState)) throw error;
      // Someone moved the order while we committed: a duplicate confirmation (done) or a cancel/expiry.
      const current = await this.deps.db.tenant(order.tenantId, (tx) => findOrder(tx, order.id));
      if (!current || PAID_STATUSES.includes(current.status) || current.status === 'REFUNDED') return current ?? order;
      return this.refundUnfulfillable(current, actor, `payment arrived while the order was being ${current.status.toLowerCase()}`);
    }
  }

  /** Commits the order's hold, or a fresh one when the hold is gone; null when no tickets can be had. */
  private async allocateTickets(order: Order): Promise<{ reservationId: string; tickets: AllocatedTicket[] } | null> {
    const { peers, clock, config } = this.deps;
    const ctx = { tenantId: order.tenantId };
    const commitRequest = { orderId: order.id, ownerUserId: order.userId };
    if (order.reservationId) {
      try {
        return { reservationId: order.reservationId, tickets: await peers.tickets.commit(order.reservationId, commitRequest, ctx) };
      } catch (error) {
        if (!(error instanceof ReservationGone)) throw error;
      }
    }
    const reservationId = randomUUID();
    try {
      await peers.tickets.reserve(
        {
          reservationId,
          eventId: order.eventId,
          items: order.items.map((item) => ({ ticketTypeId: item.ticketTypeId, quantity: item.quantity })),
          expiresAt: new Date(clock.now().getTime() + config.reservation.holdSeconds * 1000).toISOString(),
        },
        ctx,
      );
    } catch (error) {
      if (error instanceof SoldOut) return null;
      throw error;
    }
    return { reservationId, tickets: await peers.tickets.commit(reservationId, commitRequest, ctx) };
  }

  /**
   * Refunds a payment the order cannot honour, in full, as a refund like any other (row, ledger, timeline,
   * order.refunded). A RESERVED order is cancelled with the reason in the same transaction that reserves the
   * refund; an order that already ended keeps its status. Keyed on the order, so repeats never refund twice.
   */
  private async refundUnfulfillable(order: Order, actor: Actor, why: string): Promise<Order> {
    if (!order.paymentIntentId) throw new InvalidState('The order has no payment to refund');
    // Recorded first: whatever fails from here on, the late-payment job takes the payment up again.
    await this.deps.db.tenant(order.tenantId, (tx) => markLatePayment(tx, order.id, this.deps.clock.now()));
    // Tickets committed to the order by a confirmation that lost a race with its cancellation go back on sale.
    // Asked of the Ticket service each time, so a repeat of the payment's message finishes what a crash cut short.
    const ctx = { tenantId: order.tenantId };
    const committed = await this.deps.peers.tickets.orderTickets(order.id, ctx);
    if (committed.length > 0) await this.deps.peers.tickets.releaseTickets(committed.map((ticket) => ticket.ticketId), ctx);
    const refund = await this.refunder.refundUnfulfillable(order.tenantId, order.id, lateRefundKey(order.id), actor, async (tx, current) => {
      const now = this.deps.clock.now();
      let result = current;
      if (current.status === 'RESERVED') {
        result = await moveOrder(tx, {
          order: current,
          action: 'cancel',
          actor,
          now,
          reason: why,
          data: { amount: current.total, currency: current.currency },
          patch: { cancelReason: why, cancelledAt: now },
        });
        this.deps.metrics.ordersTotal.inc({ event: 'cancelled' });
      }
      await appendTimeline(tx, {
        tenantId: current.tenantId,
        orderId: current.id,
        type: 'payment.refunded_automatically',
        actor: { type: 'system', id: 'order-service' },
        reason: why,
        data: { amount: current.total, currency: current.currency, paymentIntentId: current.paymentIntentId },
        at: now,
      });
      return { order: result, reason: why };
    });
    // Refunded, or nothing left to refund: the payment has its outcome. A refund the Payment service answered
    // `pending` is the refund-recovery job's; one that FAILED stays with the late-payment job, to try again.
    const settled = refund === null || refund.status === 'SUCCEEDED';
    return this.deps.db.tenant(order.tenantId, async (tx) => {
      if (settled) await clearLatePayment(tx, order.id);
      return (await findOrder(tx, order.id)) ?? order;
    });
  }

  /**
   * One run of the late-payment job: payments that succeeded and still await their outcome since before the
   * retry interval (a refund that failed, a crash, a peer that was down until the message went to the dead
   * letters) are confirmed again — which confirms the order or refunds the payment, as their message would
   * have. Safe with many instances: claims skip locked rows and are leased. Answers how many it claimed.
   */
  async resolveLatePayments(limit: number): Promise<number> {
    const now = this.deps.clock.now();
    const olderThan = new Date(now.getTime() - this.deps.config.orderReleaseRetrySeconds * 1000);
    const due = await this.deps.db.system((tx) => claimLatePayments(tx, now, olderThan, limit));
    for (const claimed of due) {
      try {
        if (!claimed.paymentIntentId) {
          await this.deps.db.tenant(claimed.tenantId, (tx) => clearLatePayment(tx, claimed.id));
          continue;
        }
        const order = await this.confirm(claimed.id, claimed.paymentIntentId, LATE_PAYMENT_ACTOR);
        if (PAID_STATUSES.includes(order.status) || order.status === 'REFUNDED') {
          await this.deps.db.tenant(claimed.tenantId, (tx) => clearLatePayment(tx, claimed.id));
        }
      } catch (error) {
        this.deps.log.warn({ err: error, orderId: claimed.id }, 'a late payment is still without its outcome; will retry');
      }
    }
    return due.length;
  }
}

/** What the late-payment job needs of confirmation. */
export type LatePaymentRecovery = Pick<PaymentConfirmation, 'resolveLatePayments'>;
