/** The order as the service handles it (what the repository reads and writes). */
import type { OrderStatus } from '../../core/order-status.js';
import type { Currency } from '../../peers/contract.js';
import type { AppliedTaxExemption } from '../../core/tax.js';
import type { TaxLineResult } from '../../core/pricing.js';
import type { Billing } from '../documents/index.js';
import type { AppliedPromotion } from '../promotions/index.js';
import type { RefundAllocation } from '../../core/refund-ledger.js';

export type PriceMode = 'exclusive' | 'inclusive';

export interface OrderItem {
  id: string;
  position: number;
  ticketTypeId: string;
  /** What the item is, as documents name it ("<event> — <ticket type>"); null for orders from before it was kept. */
  description: string | null;
  quantity: number;
  unitPrice: number;
  /** Before the discount; the tickets were paid `subtotal - discount`. */
  subtotal: number;
  discount: number;
  platformFee: number;
  processingFee: number;
  tax: number;
  total: number;
  ticketIds: string[];
  /** Tickets an order change removed (SPEC §13); the item's amounts stay what was paid for all `quantity`. */
  removedQuantity: number;
  /** What order changes credited for the removed tickets, per ticket slot (the refund ledger counts it as taken). */
  credited: RefundAllocation;
  /** The order change that added the item; null for the checkout's items. */
  changeId: string | null;
}

export interface TaxSummary {
  jurisdiction: string;
  category: string;
  rate: string;
  taxable: number;
  tax: number;
}

export interface Order {
  id: string;
  tenantId: string;
  orderNumber: string;
  userId: string;
  eventId: string;
  status: OrderStatus;
  currency: Currency;
  priceMode: PriceMode;
  subtotal: number;
  /** The promotion's discount on the tickets (0 without one). */
  discount: number;
  platformFee: number;
  processingFee: number;
  tax: number;
  total: number;
  taxes: TaxSummary[];
  /** The tax calculator's per-line results at checkout (what documents and refunds split tax by). */
  taxLines: TaxLineResult[];
  /** The buyer's billing details given at checkout; null when none. */
  billing: Billing | null;
  /** The exemption certificate applied at checkout, as it was then; null when none. */
  taxExemption: AppliedTaxExemption | null;
  /** The promo code the order was checked out with, as it was then; null when none. */
  promotion: AppliedPromotion | null;
  reservationId: string | null;
  reservationExpiresAt: Date | null;
  reservationExtended: boolean;
  vip: boolean;
  paymentIntentId: string | null;
  paymentClientSecret: string | null;
  paymentStatus: string | null;
  refundedAmount: number;
  refundLocked: boolean;
  refundPolicyId: string | null;
  refundPolicyVersion: number | null;
  /** Goes up by one with every applied order change (SPEC §13). */
  version: number;
  /** Change fees the order kept; part of `total`. */
  changeFee: number;
  /** The order change in flight, if any: refunds and other changes wait for it. */
  openChangeId: string | null;
  metadata: Record<string, unknown>;
  cancelReason: string | null;
  failureCode: string | null;
  sagaDeadline: Date | null;
  createdAt: Date;
  updatedAt: Date;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  expiredAt: Date | null;
  items: OrderItem[];
}

/** Who caused a change, as recorded on the timeline. */
export interface Actor {
  type: 'user' | 'service' | 'system';
  id: string;
  role?: string;
  ip?: string;
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: 'order-service' };
/** The Payment service, when its webhooks and messages change an order, a refund or a dispute. */
export const PAYMENT_SERVICE_ACTOR: Actor = { type: 'service', id: 'payment-service' };

export interface TimelineEntry {
  id: number;
  type: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  actor: Actor;
  reason: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}
