/**
 * Properties of the refund arithmetic over random orders and random sequences of partial refunds (amounts,
 * items, full) under changing terms: nothing is ever refunded twice or beyond what was paid, every refund's
 * breakdown adds up to its amount and to its cells, and a final full refund (an override) returns exactly
 * what was paid, cell by cell.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideRefund } from '../../src/core/refund-decision.js';
import {
  COMPONENTS,
  ledgerOf,
  moneyOf,
  totalCells,
  type RefundableOrder,
  type RefundAllocation,
} from '../../src/core/refund-ledger.js';
import { sum } from '../../src/core/money.js';
import { decideRandomRefund, input, paidFacts, policyWith, pricedOrder, stepArbitrary } from './refund-fixtures.js';

const cartArbitrary = fc.array(
  fc.record({
    ticketTypeId: fc.constantFrom('a', 'b', 'c'),
    quantity: fc.integer({ min: 1, max: 10 }),
    unitPrice: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(1, 3333, 9999)),
  }),
  { minLength: 1, maxLength: 4 },
);

const orderArbitrary = fc
  .record({
    cart: cartArbitrary,
    priceMode: fc.constantFrom('exclusive' as const, 'inclusive' as const),
    taxRate: fc.constantFrom('0', '8', '8.875', '20', '7.25'),
  })
  .map(({ cart, priceMode, taxRate }) => pricedOrder(cart, { priceMode, taxRate }));

function heldMoney(order: RefundableOrder, holding: readonly RefundAllocation[]): number {
  return sum(ledgerOf(order, holding).map((slot) => moneyOf(slot.refunded, order.priceMode)));
}

describe('refund arithmetic, over random sequences of refunds', () => {
  it('never over-refunds, always adds up, and a final full refund returns exactly what was paid', () => {
    fc.assert(
      fc.property(orderArbitrary, fc.array(stepArbitrary, { minLength: 1, maxLength: 10 }), (order, steps) => {
        // The order's items add up to its total: the ledger's premise.
        expect(sum(order.items.map((item) => moneyOf(item.paid, order.priceMode)))).toBe(order.total);
        let holding: RefundAllocation[] = [];
        for (const step of steps) {
          const { preview, request, decision } = decideRandomRefund(order, holding, step);
          const refund = decision.refund;
          if (!refund) continue;

          // The amount is what was asked (or everything), never more than refundable, and its parts add up.
          expect(refund.amount).toBeGreaterThan(0);
          expect(refund.amount).toBeLessThanOrEqual(preview.refundable.amount);
          if (request.kind === 'amount') expect(refund.amount).toBe(request.amount);
          const cells = totalCells(refund.allocation.cells);
          expect(refund.amount).toBe(moneyOf(cells, order.priceMode));
          const { tickets, platformFee, processingFee, tax } = refund.breakdown;
          expect(refund.amount).toBe(tickets + platformFee + processingFee + (order.priceMode === 'exclusive' ? tax : 0));
          expect(refund.allocation.cells.every((slot) => COMPONENTS.every((component) => slot.cells[component] >= 0))).toBe(true);

          if (!step.fails) holding = [...holding, refund.allocation];
          // No cell ever gives back more than it took in, and the order never more than its total.
          const ledger = ledgerOf(order, holding);
          expect(ledger.every((slot) => COMPONENTS.every((component) => slot.refunded[component] <= slot.paid[component]))).toBe(true);
          expect(heldMoney(order, holding)).toBeLessThanOrEqual(order.total);
        }

        const final = decideRefund(input(order, { facts: paidFacts(order, { holding }), requester: { kind: 'admin', override: true } }));
        const before = heldMoney(order, holding);
        if (before === order.total) {
          expect(final.eligible).toBe(false);
          return;
        }
        expect(final.refund?.amount).toBe(order.total - before);
        const done = [...holding, final.refund!.allocation];
        expect(heldMoney(order, done)).toBe(order.total);
        expect(ledgerOf(order, done).every((slot) => COMPONENTS.every((component) => slot.refunded[component] === slot.paid[component]))).toBe(true);
        expect(ledgerOf(order, done).every((slot) => slot.released)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('refunding the tickets one by one gives the same as refunding them together', () => {
    fc.assert(
      fc.property(orderArbitrary, fc.constantFrom('100', '50', '33.333'), fc.boolean(), (order, percent, fees) => {
        const policy = policyWith({ rules: [{ minHoursBeforeEvent: 0, refundPercent: percent }], cutoffHours: 0, refundPlatformFee: fees, refundProcessingFee: fees });
        const together = decideRefund(input(order, { policy }));
        let holding: RefundAllocation[] = [];
        let oneByOne = 0;
        for (const item of order.items) {
          for (let n = 0; n < item.quantity; n++) {
            const decision = decideRefund(
              input(order, { policy, facts: paidFacts(order, { holding }), request: { kind: 'items', items: [{ orderItemId: item.id, quantity: 1 }] } }),
            );
            if (!decision.refund) continue;
            oneByOne += decision.refund.amount;
            holding = [...holding, decision.refund.allocation];
          }
        }
        expect(oneByOne).toBe(together.refundable.amount);
      }),
      { numRuns: 100 },
    );
  });
});
