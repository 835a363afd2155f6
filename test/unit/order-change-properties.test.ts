/**
 * The money identity of order changes (SPEC §13) over random orders and random sequences of changes and refunds:
 * what the buyer paid minus what came back always equals, to the cent, what the order's live items still hold
 * (each ticket's paid cells less what refunds and removals took) plus the change fees it kept — and the order's
 * totals move in step. The model uses the same core functions the service does: priceOrder for the checkout,
 * priceAddedLines and planItemCredit for a change, decideRefund for refunds, the ledger for what is left.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultFeeSettings, flatTax, priceOrder, type PriceMode, type TaxLineResult } from '../../src/core/pricing.js';
import { addedAmounts, changeDelta, priceAddedLines, taxLinesAtPosition, totalsAfterChange, type OrderTotals } from '../../src/core/order-change.js';
import { decideRefund, planItemCredit } from '../../src/core/refund-decision.js';
import { itemTaxComponents, ledgerOf, moneyOf, type RefundAllocation, type RefundableOrder } from '../../src/core/refund-ledger.js';
import { sum } from '../../src/core/money.js';
import { NOW, policyWith } from './refund-fixtures.js';

interface ModelItem {
  id: string;
  quantity: number;
  subtotal: number;
  platformFee: number;
  processingFee: number;
  tax: number;
  total: number;
}

interface Model {
  priceMode: PriceMode;
  items: ModelItem[];
  taxLines: TaxLineResult[];
  holding: RefundAllocation[];
  totals: OrderTotals;
  charged: number;
  returned: number;
}

/** The ledger's view of the model, built as the refunds area builds it (facts.ts refundableOrderOf). */
function refundable(model: Model): RefundableOrder {
  const taxes = itemTaxComponents(model.items, model.taxLines);
  return {
    priceMode: model.priceMode,
    total: sum(model.items.map((item) => item.total)),
    items: model.items.map((item, index) => ({
      id: item.id,
      quantity: item.quantity,
      ticketIds: [],
      paid: {
        tickets: item.subtotal,
        platformFee: item.platformFee,
        processingFee: item.processingFee,
        ticketsTax: taxes[index]?.ticketsTax ?? 0,
        platformFeeTax: taxes[index]?.platformFeeTax ?? 0,
        processingFeeTax: taxes[index]?.processingFeeTax ?? 0,
      },
    })),
  };
}

function liveSlotsByItem(model: Model): Map<string, number> {
  const live = new Map<string, number>();
  for (const slot of ledgerOf(refundable(model), model.holding)) if (!slot.released) live.set(slot.itemId, (live.get(slot.itemId) ?? 0) + 1);
  return live;
}

/** What the order's items still hold: each ticket's paid money less what refunds and removals took. */
function liveItemsMoney(model: Model): number {
  return sum(ledgerOf(refundable(model), model.holding).map((slot) => moneyOf(slot.paid, model.priceMode) - moneyOf(slot.refunded, model.priceMode)));
}

const cart = fc.array(fc.record({ quantity: fc.integer({ min: 1, max: 5 }), unitPrice: fc.integer({ min: 0, max: 50_000 }) }), { minLength: 1, maxLength: 3 });

const step = fc.oneof(
  fc.record({
    kind: fc.constant('change' as const),
    removeItem: fc.nat(),
    removeQuantity: fc.integer({ min: 0, max: 3 }),
    add: fc.array(fc.record({ quantity: fc.integer({ min: 1, max: 3 }), unitPrice: fc.integer({ min: 0, max: 50_000 }) }), { maxLength: 2 }),
    changeFee: fc.constantFrom(0, 0, 150, 999),
    refundFees: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('refundItem' as const), item: fc.nat(), refundFees: fc.boolean() }),
  fc.record({ kind: fc.constant('refundAmount' as const), share: fc.integer({ min: 1, max: 100 }) }),
);

function start(priceMode: PriceMode, taxRate: string, items: { quantity: number; unitPrice: number }[]): Model {
  const pricing = priceOrder({ items: items.map((item) => ({ ...item, ticketTypeId: 't' })), fees: defaultFeeSettings, priceMode, tax: flatTax(taxRate) });
  return {
    priceMode,
    items: pricing.items.map((item, index) => ({ id: `item-${index}`, ...item })),
    taxLines: pricing.taxLines,
    holding: [],
    totals: { ...pricing.totals, changeFee: 0 },
    charged: pricing.totals.total,
    returned: 0,
  };
}

interface ChangeStep {
  removeItem: number;
  removeQuantity: number;
  add: { quantity: number; unitPrice: number }[];
  changeFee: number;
  refundFees: boolean;
}

