/**
 * Order changes (SPEC §13) as pure arithmetic: pricing the added lines, the difference a change makes
 * (`delta = added − credited + changeFee`), the order's totals after it, and the limits of SPEC §5 on the
 * order it leaves. No I/O: what a removal credits comes from the refund ledger (planItemCredit in
 * refund-decision.ts), prices and tax from the caller.
 *
 * Decisions (docs/changes.md):
 * - Each added line is priced as a cart of its own (fees and tax rounded per line), so that its fees' tax is
 *   its own and refunds of it later take exactly what it paid. The processing fee's fixed part was charged
 *   at checkout: added lines pay only its percentage part. No promotion applies to added lines.
 * - The change fee is kept by the order (order.changeFee, part of its total); no refund credits it.
 */
import { checkCartLimits, checkOrderTotal, type LimitViolation } from './order-limits.js';
import { sum, type Minor } from './money.js';
import {
  itemTaxLineId,
  PLATFORM_FEE_TAX_LINE_ID,
  PROCESSING_FEE_TAX_LINE_ID,
  priceOrder,
  type CartItem,
  type FeeSettings,
  type PricedItem,
  type PriceMode,
  type TaxCalculator,
  type TaxLineResult,
  type TaxSummary,
} from './pricing.js';
import { itemFeeTaxLineId, type RefundBreakdown } from './refund-ledger.js';

/** One added line as priced: the item's amounts and the tax the calculator returned for it. */
export interface AddedLine extends PricedItem {
  /** Line ids as priced alone: item:0, platform_fee, processing_fee (see taxLinesAtPosition). */
  taxLines: TaxLineResult[];
  taxes: TaxSummary[];
}

export function priceAddedLines(lines: readonly CartItem[], input: { fees: FeeSettings; priceMode: PriceMode; tax: TaxCalculator }): AddedLine[] {
  const fees: FeeSettings = { ...input.fees, processingFeeFixed: 0 };
  return lines.map((line) => {
    const pricing = priceOrder({ items: [line], fees, priceMode: input.priceMode, tax: input.tax });
    const [item] = pricing.items;
    if (!item) throw new Error('a priced line has no item');
    return { ...item, taxLines: pricing.taxLines, taxes: pricing.taxes };
  });
}

/** The added line's tax lines as the order stores them, for the item at `position` (0-based, as the checkout's). */
export function taxLinesAtPosition(line: AddedLine, position: number): TaxLineResult[] {
  const renamed: Record<string, string> = {
    [itemTaxLineId(0)]: itemTaxLineId(position),
    [PLATFORM_FEE_TAX_LINE_ID]: itemFeeTaxLineId(position, PLATFORM_FEE_TAX_LINE_ID),
    [PROCESSING_FEE_TAX_LINE_ID]: itemFeeTaxLineId(position, PROCESSING_FEE_TAX_LINE_ID),
  };
  return line.taxLines.map((result) => ({ ...result, lineId: renamed[result.lineId] ?? result.lineId }));
}

/** What removing tickets credits: money (as a refund would give back), its parts, and the promo discount it carried. */
export interface ChangeCredit {
  amount: Minor;
  breakdown: RefundBreakdown;
  /** The promo-code discount the removed tickets carried (their subtotal was paid net of it). */
  discount: Minor;
}

export const NO_CREDIT: ChangeCredit = Object.freeze({
  amount: 0,
  breakdown: Object.freeze({ tickets: 0, platformFee: 0, processingFee: 0, tax: 0 }),
  discount: 0,
}) as ChangeCredit;

/** SPEC §13 `delta`: each part is added minus credited; total = added − credited + changeFee. */
export interface ChangeDelta {
  subtotal: Minor;
  platformFee: Minor;
  processingFee: Minor;
  tax: Minor;
  changeFee: Minor;
  total: Minor;
}

export interface AddedAmounts {
  subtotal: Minor;
  platformFee: Minor;
  processingFee: Minor;
  tax: Minor;
  total: Minor;
}

export function addedAmounts(lines: readonly AddedAmounts[]): AddedAmounts {
  return {
    subtotal: sum(lines.map((line) => line.subtotal)),
    platformFee: sum(lines.map((line) => line.platformFee)),
    processingFee: sum(lines.map((line) => line.processingFee)),
    tax: sum(lines.map((line) => line.tax)),
    total: sum(lines.map((line) => line.total)),
  };
}

