/**
 * Properties of invoices and credit notes over random orders (several stacked jurisdictions, both price
 * modes) and random sequences of refunds (amounts, items, full, under changing terms): the invoice charges
 * exactly the order, each credit note gives back exactly its refund, so invoices minus credit notes is what
 * the order kept to the cent; every document adds up; and no jurisdiction is ever credited more tax on a
 * line than the invoice charged there.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCreditNote, buildInvoice, creditOfRefund, formatMoney, type DocumentContent, type InvoiceSource } from '../../src/core/documents.js';
import { sum } from '../../src/core/money.js';
import { defaultFeeSettings, priceOrder, type PriceMode } from '../../src/core/pricing.js';
import { decideRefund } from '../../src/core/refund-decision.js';
import type { RefundAllocation } from '../../src/core/refund-ledger.js';
import { calculateTax, type JurisdictionRates } from '../../src/core/tax.js';
import { parseRate } from '../../src/core/money.js';
import { decideRandomRefund, input, paidFacts, refundableOf, stepArbitrary } from './refund-fixtures.js';

const rateArbitrary = fc.constantFrom('0', '2.5', '6', '7.25', '8.875', '19', '20');

const orderArbitrary = fc.record({
  cart: fc.array(
    fc.record({
      ticketTypeId: fc.constantFrom('a', 'b', 'c'),
      quantity: fc.integer({ min: 1, max: 10 }),
      unitPrice: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(1, 3333, 9999)),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  priceMode: fc.constantFrom<PriceMode>('exclusive', 'inclusive'),
  /** A promo code's discount as a share of each item's tickets (0: none). */
  discountShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
  jurisdictions: fc.array(fc.record({ tickets: rateArbitrary, fees: fc.option(rateArbitrary, { nil: undefined }) }), { minLength: 0, maxLength: 3 }),
});

/** An order priced like checkout does (stacked jurisdictions), as its invoice and its refund ledger see it. */
type OrderSpec = typeof orderArbitrary extends fc.Arbitrary<infer T> ? T : never;

function orderOf({ cart, priceMode, jurisdictions, discountShare }: OrderSpec) {
  const taxing: JurisdictionRates[] = jurisdictions.map((rates, index) => ({
    code: `J${index}`,
    rates: {
      tickets: parseRate(rates.tickets),
      ...(rates.fees !== undefined ? { platform_fee: parseRate(rates.fees), processing_fee: parseRate(rates.fees) } : {}),
    },
  }));
  const pricing = priceOrder({
    items: cart,
    discounts: cart.map((item) => Math.floor(item.unitPrice * item.quantity * discountShare)),
    fees: defaultFeeSettings,
    priceMode,
    tax: (lines, mode) => calculateTax({ lines, priceMode: mode, jurisdictions: taxing }),
  });
  const source: InvoiceSource = {
    priceMode,
    items: pricing.items.map((item, index) => ({ ...item, id: `item-${index}`, description: `Ticket ${item.ticketTypeId}` })),
    taxLines: pricing.taxLines,
    taxes: pricing.taxes,
  };
  const refundable = refundableOf(pricing);
  return { pricing, source, refundable };
}

function expectAddsUp(document: DocumentContent): void {
  for (const line of document.lines) {
    expect(line.net + sum(line.taxes.map((levy) => levy.amount))).toBe(line.total);
    expect(line.quantity * line.unitPrice - line.discount).toBe(document.priceMode === 'exclusive' ? line.net : line.total);
    expect(line.net).toBeGreaterThanOrEqual(0);
  }
  expect(document.totals.total).toBe(sum(document.lines.map((line) => line.total)));
  expect(document.totals.net + document.totals.tax).toBe(document.totals.total);
  expect(sum(document.taxes.map((entry) => entry.tax))).toBe(document.totals.tax);
}

describe('invoices and credit notes, over random orders and sequences of refunds', () => {
  it('invoices minus credit notes is what the order kept, to the cent; no jurisdiction is credited more than it was charged', () => {
    fc.assert(
      fc.property(orderArbitrary, fc.array(stepArbitrary, { minLength: 1, maxLength: 8 }), fc.boolean(), (spec, refunds, finishInFull) => {
        const { pricing, source, refundable } = orderOf(spec);
        const invoice = buildInvoice(source);
        expectAddsUp(invoice);
        expect(invoice.totals.total).toBe(pricing.totals.total);
        expect(invoice.totals.tax).toBe(pricing.totals.tax);
        // The order's tax summary, less the entries of a fee of 0 (the invoice has no line for it).
        expect(invoice.taxes).toEqual(pricing.taxes.filter((entry) => entry.taxable !== 0 || entry.tax !== 0 || entry.category === 'tickets'));

        let holding: RefundAllocation[] = [];
        const credits: DocumentContent[] = [];
        let refunded = 0;
        const settle = (allocation: RefundAllocation, amount: number) => {
          const credit = buildCreditNote(invoice, credits, creditOfRefund(allocation));
          expectAddsUp(credit);
          expect(credit.totals.total).toBe(amount);
          credits.push(credit);
          holding = [...holding, allocation];
          refunded += amount;
        };
        for (const random of refunds) {
          const { decision } = decideRandomRefund(refundable, holding, random);
          // A refund the Payment service failed holds nothing and issues no credit note.
          if (decision.refund && !random.fails) settle(decision.refund.allocation, decision.refund.amount);
        }
        if (finishInFull) {
          const rest = decideRefund(input(refundable, { facts: paidFacts(refundable, { holding }), requester: { kind: 'admin', override: true } }));
          if (rest.refund) settle(rest.refund.allocation, rest.refund.amount);
          expect(refunded).toBe(pricing.totals.total);
        }

        const kept = pricing.totals.total - refunded;
        expect(invoice.totals.total - sum(credits.map((credit) => credit.totals.total))).toBe(kept);
        for (const line of invoice.lines) {
          for (const levy of line.taxes) {
            const credited = sum(
              credits.flatMap((credit) =>
                credit.lines
                  .filter((creditLine) => creditLine.key === line.key)
                  .flatMap((creditLine) => creditLine.taxes.filter((entry) => entry.jurisdiction === levy.jurisdiction && entry.rate === levy.rate))
                  .map((entry) => entry.amount),
              ),
            );
            expect(credited).toBeLessThanOrEqual(levy.amount);
            if (finishInFull) expect(credited).toBe(levy.amount);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('amounts in the tenant locale', () => {
  it('formats minor units exactly, in the locale’s own way', () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(formatMoney(123456, 'EUR', 'de-DE'))).toBe('1.234,56 €');
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(5, 'GBP', 'en-GB')).toBe('£0.05');
    expect(formatMoney(9_007_199_254_740_991, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
    expect(plain(formatMoney(100, 'CAD', 'fr-CA'))).toBe('1,00 $');
  });
});