function applyChange(model: Model, taxRate: string, action: ChangeStep): void {
  const live = liveSlotsByItem(model);
  const candidates = model.items.filter((item) => (live.get(item.id) ?? 0) > 0);
  const target = candidates.length > 0 ? candidates[action.removeItem % candidates.length] : undefined;
  const quantity = target ? Math.min(action.removeQuantity, live.get(target.id) ?? 0) : 0;
  const removals = target && quantity > 0 ? [{ orderItemId: target.id, quantity }] : [];
  if (removals.length === 0 && action.add.length === 0) return;
  const planned = removals.length > 0 ? planItemCredit({ order: refundable(model), holding: model.holding }, removals, { platformFee: action.refundFees, processingFee: action.refundFees }) : null;
  if (removals.length > 0 && !planned) throw new Error('a removal of live tickets must be plannable');
  const credit = planned ? { amount: planned.amount, breakdown: planned.breakdown, discount: planned.discount } : { amount: 0, breakdown: { tickets: 0, platformFee: 0, processingFee: 0, tax: 0 }, discount: 0 };
  const added = priceAddedLines(action.add.map((line) => ({ ...line, ticketTypeId: 't' })), { fees: defaultFeeSettings, priceMode: model.priceMode, tax: flatTax(taxRate) });
  const delta = changeDelta(addedAmounts(added), credit, action.changeFee);
  model.totals = totalsAfterChange(model.totals, addedAmounts(added), credit, action.changeFee);
  added.forEach((line, index) => {
    const position = model.items.length;
    model.items.push({ id: `added-${position}-${index}`, quantity: line.quantity, subtotal: line.subtotal, platformFee: line.platformFee, processingFee: line.processingFee, tax: line.tax, total: line.total });
    model.taxLines.push(...taxLinesAtPosition(line, position));
  });
  if (planned) model.holding.push(planned.allocation);
  if (delta.total > 0) model.charged += delta.total;
  else model.returned += -delta.total;
}

function refund(model: Model, request: { kind: 'items'; items: { orderItemId: string; quantity: number }[] } | { kind: 'amount'; amount: number }, refundFees: boolean): void {
  const decision = decideRefund({
    facts: { status: 'CONFIRMED', refundLocked: false, order: refundable(model), holding: model.holding, inFlight: false },
    policy: policyWith({ rules: [{ minHoursBeforeEvent: 0, refundPercent: '100' }], cutoffHours: 0, refundPlatformFee: refundFees, refundProcessingFee: refundFees }),
    tickets: null,
    event: { cancelled: false, startsAt: new Date(NOW.getTime() + 1000 * 3_600_000) },
    now: NOW,
    requester: { kind: 'buyer' },
    request,
  });
  if (!decision.refund) return;
  model.holding.push(decision.refund.allocation);
  model.returned += decision.refund.amount;
}

describe('order changes and refunds keep the books', () => {
  it('paid − refunded = Σ live items + change fees, to the cent, and the totals follow, after any sequence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('exclusive' as const, 'inclusive' as const),
        fc.constantFrom('0', '8', '8.875', '20'),
        cart,
        fc.array(step, { maxLength: 8 }),
        (priceMode, taxRate, items, steps) => {
          const model = start(priceMode, taxRate, items);
          let refundedByRefunds = 0;
          for (const action of steps) {
            const before = model.returned;
            if (action.kind === 'change') applyChange(model, taxRate, action);
            else if (action.kind === 'refundItem') {
              const live = liveSlotsByItem(model);
              const target = model.items.filter((item) => (live.get(item.id) ?? 0) > 0)[action.item % Math.max(1, model.items.length)];
              if (target) refund(model, { kind: 'items', items: [{ orderItemId: target.id, quantity: 1 }] }, action.refundFees);
              refundedByRefunds += model.returned - before;
            } else {
              const left = liveItemsMoney(model);
              const amount = Math.floor((left * action.share) / 100);
              if (amount > 0) refund(model, { kind: 'amount', amount }, true);
              refundedByRefunds += model.returned - before;
            }
            expect(model.charged - model.returned).toBe(liveItemsMoney(model) + model.totals.changeFee);
            // The order's total is its items' less what removals credited, plus the change fees; refunds are apart.
            expect(model.totals.total - refundedByRefunds).toBe(model.charged - model.returned);
            const { subtotal, discount, platformFee, processingFee, tax, changeFee, total } = model.totals;
            expect(subtotal - discount + platformFee + processingFee + (priceMode === 'exclusive' ? tax : 0) + changeFee).toBe(total);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
