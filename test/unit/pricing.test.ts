import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { RATE_SCALE, formatRate, parseRate, percentOf, sum } from '../../src/core/money.js';
import {
  defaultFeeSettings,
  flatTax,
  priceOrder,
  type CartItem,
  type FeeSettings,
  type OrderPricing,
  type PriceMode,
  type PriceOrderInput,
  type TaxCalculator,
} from '../../src/core/pricing.js';

const twoAdultsAndAChild: CartItem[] = [
  { ticketTypeId: 'adult', quantity: 2, unitPrice: 5000 },
  { ticketTypeId: 'child', quantity: 1, unitPrice: 2500 },
];

describe('priceOrder, exclusive prices (worked example)', () => {
  // 2 × 50.00 + 1 × 25.00, fees 5 % and 2.9 % + 0.30, flat 8 % tax on tickets and both fees.
  //   subtotals        adult 10000, child 2500 → 12500
  //   platform fee     5 % of 12500 = 625 → allocated 10000:2500 → 500 / 125 (exact)
  //   processing fee   2.9 % of 12500 = 362.5 → 363, + 30 = 393
  //                    → 314.4 / 78.6 → 314 / 78, one unit left, largest remainder (.6) → 314 / 79
  //   tax lines        adult tickets 8 % of 10000 = 800, child tickets 8 % of 2500 = 200,
  //                    platform fee 8 % of 625 = 50, processing fee 8 % of 393 = 31.44 → 31; tax = 1081
  //   fee tax shares   platform 50 by fees 500:125 → 40 / 10;
  //                    processing 31 by fees 314:79 → 24.77 / 6.23 → 24 / 6, left unit to .77 → 25 / 6
  //   item tax         adult 800 + 40 + 25 = 865, child 200 + 10 + 6 = 216 (Σ 1081)
  //   item total       adult 10000 + 500 + 314 + 865 = 11679, child 2500 + 125 + 79 + 216 = 2920
  //   order total      12500 + 625 + 393 + 1081 = 14599 (= 11679 + 2920)
  const pricing = priceOrder({
    items: twoAdultsAndAChild,
    fees: defaultFeeSettings,
    priceMode: 'exclusive',
    tax: flatTax('8'),
  });

  it('prices each item, fees and tax included', () => {
    expect(pricing.items).toEqual([
      {
        ticketTypeId: 'adult',
        quantity: 2,
        unitPrice: 5000,
        subtotal: 10000,
        discount: 0,
        platformFee: 500,
        processingFee: 314,
        tax: 865,
        total: 11679,
      },
      {
        ticketTypeId: 'child',
        quantity: 1,
        unitPrice: 2500,
        subtotal: 2500,
        discount: 0,
        platformFee: 125,
        processingFee: 79,
        tax: 216,
        total: 2920,
      },
    ]);
  });

  it('adds the tax on top of the subtotal and fees', () => {
    expect(pricing.priceMode).toBe('exclusive');
    expect(pricing.totals).toEqual({ subtotal: 12500, discount: 0, platformFee: 625, processingFee: 393, tax: 1081, total: 14599 });
  });

  it('shows the tax per jurisdiction and category under the fallback jurisdiction DEFAULT', () => {
    expect(pricing.taxes).toEqual([
      { jurisdiction: 'DEFAULT', category: 'tickets', rate: '8', taxable: 12500, tax: 1000 },
      { jurisdiction: 'DEFAULT', category: 'platform_fee', rate: '8', taxable: 625, tax: 50 },
      { jurisdiction: 'DEFAULT', category: 'processing_fee', rate: '8', taxable: 393, tax: 31 },
    ]);
  });

  it('keeps the raw per-line results to store with the order', () => {
    expect(pricing.taxLines).toEqual([
      { lineId: 'item:0', jurisdiction: 'DEFAULT', category: 'tickets', rate: '8', taxable: 10000, tax: 800 },
      { lineId: 'item:1', jurisdiction: 'DEFAULT', category: 'tickets', rate: '8', taxable: 2500, tax: 200 },
      { lineId: 'platform_fee', jurisdiction: 'DEFAULT', category: 'platform_fee', rate: '8', taxable: 625, tax: 50 },
      {
        lineId: 'processing_fee',
        jurisdiction: 'DEFAULT',
        category: 'processing_fee',
        rate: '8',
        taxable: 393,
        tax: 31,
      },
    ]);
  });
});

