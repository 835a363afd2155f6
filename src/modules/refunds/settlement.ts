/**
 * Moving a refund's money (SPEC §6). `execute` hands a PENDING refund to the Payment service — in one
 * transaction with the order row locked, the dispute lock is checked once more and the refund marked
 * submitted, its parts planned (one per payment intent of the order, core/refund-split.ts) — then asks for each
 * part with its own idempotency key (`refund:<id>` for the first, `refund:<id>:<intentId>` for further ones) and
 * applies the answer.
 * `apply` is the one function that applies the Payment service's answer to a refund, whoever brings it:
 * the request path, the refund-recovery job, and the payment.refund.* consumer. SUCCEEDED raises the order's
 * refunded amount and moves the order (timeline and order.refunded through the outbox together) in
 * `markSucceeded`, the one transaction that marks a refund SUCCEEDED; FAILED frees the reserved amount and
 * changes nothing else; `pending`, or no answer at all, leaves the refund PENDING for the recovery job.
 * Tickets given back are released at the Ticket service after the commit, and by the release job when that fails.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../clock.js';
import { PAID_STATUSES } from '../../core/order-status.js';
import { enqueueMessage } from '../../bus/outbox.js';
import type { Database, Tx } from '../../db/database.js';
import { AppError, InvalidState, NotFound, UpstreamUnavailable } from '../../errors.js';
import type { Metrics } from '../../metrics.js';
import type { Peers } from '../../peers/contract.js';
import { appendTimeline, findOrder, moveOrder, orderMessageData, updateOrderIf, type Actor, type Order } from '../orders/index.js';
import { issueRefundCreditNote } from '../documents/index.js';
import { HOLDING_STATUSES, type PaymentPart, type Refund, type RefundStatus } from './model.js';
import { appliedChangeIntents, findRefund, givesBack, intentBalances, intentBalancesOf, listRefunds, markTicketsReleased, updateRefundIf } from './repository.js';
import { refundPartKey, splitRefund, type IntentBalance } from '../../core/refund-split.js';

export interface RefundDependencies {
  db: Database;
  peers: Peers;
  clock: Clock;
  metrics: Metrics;
  log: FastifyBaseLogger;
  /** Seconds a PENDING refund is left to the request that made it before the recovery job takes it over. */
  recoverAfterSeconds: number;
  /**
   * Called after a refund succeeded and committed on an order with an open dispute (orders.refund_locked, read with
   * the order locked in the transaction that marked it SUCCEEDED): the dispute area flags a double-loss risk there.
   */
  onRefundSucceeded?: (tenantId: string, orderId: string) => Promise<unknown>;
}

/** What the Payment service made of a refund; `unknown`: no answer (timeout, peer down), ask again later. */
export type PaymentOutcome =
  | { kind: 'succeeded'; peerRefundId: string | null }
  | { kind: 'pending'; peerRefundId: string }
  | { kind: 'failed'; peerRefundId: string | null; reason: string }
  | { kind: 'unknown'; reason: string };

export function paymentKeyOf(refundId: string): string {
  return `refund:${refundId}`;
}

/** The prefix of the failure reason of a refund the dispute lock stopped before it reached the Payment service. */
export const LOCKED_FAILURE = 'REFUNDS_LOCKED';

/** Why a refund of an order without a payment intent is refused at the hand-over. */
const NO_PAYMENT = 'the order has no payment to refund';

/** The refund reason as sent to the Payment service (its field is free text; keep it short). */
const PAYMENT_REASON_LIMIT = 200;

/** How a refund's settlement goes on once the refund SUCCEEDED. */
export interface SettleOptions {
  /**
   * false: the caller releases the tickets the refund gave back (the event-cancellation job, one Ticket service call
   * per batch: releaseTicketsOf); until then, or when that fails, the refunded-ticket release job does. Default true.
   */
  releaseTickets?: boolean;
}

