/** Disputes as the service handles them (what the repository reads and writes). */
import type { Currency } from '../../peers/contract.js';
import type { DisputeOutcome, DisputeStatus, DisputeWebhookType } from '../../core/dispute-decision.js';

export {
  CLOSED_DISPUTE_STATUSES,
  DISPUTE_STATUSES,
  DISPUTE_WEBHOOK_TYPES,
  isOpenStatus,
  OPEN_DISPUTE_STATUSES,
  type DisputeOutcome,
  type DisputeStatus,
  type DisputeWebhookType,
} from '../../core/dispute-decision.js';

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
