/**
 * What one dispute webhook does to a dispute: a pure decision, no I/O. The webhook's status is the truth
 * (its type only names the occasion); webhooks may arrive out of order, so one older than the dispute's
 * newest applied webhook is recorded in the history but changes nothing; and a closed dispute stays closed.
 */
export const OPEN_DISPUTE_STATUSES = ['needs_response', 'under_review'] as const;
export const CLOSED_DISPUTE_STATUSES = ['won', 'lost', 'warning_closed'] as const;
export const DISPUTE_STATUSES = [...OPEN_DISPUTE_STATUSES, ...CLOSED_DISPUTE_STATUSES] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export type DisputeOutcome = (typeof CLOSED_DISPUTE_STATUSES)[number];

export const DISPUTE_WEBHOOK_TYPES = ['dispute.created', 'dispute.updated', 'dispute.closed'] as const;
export type DisputeWebhookType = (typeof DISPUTE_WEBHOOK_TYPES)[number];

export function isOpenStatus(status: DisputeStatus): boolean {
  return (OPEN_DISPUTE_STATUSES as readonly string[]).includes(status);
}

/** The part of a dispute that webhooks move (C: the currency codes). */
export interface DisputeState<C extends string = string> {
  amount: number;
  currency: C;
  reason: string;
  status: DisputeStatus;
  outcome: DisputeOutcome | null;
  lostAmount: number;
  evidenceDueBy: Date | null;
  /** `createdAt` of the newest webhook applied; older ones are kept in the history but change nothing. */
  lastEventAt: Date;
  closedAt: Date | null;
}

/** What a webhook says about a dispute. */
export interface DisputeWebhookFacts<C extends string = string> {
  type: DisputeWebhookType;
  createdAt: Date;
  data: { amount: number; currency: C; reason: string; status: DisputeStatus; evidenceDueBy: Date | null };
}

export interface DisputeDecision<C extends string = string> {
  /** false: the webhook is only history (out of order, or after the dispute closed). */
  applied: boolean;
  next: DisputeState<C>;
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

function stateFrom<C extends string>(webhook: DisputeWebhookFacts<C>, closedAt: Date | null): DisputeState<C> {
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

export function decideDisputeEvent<C extends string>(current: DisputeState<C> | null, webhook: DisputeWebhookFacts<C>): DisputeDecision<C> {
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
