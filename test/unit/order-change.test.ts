/**
 * The arithmetic of order changes (SPEC §13), as tables: added lines priced like a checkout without the fixed
 * processing fee, `delta = added − credited + changeFee`, the order's totals after a change, which side pays,
 * and the checks of a change's lines and of the order it leaves.
 */
import { describe, expect, it } from 'vitest';
import {
  addedAmounts,
  cartAfterChange,
  changeDelta,
  changeShapeProblem,
  limitAfterChange,
  NO_CREDIT,
  priceAddedLines,
  settlementOf,
  taxLinesAtPosition,
  totalsAfterChange,
  type ChangeCredit,
} from '../../src/core/order-change.js';
import { defaultFeeSettings, flatTax } from '../../src/core/pricing.js';

const priced = (unitPrice: number, quantity: number, priceMode: 'exclusive' | 'inclusive' = 'exclusive') =>
  priceAddedLines([{ ticketTypeId: 't', quantity, unitPrice }], { fees: defaultFeeSettings, priceMode, tax: flatTax('8') });

const credit = (amount: number, tickets: number, platformFee: number, processingFee: number, tax: number, discount = 0): ChangeCredit => ({
  amount,
  breakdown: { tickets, platformFee, processingFee, tax },
  discount,
});

describe('priceAddedLines', () => {
  it.each([
    // unit price, quantity, mode → subtotal, platform fee, processing fee (2.9 %, no 0.30), tax, total
    { unitPrice: 15000, quantity: 1, mode: 'exclusive' as const, expected: { subtotal: 15000, platformFee: 750, processingFee: 435, tax: 1295, total: 17480 } },
    { unitPrice: 5000, quantity: 2, mode: 'exclusive' as const, expected: { subtotal: 10000, platformFee: 500, processingFee: 290, tax: 863, total: 11653 } },
    { unitPrice: 3333, quantity: 3, mode: 'exclusive' as const, expected: { subtotal: 9999, platformFee: 500, processingFee: 290, tax: 863, total: 11652 } },
    // inclusive: the tax is inside the prices and fees, shown but not added
    { unitPrice: 10800, quantity: 1, mode: 'inclusive' as const, expected: { subtotal: 10800, platformFee: 540, processingFee: 313, tax: 863, total: 11653 } },
    { unitPrice: 0, quantity: 1, mode: 'exclusive' as const, expected: { subtotal: 0, platformFee: 0, processingFee: 0, tax: 0, total: 0 } },
  ])('$quantity × $unitPrice ($mode)', ({ unitPrice, quantity, mode, expected }) => {
    const [line] = priced(unitPrice, quantity, mode);
    expect(line).toMatchObject({ ...expected, discount: 0, quantity, unitPrice });
  });

  it("names the line's tax lines after the item's position, its fees' apart from the checkout's", () => {
    const [line] = priced(15000, 1);
    expect(taxLinesAtPosition(line!, 3).map((result) => [result.lineId, result.tax])).toEqual([
      ['item:3', 1200],
      ['item:3:platform_fee', 60],
      ['item:3:processing_fee', 35],
    ]);
  });
});

describe('changeDelta and settlementOf', () => {
  const vip = addedAmounts(priced(15000, 1));
  it.each([
    { name: 'upgrade: VIP in, a General ticket and its tax out', added: vip, credited: credit(5400, 5000, 0, 0, 400), fee: 0, total: 12080, side: 'charge' },
    { name: 'the change fee is added once', added: vip, credited: credit(5400, 5000, 0, 0, 400), fee: 500, total: 12580, side: 'charge' },
    { name: 'removal only: the credit comes back', added: addedAmounts([]), credited: credit(5400, 5000, 0, 0, 400), fee: 0, total: -5400, side: 'refund' },
    { name: 'removal with a fee: the fee is kept from the credit', added: addedAmounts([]), credited: credit(5400, 5000, 0, 0, 400), fee: 400, total: -5000, side: 'refund' },
    { name: 'a fee that covers the difference: nothing moves', added: addedAmounts([]), credited: credit(300, 250, 0, 0, 50), fee: 300, total: 0, side: 'none' },
    { name: 'add only', added: vip, credited: NO_CREDIT, fee: 0, total: 17480, side: 'charge' },
  ])('$name', ({ added, credited, fee, total, side }) => {
    const delta = changeDelta(added, credited, fee);
    expect(delta.total).toBe(total);
    expect(delta.changeFee).toBe(fee);
    expect(delta.subtotal + delta.platformFee + delta.processingFee + delta.tax + delta.changeFee).toBe(total);
    expect(settlementOf(delta)).toBe(side);
  });

  it('refuses a negative or fractional change fee', () => {
    expect(() => changeDelta(addedAmounts([]), NO_CREDIT, -1)).toThrow(RangeError);
    expect(() => changeDelta(addedAmounts([]), NO_CREDIT, 1.5)).toThrow(RangeError);
  });
});