/** How a hand-over went: go on and call the Payment service, or the refund is settled already. */
export type HandOver =
  | { kind: 'call'; refund: Refund; parts: PaymentPart[]; firstCall: boolean }
  | { kind: 'settled'; refund: Refund }
  | { kind: 'refused'; refund: Refund; reason: string };

export class RefundSettlement {
  constructor(private readonly deps: RefundDependencies) {}

  /**
   * Hands a PENDING refund to the Payment service and applies the answer: the request path, approvals and the
   * recovery job come through here. The platform's own refunds (refundInFull, the late-payment refund) are handed
   * over in the transaction that reserves them (partsAtReserve) and go on with send.
   */
  async execute(refund: Refund, actor: Actor, options: SettleOptions = {}): Promise<Refund> {
    return this.send(await this.handOver(refund), actor, options);
  }

  /**
   * The second half of execute: asks the Payment service for the parts of a refund handed over (here, or in the
   * transaction that reserved it: see partsAtReserve) and applies the answer.
   */
  async send(handed: HandOver, actor: Actor, options: SettleOptions = {}): Promise<Refund> {
    if (handed.kind === 'settled') return handed.refund;
    const { refund } = handed;
    const outcome: PaymentOutcome =
      handed.kind === 'refused' ? { kind: 'failed', peerRefundId: null, reason: handed.reason } : await this.callPayment(handed);
    if (outcome.kind === 'unknown') {
      this.deps.log.warn({ refundId: refund.id, orderId: refund.orderId, cause: outcome.reason }, 'no answer from the Payment service; the recovery job asks again');
      return refund;
    }
    return this.apply(refund.tenantId, refund.orderId, refund.id, outcome, actor, ['PENDING'], options);
  }

  /**
   * The transaction that marks a refund as being executed: the order row is locked (the dispute webhook takes
   * the same lock) and the dispute lock checked again, so no refund is sent to the Payment service while a
   * dispute is open. A refund submitted earlier (recovery after a crash) was decided before any dispute that
   * is open now: it is asked for again, since the Payment service may already have paid it.
   */
  private handOver(refund: Refund): Promise<HandOver> {
    return this.deps.db.tenant(refund.tenantId, async (tx) => {
      const order = await findOrder(tx, refund.orderId, { forUpdate: true });
      const current = await findRefund(tx, refund.orderId, refund.id, { forUpdate: true });
      if (!order || !current) throw new NotFound(`Refund ${refund.id} not found`);
      if (current.status !== 'PENDING') return { kind: 'settled', refund: current };
      if (!order.paymentIntentId) return { kind: 'refused', refund: current, reason: NO_PAYMENT };
      if (current.submittedAt) {
        // Handed over before: the same parts again (one to the order's own intent if none were kept).
        const parts = current.paymentParts ?? [{ intentId: order.paymentIntentId, amount: current.amount, key: paymentKeyOf(current.id) }];
        return { kind: 'call', refund: current, parts, firstCall: false };
      }
      // An order change's credit is owed whatever happens: it waits (PENDING) for the dispute to close, and the
      // recovery job sends it then.
      if (order.refundLocked && current.kind === 'change') return { kind: 'settled', refund: current };
      if (order.refundLocked) {
        return { kind: 'refused', refund: current, reason: `${LOCKED_FAILURE}: a dispute was opened before the refund reached the Payment service` };
      }
      // The parts are planned once, under the order's lock, and kept: a retry asks for exactly the same ones.
      const balances = await intentBalances(tx, { ...order, paymentIntentId: order.paymentIntentId }, current.id);
      const planned = this.planParts(current, balances);
      if ('refused' in planned) return { kind: 'refused', refund: current, reason: planned.refused };
      const now = this.deps.clock.now();
      const submitted = await updateRefundIf(
        tx,
        refund.id,
        ['PENDING'],
        'PENDING',
        { submittedAt: now, recoverAfter: this.recoverAfter(now), paymentParts: planned.parts },
        now,
      );
      if (!submitted) throw new InvalidState('The refund changed while it was being handed to the Payment service');
      return { kind: 'call', refund: submitted, parts: planned.parts, firstCall: true };
    });
  }

