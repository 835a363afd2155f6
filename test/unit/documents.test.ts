/** Invoices and credit notes built from known orders: the lines, their tax per jurisdiction, the quantities. */
import { describe, expect, it } from 'vitest';
import { buildCreditNote, buildInvoice, creditOfRefund, type InvoiceSource } from '../../src/core/documents.js';
import { defaultFeeSettings, flatTax, priceOrder, type PriceMode } from '../../src/core/pricing.js';
import { zeroCells } from '../../src/core/refund-ledger.js';

/** 2 × 50.00 and 1 × 150.00 at a flat 8 %, as checkout prices it. */
function source(priceMode: PriceMode): InvoiceSource {
  const pricing = priceOrder({
    items: [
      { ticketTypeId: 'general', quantity: 2, unitPrice: 5000 },
      { ticketTypeId: 'vip', quantity: 1, unitPrice: 15000 },
    ],
    fees: defaultFeeSettings,
    priceMode,
    tax: flatTax('8'),
  });
  return {
    priceMode,
    items: pricing.items.map((item, index) => ({ ...item, id: `item-${index}`, description: `Show — ${item.ticketTypeId}` })),
    taxLines: pricing.taxLines,
    taxes: pricing.taxes,
  };
}

describe('an invoice', () => {
  it('exclusive prices: one line per item and fee, tax on top', () => {
    const invoice = buildInvoice(source('exclusive'));
    expect(invoice.lines.map(({ description, quantity, unitPrice, net, total }) => [description, quantity, unitPrice, net, total])).toEqual([
      ['Show — general', 2, 5000, 10000, 10800],
      ['Show — vip', 1, 15000, 15000, 16200],
      ['Platform fee', 1, 1250, 1250, 1350],
      ['Processing fee', 1, 755, 755, 815],
    ]);
    expect(invoice.lines[0]?.taxes).toEqual([{ jurisdiction: 'DEFAULT', rate: '8', amount: 800 }]);
    expect(invoice.totals).toEqual({ net: 27005, tax: 2160, total: 29165 });
  });

  it('inclusive prices: the tax is inside each line; net is what remains', () => {
    const invoice = buildInvoice(source('inclusive'));
    expect(invoice.lines[0]).toMatchObject({ quantity: 2, unitPrice: 5000, net: 9259, total: 10000, taxes: [{ jurisdiction: 'DEFAULT', rate: '8', amount: 741 }] });
    expect(invoice.totals.total).toBe(10000 + 15000 + 1250 + 755);
  });

  it('splits tax by the order summary when the stored tax lines do not add up', () => {
    const broken = { ...source('exclusive'), taxLines: [] };
    const invoice = buildInvoice(broken);
    expect(invoice.totals).toEqual(buildInvoice(source('exclusive')).totals);
    expect(invoice.lines.every((line) => line.taxes.every((levy) => levy.jurisdiction === 'DEFAULT'))).toBe(true);
  });
});

describe('a credit note', () => {
  const invoice = buildInvoice(source('exclusive'));

  it('gives back whole tickets as a quantity at the price of each', () => {
    const credit = buildCreditNote(invoice, [], [{ key: 'item:item-0', charged: 5000, tax: 400, quantity: 1 }]);
    expect(credit.lines).toEqual([
      expect.objectContaining({ description: 'Show — general', orderItemId: 'item-0', quantity: 1, unitPrice: 5000, net: 5000, total: 5400 }),
    ]);
  });

  it('gives back an amount that returns no ticket as one partial unit', () => {
    const credit = buildCreditNote(invoice, [], [{ key: 'item:item-1', charged: 1234, tax: 99, quantity: 0 }]);
    expect(credit.lines[0]).toMatchObject({ description: 'Show — vip (partial)', quantity: 1, unitPrice: 1234, total: 1333 });
  });

  it('sums a refund’s cells per item and per fee, counting the tickets it gives back', () => {
    const cells = (tickets: number, ticketsTax: number, platformFee = 0) => ({ ...zeroCells(), tickets, ticketsTax, platformFee });
    const lines = creditOfRefund({
      cells: [
        { itemId: 'item-0', slot: 0, cells: cells(5000, 400, 250) },
        { itemId: 'item-0', slot: 1, cells: cells(5000, 400, 250) },
      ],
      releasedSlots: [
        { itemId: 'item-0', slot: 0 },
        { itemId: 'item-0', slot: 1 },
      ],
    });
    expect(lines).toEqual([
      { key: 'item:item-0', charged: 10000, tax: 800, quantity: 2 },
      { key: 'platform_fee', charged: 500, tax: 0, quantity: 0 },
      { key: 'processing_fee', charged: 0, tax: 0, quantity: 0 },
    ]);
  });

  it('refuses a credit of a line the invoice does not have', () => {
    expect(() => buildCreditNote(invoice, [], [{ key: 'item:unknown', charged: 1, tax: 0, quantity: 0 }])).toThrow(/does not have/);
  });
});