describe('totalsAfterChange', () => {
  const before = { subtotal: 10000, discount: 1000, platformFee: 450, processingFee: 291, tax: 787, changeFee: 0, total: 10528 };
  it('takes the removed tickets off with the discount they carried, adds the new lines and the fee', () => {
    const after = totalsAfterChange(before, addedAmounts(priced(15000, 1)), credit(4860, 4500, 0, 0, 360, 500), 200);
    expect(after).toEqual({ subtotal: 20000, discount: 500, platformFee: 1200, processingFee: 726, tax: 1722, changeFee: 200, total: 23348 });
    expect(after.subtotal - after.discount + after.platformFee + after.processingFee + after.tax + after.changeFee).toBe(after.total);
  });
});

describe("a change's lines and the order it leaves", () => {
  const items = [
    { id: 'i1', ticketTypeId: 'general', liveQuantity: 2 },
    { id: 'i2', ticketTypeId: 'vip', liveQuantity: 0 },
  ];
  it.each([
    { name: 'empty', lines: { add: [], remove: [] }, code: 'CHANGE_EMPTY' },
    { name: 'an item of another order', lines: { add: [], remove: [{ orderItemId: 'x', quantity: 1 }] }, code: 'CHANGE_ITEM_UNKNOWN' },
    { name: 'more than the item has left', lines: { add: [], remove: [{ orderItemId: 'i1', quantity: 3 }] }, code: 'CHANGE_QUANTITY_EXCEEDS' },
    { name: 'split over two lines, still more', lines: { add: [], remove: [{ orderItemId: 'i1', quantity: 1 }, { orderItemId: 'i1', quantity: 2 }] }, code: 'CHANGE_QUANTITY_EXCEEDS' },
    { name: 'an item all refunded', lines: { add: [], remove: [{ orderItemId: 'i2', quantity: 1 }] }, code: 'CHANGE_QUANTITY_EXCEEDS' },
    { name: 'a fine swap', lines: { add: [{ ticketTypeId: 'vip', quantity: 1 }], remove: [{ orderItemId: 'i1', quantity: 1 }] }, code: null },
  ])('$name → $code', ({ lines, code }) => {
    expect(changeShapeProblem(lines, items)?.code ?? null).toBe(code);
  });

  it('the cart after the change keeps live tickets, drops removed ones and adds the new lines', () => {
    expect(cartAfterChange({ add: [{ ticketTypeId: 'vip', quantity: 1 }], remove: [{ orderItemId: 'i1', quantity: 2 }] }, items)).toEqual([{ ticketTypeId: 'vip', quantity: 1 }]);
  });

  it.each([
    { name: '21 of one type', cart: [{ ticketTypeId: 'a', quantity: 10 }, { ticketTypeId: 'a', quantity: 10 }, { ticketTypeId: 'a', quantity: 1 }], total: 5000, code: 'ORDER_LIMIT_EXCEEDED' },
    { name: 'no ticket left', cart: [], total: 0, code: 'ORDER_LIMIT_EXCEEDED' },
    { name: 'a total over 100,000.00', cart: [{ ticketTypeId: 'a', quantity: 1 }], total: 10_000_001, code: 'ORDER_TOTAL_OUT_OF_RANGE' },
    { name: 'within every limit', cart: [{ ticketTypeId: 'a', quantity: 10 }, { ticketTypeId: 'a', quantity: 10 }], total: 100_000, code: null },
  ])('$name → $code', ({ cart, total, code }) => {
    expect(limitAfterChange(cart, total)?.code ?? null).toBe(code);
  });
});
