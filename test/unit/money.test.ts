import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  InvalidRateError,
  RATE_SCALE,
  addRates,
  allocate,
  divideRoundingHalfAwayFromZero,
  formatRate,
  inclusiveTaxOf,
  parseRate,
  percentOf,
  prorate,
  sum,
  type Rate,
} from '../../src/core/money.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Any rate from 0 to 100 % with up to six decimals, built without going through parseRate. */
const anyRate: fc.Arbitrary<Rate> = fc
  .bigInt({ min: 0n, max: 100n * RATE_SCALE })
  .map((units) => ({ units, scale: RATE_SCALE }));

const amountUpToTrillion = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

describe('parseRate and formatRate', () => {
  it.each([
    ['8.875', 8_875_000n, '8.875'],
    ['5', 5_000_000n, '5'],
    ['2.9', 2_900_000n, '2.9'],
    ['2.90', 2_900_000n, '2.9'],
    ['5.000000', 5_000_000n, '5'],
    ['0', 0n, '0'],
    ['0.000001', 1n, '0.000001'],
    ['100', 100_000_000n, '100'],
    ['100.0', 100_000_000n, '100'],
    ['10.5', 10_500_000n, '10.5'],
  ])('parses %s exactly and formats it canonically', (text, units, canonical) => {
    const rate = parseRate(text);
    expect(rate).toEqual({ units, scale: RATE_SCALE });
    expect(formatRate(rate)).toBe(canonical);
  });

  it.each(['abc', '-1', '101', '1.1234567', '', ' 5', '5 ', '100.000001', '1e2', '5.', '.5', '05', '+5', 'NaN', '5,5'])(
    'rejects %j with a clear error',
    (text) => {
      expect(() => parseRate(text)).toThrow(InvalidRateError);
      expect(() => parseRate(text)).toThrow(/expected a decimal percent string from 0 to 100/);
    },
  );

  it('rejects a value that is not a string at all (e.g. a number from JSON)', () => {
    expect(() => parseRate(8 as unknown as string)).toThrow(InvalidRateError);
  });

  it('adds rates exactly (stacked jurisdictions)', () => {
    expect(formatRate(addRates(parseRate('6.25'), parseRate('2.25')))).toBe('8.5');
    expect(formatRate(addRates(parseRate('0.000001'), parseRate('0.000001')))).toBe('0.000002');
    expect(formatRate(addRates(parseRate('0.1'), parseRate('0.2')))).toBe('0.3');
  });

  it('format then parse gives the same rate back', () => {
    fc.assert(
      fc.property(anyRate, (rate) => {
        expect(parseRate(formatRate(rate))).toEqual(rate);
      }),
    );
  });
});

describe('divideRoundingHalfAwayFromZero', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [5n, -2n, -3n],
    [-5n, -2n, 3n],
    [4n, 3n, 1n],
    [-4n, 3n, -1n],
    [0n, 7n, 0n],
    [7n, 7n, 1n],
  ])('%d / %d → %d', (numerator, denominator, expected) => {
    expect(divideRoundingHalfAwayFromZero(numerator, denominator)).toBe(expected);
  });

  it('refuses to divide by zero', () => {
    expect(() => divideRoundingHalfAwayFromZero(1n, 0n)).toThrow(/zero/);
  });
});

describe('percentOf', () => {
  it.each([
    [1234, '7.25', 89], // 89.465
    [1234, '8.875', 110], // 109.5175
    [1, '5', 0], // 0.05
    [1, '50', 1], // 0.5 rounds away from zero
    [-1, '50', -1], // -0.5 rounds away from zero
    [10, '5', 1], // 0.5
    [-10, '5', -1], // -0.5
    [30, '5', 2], // 1.5
    [-30, '5', -2], // -1.5
    [-1234, '8.875', -110],
    [12345, '2.9', 358], // 358.005
    [0, '8.875', 0],
    [1000, '0', 0],
    [1000, '100', 1000],
    [1_000_000_000_000, '8.875', 88_750_000_000],
    [1_000_000_000_001, '8.875', 88_750_000_000], // …0.08875
    [999_999_999_999, '0.000001', 10_000], // 9999.99999999
    [MAX_SAFE, '100', MAX_SAFE],
    [-MAX_SAFE, '100', -MAX_SAFE],
  ])('%d × %s %% → %d', (amount, rate, expected) => {
    expect(percentOf(amount, parseRate(rate))).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(percentOf(-1, parseRate('5')), 0)).toBe(true);
  });

  it('refuses amounts that are not safe integers', () => {
    expect(() => percentOf(1.5, parseRate('5'))).toThrow(/safe integer/);
    expect(() => percentOf(MAX_SAFE + 1, parseRate('5'))).toThrow(/safe integer/);
    expect(() => percentOf(Number.NaN, parseRate('5'))).toThrow(/safe integer/);
  });

  it('is monotonic in the amount', () => {
    fc.assert(
      fc.property(amountUpToTrillion, amountUpToTrillion, anyRate, (x, y, rate) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(percentOf(low, rate)).toBeLessThanOrEqual(percentOf(high, rate));
      }),
    );
  });

  it('is symmetric for negative amounts and within half a unit of the exact value', () => {
    fc.assert(
      fc.property(amountUpToTrillion, anyRate, (amount, rate) => {
        const result = percentOf(amount, rate);
        expect(percentOf(-amount, rate)).toBe(result === 0 ? 0 : -result);
        // |result − amount × rate / 100| ≤ 1/2, in exact integers.
        const errorTimesDenominator = BigInt(result) * 100n * RATE_SCALE - BigInt(amount) * rate.units;
        const absoluteError = errorTimesDenominator < 0n ? -errorTimesDenominator : errorTimesDenominator;
        expect(absoluteError * 2n <= 100n * RATE_SCALE).toBe(true);
      }),
    );
  });
});