describe('priceOrder, inclusive prices (worked example)', () => {
  // Same cart and fees; the 8 % is inside every amount: tax = amount × 8 / 108.
  //   fees as above     platform 625 → 500 / 125, processing 393 → 314 / 79
  //   tax lines         adult 10000 × 8/108 = 740.74 → 741, child 2500 × 8/108 = 185.19 → 185,
  //                     platform 625 × 8/108 = 46.30 → 46, processing 393 × 8/108 = 29.11 → 29; tax = 1001
  //   fee tax shares    platform 46 by 500:125 → 36.8 / 9.2 → 36 / 9, left unit to .8 → 37 / 9
  //                     processing 29 by 314:79 → 23.17 / 5.83 → 23 / 5, left unit to .83 → 23 / 6
  //   item tax          adult 741 + 37 + 23 = 801, child 185 + 9 + 6 = 200 (Σ 1001)
  //   item total        adult 10000 + 500 + 314 = 10814, child 2500 + 125 + 79 = 2704 (tax not added)
  //   taxable (net)     tickets 12500 − 926 = 11574, platform 625 − 46 = 579, processing 393 − 29 = 364
  const pricing = priceOrder({
    items: twoAdultsAndAChild,
    fees: defaultFeeSettings,
    priceMode: 'inclusive',
    tax: flatTax('8'),
  });

  it('shows the tax inside the prices without adding it', () => {
    expect(pricing.priceMode).toBe('inclusive');
    expect(pricing.totals).toEqual({ subtotal: 12500, discount: 0, platformFee: 625, processingFee: 393, tax: 1001, total: 13518 });
    expect(pricing.items.map(({ tax, total }) => ({ tax, total }))).toEqual([
      { tax: 801, total: 10814 },
      { tax: 200, total: 2704 },
    ]);
  });

  it('reports the net amounts as taxable', () => {
    expect(pricing.taxes).toEqual([
      { jurisdiction: 'DEFAULT', category: 'tickets', rate: '8', taxable: 11574, tax: 926 },
      { jurisdiction: 'DEFAULT', category: 'platform_fee', rate: '8', taxable: 579, tax: 46 },
      { jurisdiction: 'DEFAULT', category: 'processing_fee', rate: '8', taxable: 364, tax: 29 },
    ]);
  });

  it('extracts exactly 80 from 10.80 at 8 % when there are no fees', () => {
    const pricing = priceOrder({
      items: [{ ticketTypeId: 'ga', quantity: 1, unitPrice: 1080 }],
      fees: { platformFeePercent: '0', processingFeePercent: '0', processingFeeFixed: 0 },
      priceMode: 'inclusive',
      tax: flatTax('8'),
    });
    expect(pricing.totals).toEqual({ subtotal: 1080, discount: 0, platformFee: 0, processingFee: 0, tax: 80, total: 1080 });
  });
});