  /**
   * The hand-over of a refund in the transaction that reserves it, for the platform's refunds that need no review
   * (refundInFull, the late-payment refund): the caller holds the order's lock and its decision checked the dispute
   * lock, as the hand-over would; `refunds` are the order's other refunds as read under that lock. Answers the
   * parts to store with the refund, or null when the hand-over would refuse it (no payment to refund, or the
   * order's payments cannot give the amount back): the caller then reserves it as not handed over, and execute()
   * refuses it in a transaction of its own, as for any refund.
   */
  async partsAtReserve(tx: Tx, order: Order, refund: Pick<Refund, 'id' | 'amount' | 'currency'>, refunds: readonly Refund[]): Promise<PaymentPart[] | null> {
    if (!order.paymentIntentId || order.refundLocked) return null;
    const changes = await appliedChangeIntents(tx, order);
    const balances = intentBalancesOf({ ...order, paymentIntentId: order.paymentIntentId }, changes, refunds.filter(givesBack));
    const planned = this.planParts(refund, balances);
    return 'refused' in planned ? null : planned.parts;
  }

  /** The parts of a refund over the order's intents (most recent first), each with its Payment service key. */
  private planParts(refund: Pick<Refund, 'id' | 'amount' | 'currency'>, balances: readonly IntentBalance[]): { parts: PaymentPart[] } | { refused: string } {
    const split = splitRefund(refund.amount, balances);
    if (split.uncovered > 0) return { refused: `the order's payments can no longer give back ${refund.amount} ${refund.currency}` };
    return { parts: split.parts.map((part, index) => ({ ...part, key: refundPartKey(refund.id, part.intentId, index) })) };
  }

  private recoverAfter(now: Date): Date {
    return new Date(now.getTime() + this.deps.recoverAfterSeconds * 1000);
  }

  /**
   * Asks the Payment service for each part in turn, each with its own key, and sums up: SUCCEEDED only when every
   * part succeeded; `pending` while a part is; a refusal before any money moved fails the refund; a refusal or no
   * answer once a part may have moved money leaves the refund PENDING, and the recovery job asks for every part
   * again (the parts already paid answer as they did: same key, same body).
   */
  private async callPayment(handed: { refund: Refund; parts: PaymentPart[]; firstCall: boolean }): Promise<PaymentOutcome> {
    const { refund, parts, firstCall } = handed;
    let peerRefundId: string | null = null;
    let pending = false;
    for (const [index, part] of parts.entries()) {
      const outcome = await this.callPart(refund, part, firstCall && index === 0);
      if (outcome.kind === 'succeeded' || outcome.kind === 'pending') {
        peerRefundId ??= outcome.peerRefundId;
        pending ||= outcome.kind === 'pending';
        continue;
      }
      if (index === 0) return outcome;
      const reason = outcome.reason;
      this.deps.log.error({ refundId: refund.id, intentId: part.intentId, cause: reason }, 'a part of a refund was not refunded after an earlier part was; the recovery job asks again');
      return { kind: 'unknown', reason };
    }
    return pending && peerRefundId ? { kind: 'pending', peerRefundId } : { kind: 'succeeded', peerRefundId };
  }