describe('inclusiveTaxOf', () => {
  it.each([
    [1080, '8', 80],
    [108, '8', 8],
    [1000, '8', 74], // 74.07
    [-1080, '8', -80],
    [0, '8', 0],
    [1000, '0', 0],
    [1, '100', 1], // 0.5 rounds away from zero
    [-1, '100', -1],
    [3, '100', 2], // 1.5
    [1234, '8.875', 101], // 100.5901
    [1_000_000_000_000, '8.875', 81_515_499_426], // 81515499425.947
  ])('tax inside %d at %s %% → %d', (gross, rate, expected) => {
    expect(inclusiveTaxOf(gross, parseRate(rate))).toBe(expected);
  });

  it('splits a gross amount into net + tax, with 0 ≤ tax ≤ gross', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), anyRate, (gross, rate) => {
        const tax = inclusiveTaxOf(gross, rate);
        const net = gross - tax;
        expect(net + tax).toBe(gross);
        expect(tax).toBeGreaterThanOrEqual(0);
        expect(tax).toBeLessThanOrEqual(gross);
      }),
    );
  });

  it('recovers exactly the exclusive tax that was added to a net amount', () => {
    // Adding percentOf(net) and extracting it again is lossless: the rounding error of the exclusive tax,
    // at most 1/2, shrinks by (1 + rate) on the way back, so it can never cross a rounding boundary.
    fc.assert(
      fc.property(amountUpToTrillion, anyRate, (net, rate) => {
        const exclusiveTax = percentOf(net, rate);
        expect(inclusiveTaxOf(net + exclusiveTax, rate)).toBe(exclusiveTax);
      }),
    );
  });
});

describe('allocate', () => {
  it.each([
    { total: 100, weights: [1, 1, 1], parts: [34, 33, 33] },
    { total: 2, weights: [1, 1, 1], parts: [1, 1, 0] }, // equal remainders: lower index first
    { total: 393, weights: [10_000, 2_500], parts: [314, 79] }, // 314.4 / 78.6: the .6 gets the unit
    { total: 1, weights: [1, 3], parts: [0, 1] },
    { total: 7, weights: [0, 5, 0], parts: [0, 7, 0] }, // zero weight, zero share
    { total: 10, weights: [0, 0, 0], parts: [4, 3, 3] }, // all zero: spread evenly
    { total: 0, weights: [1, 2], parts: [0, 0] },
    { total: 0, weights: [0, 0], parts: [0, 0] },
    { total: 0, weights: [], parts: [] },
    { total: -100, weights: [1, 1, 1], parts: [-34, -33, -33] }, // mirrors the positive split
    { total: 1_000_000_000_000, weights: [1, 1, 1], parts: [333_333_333_334, 333_333_333_333, 333_333_333_333] },
    { total: MAX_SAFE, weights: [MAX_SAFE, MAX_SAFE], parts: [4_503_599_627_370_496, 4_503_599_627_370_495] },
  ])('allocate($total, $weights) → $parts', ({ total, weights, parts }) => {
    expect(allocate(total, weights)).toEqual(parts);
  });

  it('refuses negative or fractional weights', () => {
    expect(() => allocate(5, [1, -1])).toThrow(/weights\[1\] must not be negative/);
    expect(() => allocate(5, [1.5])).toThrow(/weights\[0\]/);
  });

  it('refuses a non-zero total over no weights', () => {
    expect(() => allocate(5, [])).toThrow(/no weights/);
  });

  it('adds up to the total, keeps each part within 1 of its exact share, and is deterministic', () => {
    fc.assert(
      fc.property(
        amountUpToTrillion,
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 50 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(sum(parts)).toBe(total);
          expect(allocate(total, weights)).toEqual(parts);

          const effectiveWeights = weights.every((weight) => weight === 0) ? weights.map(() => 1) : weights;
          const totalWeight = BigInt(sum(effectiveWeights));
          parts.forEach((part, index) => {
            // |part − total × weight / totalWeight| < 1, in exact integers.
            const difference = BigInt(part) * totalWeight - BigInt(total) * BigInt(effectiveWeights[index] ?? 0);
            const absoluteDifference = difference < 0n ? -difference : difference;
            expect(absoluteDifference < totalWeight).toBe(true);
          });
        },
      ),
    );
  });
});

describe('prorate', () => {
  it.each([
    [1000, 1, 3, 333],
    [1000, 2, 3, 667],
    [5, 1, 2, 3], // 2.5
    [-5, 1, 2, -3],
    [1000, 0, 3, 0],
    [1000, 3, 3, 1000],
  ])('%d × %d / %d → %d', (amount, part, whole, expected) => {
    expect(prorate(amount, part, whole)).toBe(expected);
  });

  it('refuses a whole that is not positive', () => {
    expect(() => prorate(100, 0, 0)).toThrow(/positive/);
  });
});

describe('sum', () => {
  it('adds exactly and refuses a result past the safe integer range', () => {
    expect(sum([])).toBe(0);
    expect(sum([1, 2, 3])).toBe(6);
    expect(sum([MAX_SAFE, -1])).toBe(MAX_SAFE - 1);
    expect(() => sum([MAX_SAFE, 1])).toThrow(/safe integer range/);
    expect(() => sum([0.1, 0.2])).toThrow(/safe integer/);
  });
});
