/** A refund as the service handles it (what the repository reads and writes). */
import type { RefundBasis } from '../../core/refund-decision.js';
import type { RefundAllocation, RefundBreakdown } from '../../core/refund-ledger.js';
import type { RefundRule } from '../../core/refund-policy.js';
import type { Currency } from '../../peers/contract.js';
import type { Actor } from '../orders/index.js';

export const REFUND_STATUSES = ['PENDING_REVIEW', 'PENDING', 'SUCCEEDED', 'FAILED', 'REJECTED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/** Refunds whose amount counts against what is left to refund: requested, in review, in flight, done. */
export const HOLDING_STATUSES: readonly RefundStatus[] = ['PENDING_REVIEW', 'PENDING', 'SUCCEEDED'];
export const IN_FLIGHT_STATUSES: readonly RefundStatus[] = ['PENDING_REVIEW', 'PENDING'];

/** change: an order change's credit given back as money (no ticket slots of its own; the change credited them). */
export type RefundKind = 'full' | 'amount' | 'items' | 'change';

/** One part of a refund at the Payment service: from which intent, how much, under which key. */
export interface PaymentPart {
  intentId: string;
  amount: number;
  key: string;
}

export interface RequestedItem {
  orderItemId: string;
  quantity: number;
}

export interface Refund {
  id: string;
  tenantId: string;
  orderId: string;
  status: RefundStatus;
  amount: number;
  currency: Currency;
  reason: string;
  kind: RefundKind;
  basis: RefundBasis;
  requestedItems: RequestedItem[] | null;
  breakdown: RefundBreakdown;
  allocation: RefundAllocation;
  ticketIds: string[];
  policyId: string | null;
  policyVersion: number | null;
  ruleApplied: RefundRule | null;
  requestedBy: Actor;
  reviewRequired: boolean;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
  peerRefundId: string | null;
  failureReason: string | null;
  /** The caller's key for refundInFull and the late-payment refund (unique per order among live refunds). */
  idempotencyKey: string | null;
  /** The Idempotency-Key of the HTTP request that created the refund (scoped to `requestedBy`). */
  requestKey: string | null;
  /** When the refund was handed to the Payment service (after the dispute lock was checked once more). */
  submittedAt: Date | null;
  /**
   * The parts the refund is paid out in, one per payment intent of the order (planned at the hand-over);
   * null before it, and for refunds handed over before parts were kept (whole, to the order's own intent).
   */
  paymentParts: PaymentPart[] | null;
  ticketsReleasedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  settledAt: Date | null;
}

/**
 * The kept change fees (SPEC §13) an event cancellation's refund gives back: what its amount holds beyond its
 * breakdown. Zero for every other refund (no other refund credits a change fee).
 */
export function changeFeeOf(refund: Pick<Refund, 'basis' | 'amount' | 'breakdown'>): number {
  if (refund.basis !== 'event_cancelled') return 0;
  const { tickets, platformFee, processingFee, tax } = refund.breakdown;
  return Math.max(0, refund.amount - (tickets + platformFee + processingFee + tax));
}