describe('priceOrder with several jurisdictions', () => {
  // A tax engine result for a venue in Los Angeles: state and city rates, each rounded per line.
  //   1 × 100.00: platform fee 500, processing fee 290 + 30 = 320
  //   US-CA 6.25 %:              tickets 625, platform 31.25 → 31, processing 20
  //   US-CA-LOS_ANGELES 2.25 %:  tickets 225, platform 11.25 → 11, processing 7.2 → 7
  //   tax 919 (not 8.5 % of the combined amounts: rounding is per jurisdiction), total 10000 + 820 + 919 = 11739
  const stateAndCity: TaxCalculator = (lines, priceMode) => [
    ...flatTax('2.25', 'US-CA-LOS_ANGELES')(lines, priceMode),
    ...flatTax('6.25', 'US-CA')(lines, priceMode),
  ];
  const pricing = priceOrder({
    items: [{ ticketTypeId: 'ga', quantity: 1, unitPrice: 10000 }],
    fees: defaultFeeSettings,
    priceMode: 'exclusive',
    tax: stateAndCity,
  });

  it('adds up every jurisdiction and lists them in a stable order', () => {
    expect(pricing.totals.tax).toBe(919);
    expect(pricing.totals.total).toBe(11739);
    expect(pricing.items[0]?.tax).toBe(919);
    expect(pricing.taxes).toEqual([
      { jurisdiction: 'US-CA', category: 'tickets', rate: '6.25', taxable: 10000, tax: 625 },
      { jurisdiction: 'US-CA', category: 'platform_fee', rate: '6.25', taxable: 500, tax: 31 },
      { jurisdiction: 'US-CA', category: 'processing_fee', rate: '6.25', taxable: 320, tax: 20 },
      { jurisdiction: 'US-CA-LOS_ANGELES', category: 'tickets', rate: '2.25', taxable: 10000, tax: 225 },
      { jurisdiction: 'US-CA-LOS_ANGELES', category: 'platform_fee', rate: '2.25', taxable: 500, tax: 11 },
      { jurisdiction: 'US-CA-LOS_ANGELES', category: 'processing_fee', rate: '2.25', taxable: 320, tax: 7 },
    ]);
  });
});

describe('priceOrder edge cases', () => {
  it('spreads the fixed processing fee evenly over free tickets', () => {
    const pricing = priceOrder({
      items: [
        { ticketTypeId: 'free', quantity: 1, unitPrice: 0 },
        { ticketTypeId: 'free-too', quantity: 2, unitPrice: 0 },
      ],
      fees: defaultFeeSettings,
      priceMode: 'exclusive',
      tax: flatTax('8'),
    });
    // 30 → 15 / 15; tax 8 % of 30 = 2.4 → 2 → 1 / 1
    expect(pricing.items.map(({ processingFee, tax, total }) => ({ processingFee, tax, total }))).toEqual([
      { processingFee: 15, tax: 1, total: 16 },
      { processingFee: 15, tax: 1, total: 16 },
    ]);
  });

  it('refuses an empty cart, a bad quantity or a bad price', () => {
    const price = (items: CartItem[]) => () =>
      priceOrder({ items, fees: defaultFeeSettings, priceMode: 'exclusive', tax: flatTax('8') });
    expect(price([])).toThrow(/at least one item/);
    expect(price([{ ticketTypeId: 'ga', quantity: 0, unitPrice: 100 }])).toThrow(/quantity/);
    expect(price([{ ticketTypeId: 'ga', quantity: 1, unitPrice: -1 }])).toThrow(/unitPrice/);
    expect(price([{ ticketTypeId: 'ga', quantity: 1, unitPrice: 9.99 }])).toThrow(/unitPrice/);
  });

  it('refuses fee settings that are not valid rates', () => {
    expect(() =>
      priceOrder({
        items: twoAdultsAndAChild,
        fees: { ...defaultFeeSettings, platformFeePercent: '5%' },
        priceMode: 'exclusive',
        tax: flatTax('8'),
      }),
    ).toThrow(/Invalid rate "5%"/);
  });

  it('refuses a tax result for a line it never sent, instead of losing that tax', () => {
    const strayLine: TaxCalculator = () => [
      { lineId: 'item:7', jurisdiction: 'X', category: 'tickets', rate: '1', taxable: 1, tax: 1 },
    ];
    expect(() =>
      priceOrder({ items: twoAdultsAndAChild, fees: defaultFeeSettings, priceMode: 'exclusive', tax: strayLine }),
    ).toThrow(/unknown line "item:7"/);
  });

  it('flatTax refuses a bad rate when it is built', () => {
    expect(() => flatTax('eight')).toThrow(/Invalid rate/);
  });

  it('flatTax reports the canonical rate and splits inclusive lines into net + tax', () => {
    const [result] = flatTax('8.500', 'DEFAULT')([{ id: 'x', category: 'tickets', amount: 1085 }], 'inclusive');
    expect(result).toEqual({ lineId: 'x', jurisdiction: 'DEFAULT', category: 'tickets', rate: '8.5', taxable: 1000, tax: 85 });
  });
});

