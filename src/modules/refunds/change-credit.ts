/**
 * What the refunds area offers order changes (SPEC §13): the credit of removed tickets, computed by the refund
 * ledger exactly as an item refund takes them (planItemCredit), and each item's tickets still the buyer's.
 */
import { planItemCredit, type PlannedRefund } from '../../core/refund-decision.js';
import { ledgerOf } from '../../core/refund-ledger.js';
import type { GoverningPolicy } from '../../core/refund-policy.js';
import type { Tx } from '../../db/database.js';
import type { Order } from '../orders/index.js';
import { governingPolicy } from '../refund-policies/index.js';
import { ledgerFacts } from './facts.js';

export interface ChangeCreditPlan {
  /** Null when nothing is removed, or an item has fewer tickets left than the change removes. */
  credit: PlannedRefund | null;
  /** Per order item: its tickets not given back by a refund or removed by a change. */
  liveQuantities: Map<string, number>;
  /** The policy version that governs the order (SPEC §6), which also says whether changes are allowed. */
  policy: GoverningPolicy;
}

/** In the caller's transaction (the order locked): the ledger as refunds and earlier changes left it. */
export async function planChangeCredit(tx: Tx, order: Order, removals: readonly { orderItemId: string; quantity: number }[]): Promise<ChangeCreditPlan> {
  const [{ facts }, policy] = [await ledgerFacts(tx, order), await governingPolicy(tx, order)];
  const liveQuantities = new Map(order.items.map((item) => [item.id, 0]));
  for (const slot of ledgerOf(facts.order, facts.holding)) {
    if (!slot.released) liveQuantities.set(slot.itemId, (liveQuantities.get(slot.itemId) ?? 0) + 1);
  }
  const fees = { platformFee: policy.terms.refundPlatformFee, processingFee: policy.terms.refundProcessingFee };
  const credit = removals.length === 0 ? null : planItemCredit(facts, removals, fees);
  return { credit, liveQuantities, policy };
}