  private async callPart(refund: Refund, part: PaymentPart, firstCall: boolean): Promise<PaymentOutcome> {
    try {
      const answer = await this.deps.peers.payments.refund(
        { paymentIntentId: part.intentId, amount: part.amount, reason: refund.reason.slice(0, PAYMENT_REASON_LIMIT) },
        part.key,
        { tenantId: refund.tenantId },
      );
      if (answer.status === 'failed') {
        return { kind: 'failed', peerRefundId: answer.id, reason: answer.failureReason ?? 'the payment service declined the refund' };
      }
      return answer.status === 'pending' ? { kind: 'pending', peerRefundId: answer.id } : { kind: 'succeeded', peerRefundId: answer.id };
    } catch (error) {
      // No answer, or one that may hide an effect (a timeout; any call after the first, which an earlier call
      // may have made): the refund stays PENDING and the recovery job asks again with the same key.
      if (error instanceof UpstreamUnavailable && (error.effectUnknown || !firstCall)) return { kind: 'unknown', reason: error.message };
      // The first call was refused outright: nothing moved, and the reserved amount becomes refundable again.
      if (!(error instanceof AppError)) this.deps.log.error({ err: error, refundId: refund.id }, 'unexpected error while refunding');
      const cause = error instanceof AppError ? `${error.code}: ${error.message}` : 'unexpected error while calling the payment service';
      if (!firstCall && !(error instanceof AppError)) return { kind: 'unknown', reason: cause };
      return { kind: 'failed', peerRefundId: null, reason: cause };
    }
  }