describe('priceOrder properties over random carts', () => {
  // Rates from 0 to 30 % with up to three decimals, as a tenant could configure them.
  const percent = fc
    .integer({ min: 0, max: 30_000 })
    .map((thousandths) => formatRate({ units: BigInt(thousandths) * (RATE_SCALE / 1000n), scale: RATE_SCALE }));
  const cartItem: fc.Arbitrary<CartItem> = fc.record({
    ticketTypeId: fc.constantFrom('ga', 'vip', 'balcony', 'standing'),
    quantity: fc.integer({ min: 1, max: 10 }),
    unitPrice: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(0, 1, 999_999, 1_000_000)),
  });
  const fees: fc.Arbitrary<FeeSettings> = fc.oneof(
    fc.constant(defaultFeeSettings),
    fc.record({
      platformFeePercent: percent,
      processingFeePercent: percent,
      processingFeeFixed: fc.integer({ min: 0, max: 100 }),
    }),
  );
  const pricingInput: fc.Arbitrary<PriceOrderInput> = fc.record({
    items: fc.array(cartItem, { minLength: 1, maxLength: 50 }),
    fees,
    priceMode: fc.constantFrom<PriceMode>('exclusive', 'inclusive'),
    tax: percent.map((rate) => flatTax(rate)),
  });

  const columns = ['subtotal', 'platformFee', 'processingFee', 'tax', 'total'] as const;

  it('items add up exactly to the totals, and the total is what the price mode says', () => {
    fc.assert(
      fc.property(pricingInput, (input) => {
        const { items, totals, priceMode } = priceOrder(input);
        for (const column of columns) {
          expect(sum(items.map((item) => item[column]))).toBe(totals[column]);
        }
        const taxCharged = priceMode === 'exclusive' ? totals.tax : 0;
        expect(totals.total).toBe(totals.subtotal + totals.platformFee + totals.processingFee + taxCharged);
        for (const item of items) {
          expect(item.subtotal).toBe(item.unitPrice * item.quantity);
          const itemTaxCharged = priceMode === 'exclusive' ? item.tax : 0;
          expect(item.total).toBe(item.subtotal + item.platformFee + item.processingFee + itemTaxCharged);
        }
      }),
    );
  });

  it('fees follow the settings, and the tax shown equals the tax calculated', () => {
    fc.assert(
      fc.property(pricingInput, (input) => {
        const pricing = priceOrder(input);
        const { subtotal, platformFee, processingFee, tax } = pricing.totals;
        expect(platformFee).toBe(percentOf(subtotal, parseRate(input.fees.platformFeePercent)));
        expect(processingFee).toBe(
          percentOf(subtotal, parseRate(input.fees.processingFeePercent)) + input.fees.processingFeeFixed,
        );
        expect(sum(pricing.taxLines.map((line) => line.tax))).toBe(tax);
        expect(sum(pricing.taxes.map((row) => row.tax))).toBe(tax);
        expect(pricing.taxes.map((row) => row.category)).toEqual(['tickets', 'platform_fee', 'processing_fee']);
      }),
    );
  });

  it('every amount is a non-negative safe integer', () => {
    fc.assert(
      fc.property(pricingInput, (input) => {
        for (const amount of allAmounts(priceOrder(input))) {
          expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(pricingInput, (input) => {
        expect(priceOrder(input)).toEqual(priceOrder(input));
      }),
    );
  });
});

function allAmounts(pricing: OrderPricing): number[] {
  return [
    ...pricing.items.flatMap((item) => [
      item.unitPrice,
      item.subtotal,
      item.platformFee,
      item.processingFee,
      item.tax,
      item.total,
    ]),
    ...Object.values(pricing.totals),
    ...pricing.taxes.flatMap((row) => [row.taxable, row.tax]),
    ...pricing.taxLines.flatMap((line) => [line.taxable, line.tax]),
  ];
}
