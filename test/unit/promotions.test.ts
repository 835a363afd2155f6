/**
 * The pure rules of promo codes (src/core/promotions.ts) and a discounted checkout's pricing: which reason
 * refuses a code, how much it takes off and how that splits over the items, what a definition must be; and,
 * for any cart and any promotion, that the items add up exactly to the order, none goes negative and the
 * discount never exceeds the eligible subtotal.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRate, percentOf, sum } from '../../src/core/money.js';
import { defaultFeeSettings, flatTax, priceOrder } from '../../src/core/pricing.js';
import {
  discountsOf,
  eligibleSubtotal,
  promotionProblem,
  validatePromotion,
  type PromotionTerms,
  type PromotionValue,
} from '../../src/core/promotions.js';
import { discountCarried, paidSlots, type RefundableOrder } from '../../src/core/refund-ledger.js';

const EVENT = 'e0000000-0000-4000-8000-000000000001';
const OTHER_EVENT = 'e0000000-0000-4000-8000-000000000002';
const NOW = new Date('2026-06-01T12:00:00Z');

const terms = (overrides: Partial<PromotionTerms> = {}): PromotionTerms => ({
  value: { type: 'percent', rate: parseRate('10') },
  eventIds: null,
  ticketTypeIds: null,
  startsAt: null,
  endsAt: null,
  minSubtotal: null,
  active: true,
  ...overrides,
});

const cart = { eventId: EVENT, currency: 'USD', items: [{ ticketTypeId: 'ga', subtotal: 10000 }, { ticketTypeId: 'vip', subtotal: 15000 }] };

describe('promotionProblem', () => {
  const cases: [string, Partial<PromotionTerms>, string | null][] = [
    ['applies', {}, null],
    ['inactive', { active: false }, 'INACTIVE'],
    ['not started', { startsAt: new Date('2026-06-01T12:00:01Z') }, 'NOT_STARTED'],
    ['starts now', { startsAt: NOW }, null],
    ['ended at this very moment', { endsAt: NOW }, 'ENDED'],
    ['another event', { eventIds: [OTHER_EVENT] }, 'NOT_APPLICABLE'],
    ['this event', { eventIds: [OTHER_EVENT, EVENT] }, null],
    ['no ticket type of the cart', { ticketTypeIds: ['kids'] }, 'NOT_APPLICABLE'],
    ['a fixed amount in another currency', { value: { type: 'fixed', amount: 500, currency: 'EUR' } }, 'NOT_APPLICABLE'],
    ['the eligible tickets below the minimum', { ticketTypeIds: ['ga'], minSubtotal: 10001 }, 'BELOW_MINIMUM'],
    ['the eligible tickets at the minimum', { ticketTypeIds: ['ga'], minSubtotal: 10000 }, null],
  ];
  for (const [name, overrides, reason] of cases) {
    it(`${name}: ${reason ?? 'applies'}`, () => {
      expect(promotionProblem(terms(overrides), cart, NOW)).toBe(reason);
    });
  }
});

describe('discountsOf', () => {
  const percent = (rate: string): PromotionValue => ({ type: 'percent', rate: parseRate(rate) });

  it('takes the percentage of the eligible subtotal once, then splits it by largest remainder', () => {
    const items = [{ ticketTypeId: 'a', subtotal: 3333 }, { ticketTypeId: 'a', subtotal: 3333 }, { ticketTypeId: 'a', subtotal: 3334 }];
    // 12.5 % of 100.00 = 12.50, split 416.625 / 416.625 / 416.75: the two units left over go to the largest
    // remainder (the third) and, of the tied ones, the first.
    expect(discountsOf(percent('12.5'), terms(), items)).toEqual([417, 416, 417]);
  });

  it('gives items the code does not cover nothing', () => {
    expect(discountsOf(percent('10'), terms({ ticketTypeIds: ['vip'] }), cart.items)).toEqual([0, 1500]);
  });

  it('caps a fixed amount at the eligible subtotal', () => {
    expect(discountsOf({ type: 'fixed', amount: 99_999, currency: 'USD' }, terms({ ticketTypeIds: ['ga'] }), cart.items)).toEqual([10000, 0]);
    expect(discountsOf({ type: 'fixed', amount: 1000, currency: 'USD' }, terms(), cart.items)).toEqual([400, 600]);
  });

  it('takes nothing off free tickets', () => {
    expect(discountsOf(percent('100'), terms(), [{ ticketTypeId: 'a', subtotal: 0 }])).toEqual([0]);
  });
});

describe('validatePromotion', () => {
  const base = { code: 'SPRING-26', type: 'percent' as const, value: '15' };
  it('accepts a percent code and fills the defaults', () => {
    const result = validatePromotion(base);
    expect(result).toMatchObject({ ok: true, definition: { code: 'SPRING-26', active: true, eventIds: null, maxRedemptions: null } });
  });
  const refused: [string, object, string][] = [
    ['a percent of 0', { value: '0' }, 'body.value'],
    ['a percent over 100', { value: '100.000001' }, 'body.value'],
    ['a percent with an exponent', { value: '1e1' }, 'body.value'],
    ['a fixed value without currency', { type: 'fixed', value: 100 }, 'body.currency'],
    ['a fractional fixed value', { type: 'fixed', value: 1.5, currency: 'USD' }, 'body.value'],
    ['a code with a space', { code: 'A B' }, 'body.code'],
    ['a code of 65 characters', { code: 'X'.repeat(65) }, 'body.code'],
    ['an end before the start', { startsAt: '2026-02-01T00:00:00Z', endsAt: '2026-01-31T23:59:59Z' }, 'body.endsAt'],
  ];
  for (const [name, overrides, field] of refused) {
    it(`refuses ${name}`, () => {
      const result = validatePromotion({ ...base, ...overrides });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((error) => error.field)).toContain(field);
    });
  }
});

describe('a discounted checkout, for any cart and any promotion', () => {
  const cartArbitrary = fc.array(
    fc.record({
      ticketTypeId: fc.constantFrom('a', 'b', 'c'),
      quantity: fc.integer({ min: 1, max: 10 }),
      unitPrice: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(1, 3333, 9999)),
    }),
    { minLength: 1, maxLength: 6 },
  );
  const valueArbitrary: fc.Arbitrary<PromotionValue> = fc.oneof(
    fc.integer({ min: 1, max: 100_000_000 }).map((units) => ({ type: 'percent' as const, rate: { units: BigInt(units), scale: 1_000_000n as const } })),
    fc.integer({ min: 1, max: 2_000_000 }).map((amount) => ({ type: 'fixed' as const, amount, currency: 'USD' })),
  );
  const coveredArbitrary = fc.option(fc.subarray(['a', 'b', 'c'], { minLength: 1 }), { nil: null });

  it('adds the items up exactly to the order, keeps every item at or above 0, and never discounts beyond the eligible subtotal', () => {
    fc.assert(
      fc.property(
        cartArbitrary,
        valueArbitrary,
        coveredArbitrary,
        fc.constantFrom('exclusive' as const, 'inclusive' as const),
        fc.constantFrom('0', '8', '8.875', '20'),
        (items, value, ticketTypeIds, priceMode, taxRate) => {
          const promotion = terms({ value, ticketTypeIds });
          const lines = items.map((item) => ({ ticketTypeId: item.ticketTypeId, subtotal: item.unitPrice * item.quantity }));
          const discounts = discountsOf(value, promotion, lines);
          const pricing = priceOrder({ items, fees: defaultFeeSettings, priceMode, tax: flatTax(taxRate), discounts });
          const { totals } = pricing;

          for (const column of ['subtotal', 'discount', 'platformFee', 'processingFee', 'tax', 'total'] as const) {
            expect(sum(pricing.items.map((item) => item[column]))).toBe(totals[column]);
          }
          for (const item of pricing.items) {
            for (const amount of [item.discount, item.platformFee, item.processingFee, item.tax, item.total]) expect(amount).toBeGreaterThanOrEqual(0);
            expect(item.discount).toBeLessThanOrEqual(item.subtotal);
          }
          const eligible = eligibleSubtotal(promotion, lines);
          expect(totals.discount).toBeLessThanOrEqual(eligible);
          expect(totals.discount).toBe(value.type === 'percent' ? percentOf(eligible, value.rate) : Math.min(value.amount, eligible));
          pricing.items.forEach((item, index) => {
            if (ticketTypeIds !== null && !ticketTypeIds.includes(items[index]!.ticketTypeId)) expect(item.discount).toBe(0);
          });
          // The fees are charged on the discounted subtotal.
          expect(totals.platformFee).toBe(percentOf(totals.subtotal - totals.discount, parseRate('5')));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('shows the whole discount beside a refund of everything paid', () => {
    fc.assert(
      fc.property(cartArbitrary, valueArbitrary, (items, value) => {
        const lines = items.map((item) => ({ ticketTypeId: item.ticketTypeId, subtotal: item.unitPrice * item.quantity }));
        const discounts = discountsOf(value, terms({ value }), lines);
        const order: RefundableOrder = {
          priceMode: 'exclusive',
          total: 0,
          items: items.map((item, index) => ({
            id: `item-${index}`,
            quantity: item.quantity,
            ticketIds: [],
            discount: discounts[index]!,
            paid: { tickets: lines[index]!.subtotal - discounts[index]!, platformFee: 0, processingFee: 0, ticketsTax: 0, platformFeeTax: 0, processingFeeTax: 0 },
          })),
        };
        const everything = paidSlots(order).map((slot) => ({ ...slot.ref, cells: slot.paid }));
        // Tickets that were free after the discount carry none of it, since nothing is credited for them.
        const freeSlots = paidSlots(order).filter((slot) => slot.paid.tickets === 0);
        const carried = discountCarried(order, everything);
        expect(carried).toBeLessThanOrEqual(sum(discounts));
        if (freeSlots.length === 0) expect(carried).toBe(sum(discounts));
      }),
      { numRuns: 200 },
    );
  });
});
