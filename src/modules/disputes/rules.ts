/**
 * What one dispute webhook does to a dispute: a pure decision, no I/O. The webhook's status is the truth
 * (its type only names the occasion); webhooks may arrive out of order, so one older than the dispute's
 * newest applied webhook is recorded in the history but changes nothing; and a closed dispute stays closed.
 */
import { isOpenStatus, type Dispute, type DisputeOutcome, type DisputeStatus, type DisputeWebhook } from './model.js';

/** The part of a dispute that webhooks move. */
export type DisputeState = Pick<
  Dispute,
  'amount' | 'currency' | 'reason' | 'status' | 'outcome' | 'lostAmount' | 'evidenceDueBy' | 'lastEventAt' | 'closedAt'
>;

export interface DisputeDecision {
  /** false: the webhook is only history (out of order, or after the dispute closed). */
  applied: boolean;
  next: DisputeState;
  /** The dispute is new to us with this webhook. */
  opened: boolean;
  /** The dispute became closed with this webhook (it may also be `opened` when its first webhook closes it). */
  closed: boolean;
  /** Applied, not new, not closing: a status or detail change of an open dispute. */
  updated: boolean;
  /** The type and status disagree (e.g. dispute.closed with an open status); worth a warning log. */
  inconsistent: boolean;
}

function outcomeOf(status: DisputeStatus): DisputeOutcome | null {
  return isOpenStatus(status) ? null : (status as DisputeOutcome);
}

function stateFrom(webhook: DisputeWebhook, closedAt: Date | null): DisputeState {
  const { data } = webhook;
  const outcome = outcomeOf(data.status);
  return {
    amount: data.amount,
    currency: data.currency,
    reason: data.reason,
    status: data.status,
    outcome,
    // A lost dispute loses the disputed amount: the card network took it back.
    lostAmount: outcome === 'lost' ? data.amount : 0,
    evidenceDueBy: data.evidenceDueBy,
    lastEventAt: webhook.createdAt,
    closedAt: outcome ? closedAt : null,
  };
}

export function decideDisputeEvent(current: DisputeState | null, webhook: DisputeWebhook): DisputeDecision {
  const closesByStatus = !isOpenStatus(webhook.data.status);
  const inconsistent = (webhook.type === 'dispute.closed') !== closesByStatus;
  if (current === null) {
    const next = stateFrom(webhook, webhook.createdAt);
    return { applied: true, next, opened: true, closed: closesByStatus, updated: false, inconsistent };
  }
  const alreadyClosed = !isOpenStatus(current.status);
  if (alreadyClosed || webhook.createdAt.getTime() < current.lastEventAt.getTime()) {
    return { applied: false, next: current, opened: false, closed: false, updated: false, inconsistent };
  }
  const next = stateFrom(webhook, webhook.createdAt);
  return { applied: true, next, opened: false, closed: closesByStatus, updated: !closesByStatus, inconsistent };
}

/** The order's refunds stay locked while any of its disputes is open. */
export function refundLockRequired(openDisputesOfOrder: number): boolean {
  return openDisputesOfOrder > 0;
}

/**
 * A dispute against money we already gave back risks losing it twice (refund + chargeback). The late-payment
 * auto refund marks the payment refunded without a refunded amount, so both are looked at.
 */
export function doubleLossRisk(order: { refundedAmount: number; paymentStatus: string | null }): boolean {
  return order.refundedAmount > 0 || order.paymentStatus === 'refunded';
}
