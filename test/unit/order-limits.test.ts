import { describe, it, expect } from 'vitest';
import {
  MAX_ITEMS_PER_ORDER,
  MAX_LIVE_ORDERS_PER_USER_PER_EVENT,
  MAX_ORDER_TOTAL,
  MAX_QUANTITY_PER_ITEM,
  MAX_TICKETS_PER_ORDER,
  MAX_TICKETS_PER_TICKET_TYPE,
  MIN_ORDER_TOTAL,
  checkOrderLimits,
  type LimitedCartItem,
  type OrderLimitsInput,
} from '../../src/core/order-limits.js';

/** `count` items of `quantity` tickets each, every item a different ticket type. */
function distinctItems(count: number, quantity = 1): LimitedCartItem[] {
  return Array.from({ length: count }, (_, index) => ({ ticketTypeId: `type-${index}`, quantity }));
}

function order(overrides: Partial<OrderLimitsInput> = {}): OrderLimitsInput {
  return { items: distinctItems(1), total: 5000, liveOrdersOfUserForEvent: 0, ...overrides };
}

describe('checkOrderLimits', () => {
  it('pins the limits of SPEC §5.1', () => {
    expect({
      MAX_ITEMS_PER_ORDER,
      MAX_QUANTITY_PER_ITEM,
      MAX_TICKETS_PER_TICKET_TYPE,
      MAX_TICKETS_PER_ORDER,
      MIN_ORDER_TOTAL,
      MAX_ORDER_TOTAL,
      MAX_LIVE_ORDERS_PER_USER_PER_EVENT,
    }).toEqual({
      MAX_ITEMS_PER_ORDER: 50,
      MAX_QUANTITY_PER_ITEM: 10,
      MAX_TICKETS_PER_TICKET_TYPE: 20,
      MAX_TICKETS_PER_ORDER: 100,
      MIN_ORDER_TOTAL: 100,
      MAX_ORDER_TOTAL: 10_000_000,
      MAX_LIVE_ORDERS_PER_USER_PER_EVENT: 5,
    });
  });

  it('accepts an ordinary order', () => {
    expect(checkOrderLimits(order())).toBeNull();
  });

  describe('items per order: 1 to 50', () => {
    it('refuses an order with no items', () => {
      expect(checkOrderLimits(order({ items: [] }))).toMatchObject({
        code: 'ORDER_LIMIT_EXCEEDED',
        rule: 'ITEMS_PER_ORDER',
        field: 'items',
        actual: 0,
      });
    });

    it('accepts exactly 50 items', () => {
      expect(checkOrderLimits(order({ items: distinctItems(50) }))).toBeNull();
    });

    it('refuses 51 items', () => {
      expect(checkOrderLimits(order({ items: distinctItems(51) }))).toMatchObject({
        code: 'ORDER_LIMIT_EXCEEDED',
        rule: 'ITEMS_PER_ORDER',
        allowed: { min: 1, max: 50 },
        actual: 51,
      });
    });
  });

  describe('quantity per item: 1 to 10', () => {
    it.each([1, 10])('accepts a quantity of %d', (quantity) => {
      expect(checkOrderLimits(order({ items: distinctItems(1, quantity) }))).toBeNull();
    });

    it.each([0, 11, -1, 2.5])('refuses a quantity of %s and names the item', (quantity) => {
      const items = [...distinctItems(2), { ticketTypeId: 'odd', quantity }];
      expect(checkOrderLimits(order({ items }))).toMatchObject({
        code: 'ORDER_LIMIT_EXCEEDED',
        rule: 'QUANTITY_PER_ITEM',
        field: 'items[2].quantity',
        actual: quantity,
      });
    });
  });

  describe('tickets of one ticket type: at most 20, summed over items', () => {
    it('accepts 10 + 10 of the same type', () => {
      const items = [
        { ticketTypeId: 'ga', quantity: 10 },
        { ticketTypeId: 'ga', quantity: 10 },
      ];
      expect(checkOrderLimits(order({ items }))).toBeNull();
    });

    it('refuses 10 + 10 + 1 of the same type', () => {
      const items = [
        { ticketTypeId: 'ga', quantity: 10 },
        { ticketTypeId: 'vip', quantity: 5 },
        { ticketTypeId: 'ga', quantity: 10 },
        { ticketTypeId: 'ga', quantity: 1 },
      ];
      const violation = checkOrderLimits(order({ items }));
      expect(violation).toMatchObject({ code: 'ORDER_LIMIT_EXCEEDED', rule: 'TICKETS_PER_TICKET_TYPE', actual: 21 });
      expect(violation?.message).toContain('ga');
    });
  });

  describe('tickets per order: at most 100', () => {
    it('accepts 100 tickets (10 types × 10)', () => {
      expect(checkOrderLimits(order({ items: distinctItems(10, 10) }))).toBeNull();
    });

    it('refuses 101 tickets', () => {
      const items = [...distinctItems(10, 10), { ticketTypeId: 'one-more', quantity: 1 }];
      expect(checkOrderLimits(order({ items }))).toMatchObject({
        code: 'ORDER_LIMIT_EXCEEDED',
        rule: 'TICKETS_PER_ORDER',
        actual: 101,
      });
    });
  });

  describe('order total: 1.00 to 100,000.00', () => {
    it.each([100, 10_000_000])('accepts a total of %d minor units', (total) => {
      expect(checkOrderLimits(order({ total }))).toBeNull();
    });

    it.each([99, 10_000_001, 0, Number.NaN, 100.5])('refuses a total of %s minor units', (total) => {
      expect(checkOrderLimits(order({ total }))).toMatchObject({
        code: 'ORDER_TOTAL_OUT_OF_RANGE',
        allowed: { min: 100, max: 10_000_000 },
      });
    });

    it('explains the range in major units', () => {
      expect(checkOrderLimits(order({ total: 10_000_001 }))?.message).toBe(
        'The order total must be between 1.00 and 100,000.00; this order comes to 100,000.01',
      );
    });
  });

  describe('live orders per user per event: at most 5, counting the new one', () => {
    it('accepts a 5th live order', () => {
      expect(checkOrderLimits(order({ liveOrdersOfUserForEvent: 4 }))).toBeNull();
    });

    it('refuses a 6th live order', () => {
      expect(checkOrderLimits(order({ liveOrdersOfUserForEvent: 5 }))).toMatchObject({
        code: 'ORDER_LIMIT_EXCEEDED',
        rule: 'LIVE_ORDERS_PER_USER_PER_EVENT',
        allowed: { min: 0, max: 5 },
        actual: 6,
      });
    });
  });

  it('reports the cart before the total, and the total before the live-order count', () => {
    const everythingWrong = { items: distinctItems(51), total: 1, liveOrdersOfUserForEvent: 9 };
    expect(checkOrderLimits(everythingWrong)?.code).toBe('ORDER_LIMIT_EXCEEDED');
    expect(checkOrderLimits({ ...everythingWrong, items: distinctItems(1) })?.code).toBe('ORDER_TOTAL_OUT_OF_RANGE');
  });
});
