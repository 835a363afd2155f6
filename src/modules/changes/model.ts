/** An order change as the service handles it (SPEC §13). */
import type { ChangeCredit, ChangeDelta, OrderTotals } from '../../core/order-change.js';
import type { TaxLineResult, TaxSummary } from '../../core/pricing.js';
import type { RefundAllocation } from '../../core/refund-ledger.js';
import type { Currency } from '../../peers/contract.js';
import type { Actor, OrderItem } from '../orders/index.js';

/**
 * PENDING is the change being made (tickets held, payment intent being created); it never stays longer than
 * the saga timeout (the recovery job finishes it as FAILED). The others are SPEC §13's.
 */
export const CHANGE_STATUSES = ['PENDING', 'AWAITING_PAYMENT', 'APPLIED', 'EXPIRED', 'CANCELLED', 'FAILED'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];
/** A change in flight: the order's open change, while it is one of these. */
export const OPEN_CHANGE_STATUSES: readonly ChangeStatus[] = ['PENDING', 'AWAITING_PAYMENT'];

export interface AddLine {
  ticketTypeId: string;
  quantity: number;
}

export interface RemoveLine {
  orderItemId: string;
  quantity: number;
}

/** An added line as priced for the order: the new item it becomes, with its own tax lines. */
export type PlannedItem = Omit<OrderItem, 'ticketIds' | 'removedQuantity' | 'credited' | 'changeId'> & {
  taxLines: TaxLineResult[];
  taxes: TaxSummary[];
};

/** Everything applying the change writes, worked out when it is made (on the order's version then). */
export interface ChangePlan {
  orderVersion: number;
  added: PlannedItem[];
  removals: { itemId: string; quantity: number; credited: RefundAllocation }[];
  credit: ChangeCredit & { ticketIds: string[] };
  totalsAfter: OrderTotals;
}

export interface OrderChange {
  id: string;
  tenantId: string;
  orderId: string;
  status: ChangeStatus;
  reason: string | null;
  add: AddLine[];
  remove: RemoveLine[];
  plan: ChangePlan;
  delta: ChangeDelta;
  currency: Currency;
  reservationId: string | null;
  paymentIntentId: string | null;
  paymentClientSecret: string | null;
  expiresAt: Date | null;
  refundId: string | null;
  failureCode: string | null;
  failureReason: string | null;
  requestedBy: Actor;
  idempotencyKey: string | null;
  recoverAfter: Date | null;
  peersSettledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  appliedAt: Date | null;
  endedAt: Date | null;
}
