/** Disputes as the service handles them (what the repository reads and writes). */
import type { Currency } from '../../peers/contract.js';

export const OPEN_DISPUTE_STATUSES = ['needs_response', 'under_review'] as const;
export const CLOSED_DISPUTE_STATUSES = ['won', 'lost', 'warning_closed'] as const;
export const DISPUTE_STATUSES = [...OPEN_DISPUTE_STATUSES, ...CLOSED_DISPUTE_STATUSES] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export type DisputeOutcome = (typeof CLOSED_DISPUTE_STATUSES)[number];

export const DISPUTE_WEBHOOK_TYPES = ['dispute.created', 'dispute.updated', 'dispute.closed'] as const;
export type DisputeWebhookType = (typeof DISPUTE_WEBHOOK_TYPES)[number];

/** Ticket voiding after a lost dispute: pending until the Ticket service confirmed it (or we gave up). */
export type TicketsVoidState = 'pending' | 'voided' | 'failed';

export interface Dispute {
  id: string;
  /** null: the payment intent matched no order (visible to the system path only). */
  tenantId: string | null;
  orderId: string | null;
  /** The Payment service's id of the dispute. */
  paymentDisputeId: string;
  paymentIntentId: string;
  amount: number;
  currency: Currency;
  reason: string;
  status: DisputeStatus;
  outcome: DisputeOutcome | null;
  lostAmount: number;
  evidenceDueBy: Date | null;
  doubleLossRisk: boolean;
  ticketsVoidState: TicketsVoidState | null;
  /** `createdAt` of the newest webhook applied; older ones are kept in the history but change nothing. */
  lastEventAt: Date;
  openedAt: Date;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One webhook as received: the dispute's history. */
export interface DisputeHistoryEntry {
  id: number;
  webhookId: string;
  type: DisputeWebhookType;
  status: DisputeStatus;
  amount: number;
  reason: string;
  evidenceDueBy: Date | null;
  occurredAt: Date;
  receivedAt: Date;
  /** false when the webhook was older than the dispute's state (out of order) or came after it closed. */
  applied: boolean;
}

export interface DisputeWithHistory extends Dispute {
  history: DisputeHistoryEntry[];
}

/** A verified, validated webhook of the Payment service. */
export interface DisputeWebhook {
  id: string;
  type: DisputeWebhookType;
  createdAt: Date;
  data: {
    disputeId: string;
    paymentIntentId: string;
    amount: number;
    currency: Currency;
    reason: string;
    status: DisputeStatus;
    evidenceDueBy: Date | null;
  };
}

export function isOpenStatus(status: DisputeStatus): boolean {
  return (OPEN_DISPUTE_STATUSES as readonly string[]).includes(status);
}

export const PAYMENT_SERVICE_ACTOR = { type: 'service', id: 'payment-service' } as const;