  /**
   * Applies an outcome to a refund that is in one of `from`; answers the refund as it is afterwards (a
   * refund already settled is answered as it is: a settlement message may repeat the synchronous answer).
   */
  async apply(
    tenantId: string,
    orderId: string,
    refundId: string,
    outcome: Exclude<PaymentOutcome, { kind: 'unknown' }>,
    actor: Actor,
    from: readonly RefundStatus[],
    options: SettleOptions = {},
  ): Promise<Refund> {
    const result = await this.deps.db.tenant(tenantId, async (tx) => {
      const order = await findOrder(tx, orderId, { forUpdate: true });
      const refund = await findRefund(tx, orderId, refundId, { forUpdate: true });
      if (!order || !refund) throw new NotFound(`Refund ${refundId} not found`);
      if (!from.includes(refund.status)) return { refund, effect: 'none' as const };
      const now = this.deps.clock.now();
      const base = { tenantId, orderId, actor, at: now, reason: refund.reason };
      if (outcome.kind === 'pending') {
        if (refund.peerRefundId === outcome.peerRefundId) return { refund, effect: 'none' as const };
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
      const updated = await this.markSucceeded(tx, order, refund, outcome.peerRefundId, actor, now);
      // orders.refund_locked says, under this lock, whether a dispute of the order is open (the dispute webhook
      // sets it with the order locked). A dispute opened after this commit sees the refunded amount itself.
      return { refund: updated, effect: 'succeeded' as const, disputeOpen: order.refundLocked };
    });
    if (result.effect === 'succeeded') {
      this.deps.metrics.refundsTotal.inc({ status: 'succeeded' });
      this.deps.metrics.refundedAmount.inc({ currency: result.refund.currency }, result.refund.amount);
      if (options.releaseTickets !== false) await this.releaseTickets(result.refund);
      if (result.disputeOpen) {
        await this.deps.onRefundSucceeded?.(result.refund.tenantId, result.refund.orderId).catch((error: unknown) =>
          this.deps.log.error({ err: error, refundId: result.refund.id }, 'could not check the order for a double loss after a refund'),
        );
      }
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

  /**
   * THE transaction that marks a refund SUCCEEDED (the caller's, with the order and the refund locked): the
   * refund, the order's refunded amount and status, the timeline and order.refunded commit together. Whatever
   * must happen exactly once with a succeeded refund (a credit note, say) belongs here.
   */
  private async markSucceeded(tx: Tx, order: Order, refund: Refund, peerRefundId: string | null, actor: Actor, now: Date): Promise<Refund> {
    const updated = await updateRefundIf(
      tx,
      refund.id,
      [refund.status],
      'SUCCEEDED',
      // recover_after: when the release job may retry releasing the tickets, should the release after the commit fail.
      { peerRefundId: peerRefundId ?? refund.peerRefundId, failureReason: null, settledAt: now, recoverAfter: this.recoverAfter(now) },
      now,
    );
    if (!updated) throw new InvalidState('The refund changed while it was being settled');
    if (updated.kind === 'change') {
      // An order change's credit: the change already took it off the order (total, credit note); only the money moves here.
      const data = { refundId: updated.id, amount: updated.amount, currency: updated.currency };
      await appendTimeline(tx, { tenantId: order.tenantId, orderId: order.id, type: 'change.refund.succeeded', actor, reason: updated.reason, data, at: now });
      return updated;
    }
    // Issues nothing for an order that was never invoiced (a payment it could not take).
    await issueRefundCreditNote(tx, order, updated, now);
    const refundedAmount = order.refundedAmount + updated.amount;
    const data = { refundId: updated.id, amount: updated.amount, currency: updated.currency, breakdown: updated.breakdown, refundedAmount };
    const succeeded = { tenantId: order.tenantId, orderId: order.id, type: 'refund.succeeded', actor, reason: updated.reason, data, at: now };
    if (PAID_STATUSES.includes(order.status)) {
      await moveOrder(tx, {
        order,
        // Change fees the order kept are credited by no refund: everything else back is a full refund.
        action: refundedAmount >= order.total - order.changeFee ? 'refund_fully' : 'refund_partially',
        actor,
        now,
        reason: updated.reason,
        data,
        patch: { refundedAmount },
        before: succeeded,
      });
      return updated;
    }
    await appendTimeline(tx, succeeded);
    // A payment the order could not take (it had ended): the money goes back, the status stays.
    const patch = { refundedAmount, ...(refundedAmount === order.total ? { paymentStatus: 'refunded' as const, latePaymentSince: null } : {}) };
    const kept = await updateOrderIf(tx, order.id, [order.status], order.status, patch, now);
    if (!kept) throw new InvalidState('The order changed while its refund was being settled');
    await enqueueMessage(tx, { type: 'order.refunded', tenantId: order.tenantId, data: { ...orderMessageData(kept), refund: data }, time: now });
    return updated;
  }

  /** Releases the tickets a succeeded refund gave back; a failure is logged and retried by the release job. */
  async releaseTickets(refund: Refund): Promise<void> {
    if (refund.ticketIds.length === 0 || refund.ticketsReleasedAt) return;
    try {
      await this.deps.peers.tickets.releaseTickets(refund.ticketIds, { tenantId: refund.tenantId });
      await this.deps.db.tenant(refund.tenantId, (tx) => markTicketsReleased(tx, [refund.id], this.deps.clock.now()));
    } catch (error) {
      this.deps.log.warn({ err: error, refundId: refund.id, orderId: refund.orderId }, 'could not release refunded tickets; will retry');
    }
  }

  /**
   * Releases the tickets that succeeded refunds of one tenant gave back in one Ticket service call, and records it
   * in one statement. When that call fails, each refund's tickets are released on their own (an unknown ticket
   * fails only its refund); what still fails is left to the release job.
   */
  async releaseTicketsOf(tenantId: string, refunds: readonly Refund[]): Promise<void> {
    const due = refunds.filter((refund) => refund.tenantId === tenantId && refund.status === 'SUCCEEDED' && refund.ticketIds.length > 0 && !refund.ticketsReleasedAt);
    if (due.length <= 1) {
      for (const refund of due) await this.releaseTickets(refund);
      return;
    }
    try {
      await this.deps.peers.tickets.releaseTickets(
        due.flatMap((refund) => refund.ticketIds),
        { tenantId },
      );
    } catch (error) {
      this.deps.log.warn({ err: error, refunds: due.length }, 'could not release the refunded tickets of several refunds at once; releasing them one by one');
      for (const refund of due) await this.releaseTickets(refund);
      return;
    }
    await this.deps.db
      .tenant(tenantId, (tx) => markTicketsReleased(tx, due.map((refund) => refund.id), this.deps.clock.now()))
      .catch((error: unknown) => this.deps.log.warn({ err: error, refunds: due.length }, 'could not record released tickets; the release job releases them again'));
  }
}