export function changeDelta(added: AddedAmounts, credit: ChangeCredit, changeFee: Minor): ChangeDelta {
  if (!Number.isSafeInteger(changeFee) || changeFee < 0) throw new RangeError(`changeFee must be a non-negative integer, got ${changeFee}`);
  return {
    subtotal: added.subtotal - credit.breakdown.tickets,
    platformFee: added.platformFee - credit.breakdown.platformFee,
    processingFee: added.processingFee - credit.breakdown.processingFee,
    tax: added.tax - credit.breakdown.tax,
    changeFee,
    total: added.total - credit.amount + changeFee,
  };
}

/** The order's amounts: the sum of its live items (what removals credited taken off) plus the change fees it kept. */
export interface OrderTotals {
  subtotal: Minor;
  discount: Minor;
  platformFee: Minor;
  processingFee: Minor;
  tax: Minor;
  changeFee: Minor;
  total: Minor;
}

/**
 * The totals after a change. The removed tickets' subtotal goes with the discount they carried (their price
 * was subtotal − discount), so `total = subtotal − discount + fees (+ tax) + changeFee` keeps holding.
 */
export function totalsAfterChange(totals: OrderTotals, added: AddedAmounts, credit: ChangeCredit, changeFee: Minor): OrderTotals {
  const delta = changeDelta(added, credit, changeFee);
  return {
    subtotal: totals.subtotal + added.subtotal - credit.breakdown.tickets - credit.discount,
    discount: totals.discount - credit.discount,
    platformFee: totals.platformFee + delta.platformFee,
    processingFee: totals.processingFee + delta.processingFee,
    tax: totals.tax + delta.tax,
    changeFee: totals.changeFee + changeFee,
    total: totals.total + delta.total,
  };
}

/** The paying side of a change: positive charges through a payment intent, negative refunds, zero applies at once. */
export function settlementOf(delta: ChangeDelta): 'charge' | 'refund' | 'none' {
  return delta.total > 0 ? 'charge' : delta.total < 0 ? 'refund' : 'none';
}

/** An order item as a change sees it: its ticket type and how many of its tickets are still the buyer's. */
export interface LiveItem {
  id: string;
  ticketTypeId: string;
  liveQuantity: number;
}

export interface ChangeLines {
  add: readonly { ticketTypeId: string; quantity: number }[];
  remove: readonly { orderItemId: string; quantity: number }[];
}

export type ChangeShapeProblem =
  | { code: 'CHANGE_EMPTY'; message: string }
  | { code: 'CHANGE_ITEM_UNKNOWN'; message: string; field: string }
  | { code: 'CHANGE_QUANTITY_EXCEEDS'; message: string; field: string; live: number; requested: number };

/** What is wrong with the change's own lines against the order's live items, or null. */
export function changeShapeProblem(lines: ChangeLines, items: readonly LiveItem[]): ChangeShapeProblem | null {
  if (lines.add.length === 0 && lines.remove.length === 0) {
    return { code: 'CHANGE_EMPTY', message: 'A change adds or removes at least one ticket' };
  }
  const byId = new Map(items.map((item) => [item.id, item]));
  const requested = new Map<string, number>();
  for (const [index, line] of lines.remove.entries()) {
    const item = byId.get(line.orderItemId);
    const field = `remove[${index}].orderItemId`;
    if (!item) return { code: 'CHANGE_ITEM_UNKNOWN', message: `Order item ${line.orderItemId} is not an item of this order`, field };
    const total = (requested.get(item.id) ?? 0) + line.quantity;
    requested.set(item.id, total);
    if (total > item.liveQuantity) {
      return {
        code: 'CHANGE_QUANTITY_EXCEEDS',
        message: `Order item ${item.id} has ${item.liveQuantity} tickets left; the change removes ${total}`,
        field: `remove[${index}].quantity`,
        live: item.liveQuantity,
        requested: total,
      };
    }
  }
  return null;
}

/** The order's cart after the change: the live items less what is removed, plus the added lines. */
export function cartAfterChange(lines: ChangeLines, items: readonly LiveItem[]): { ticketTypeId: string; quantity: number }[] {
  const removed = new Map<string, number>();
  for (const line of lines.remove) removed.set(line.orderItemId, (removed.get(line.orderItemId) ?? 0) + line.quantity);
  const kept = items
    .map((item) => ({ ticketTypeId: item.ticketTypeId, quantity: item.liveQuantity - (removed.get(item.id) ?? 0) }))
    .filter((item) => item.quantity > 0);
  return [...kept, ...lines.add.map((line) => ({ ticketTypeId: line.ticketTypeId, quantity: line.quantity }))];
}

/** The limits of SPEC §5 on the order the change leaves (items, tickets per type and order, total), or null. */
export function limitAfterChange(cart: readonly { ticketTypeId: string; quantity: number }[], totalAfter: Minor): LimitViolation | null {
  return checkCartLimits(cart) ?? checkOrderTotal(totalAfter);
}
