/**
 * Money arithmetic of the service (SPEC §3). Amounts are safe integers in minor units; percentages are
 * exact decimals; every division rounds half away from zero to the minor unit. Products and quotients are
 * computed with BigInt so that no intermediate value can lose precision, however large the amounts are.
 */

/** An amount in minor units of its currency (cents for USD): always a safe integer, never a fraction. */
export type Minor = number;

/** Rates are held in millionths of a percent: the finest precision a rate string may carry. */
export const RATE_SCALE = 1_000_000n;
const RATE_DECIMALS = 6;
const MAX_PARSED_RATE_UNITS = 100n * RATE_SCALE;

/**
 * An exact percentage: `units / scale` percent, e.g. 8.875 % is `{ units: 8875000n, scale: 1000000n }`.
 * The scale is fixed by the type, so two rates are equal exactly when their units are equal.
 */
export interface Rate {
  readonly units: bigint;
  readonly scale: typeof RATE_SCALE;
}

export const ZERO_RATE: Rate = { units: 0n, scale: RATE_SCALE };

/** Thrown for a rate string that is not a plain decimal percent in [0, 100]; callers map it to a 400. */
export class InvalidRateError extends Error {
  constructor(readonly input: unknown) {
    super(
      `Invalid rate ${JSON.stringify(input)}: expected a decimal percent string from 0 to 100 ` +
        `with at most ${RATE_DECIMALS} decimals, such as "8.875"`,
    );
    this.name = 'InvalidRateError';
  }
}

// Deliberately strict (no sign, spaces, exponent, leading zeros or bare dot): rates are contract data,
// and a lenient parser would accept strings that other services read differently.
const RATE_PATTERN = /^(0|[1-9]\d{0,2})(?:\.(\d{1,6}))?$/;

export function parseRate(text: string): Rate {
  const match = typeof text === 'string' ? RATE_PATTERN.exec(text) : null;
  if (match === null) throw new InvalidRateError(text);
  const [, wholePercent = '0', fraction = ''] = match;
  const units = BigInt(wholePercent) * RATE_SCALE + BigInt(fraction.padEnd(RATE_DECIMALS, '0'));
  if (units > MAX_PARSED_RATE_UNITS) throw new InvalidRateError(text);
  return { units, scale: RATE_SCALE };
}

/** The canonical decimal string of a rate: no trailing zeros, no trailing dot ("8.875", "5", "0"). */
export function formatRate(rate: Rate): string {
  const wholePercent = rate.units / RATE_SCALE;
  const fraction = (rate.units % RATE_SCALE).toString().padStart(RATE_DECIMALS, '0').replace(/0+$/, '');
  return fraction === '' ? wholePercent.toString() : `${wholePercent}.${fraction}`;
}

/** Rates of stacked jurisdictions add up; the sum is not capped at 100 % because it is not user input. */
export function addRates(a: Rate, b: Rate): Rate {
  return { units: a.units + b.units, scale: RATE_SCALE };
}

/** numerator / denominator rounded half away from zero (2.5 → 3, −2.5 → −3), exactly. */
export function divideRoundingHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const resultIsNegative = numerator < 0n !== denominator < 0n;
  const dividend = absolute(numerator);
  const divisor = absolute(denominator);
  const truncated = dividend / divisor;
  const rounded = (dividend % divisor) * 2n >= divisor ? truncated + 1n : truncated;
  return resultIsNegative ? -rounded : rounded;
}

/** `rate` percent of `amount`, rounded half away from zero: 8.875 % of 1234 = 109.5175 → 110. */
export function percentOf(amount: Minor, rate: Rate): Minor {
  assertMinor(amount, 'amount');
  return toMinor(divideRoundingHalfAwayFromZero(BigInt(amount) * rate.units, 100n * rate.scale));
}

/**
 * The tax contained in a tax-inclusive amount: gross − gross / (1 + rate/100), i.e. gross × rate / (100 + rate),
 * rounded half away from zero (8 % inside 1080 → 80). The net amount is `gross − inclusiveTaxOf(gross, rate)`.
 */
export function inclusiveTaxOf(grossAmount: Minor, rate: Rate): Minor {
  assertMinor(grossAmount, 'grossAmount');
  const numerator = BigInt(grossAmount) * rate.units;
  return toMinor(divideRoundingHalfAwayFromZero(numerator, 100n * rate.scale + rate.units));
}

/** amount × part / whole, rounded half away from zero: the share of `amount` that `part` of `whole` earns. */
export function prorate(amount: Minor, part: Minor, whole: Minor): Minor {
  assertMinor(amount, 'amount');
  assertMinor(part, 'part');
  assertMinor(whole, 'whole');
  if (whole <= 0) throw new RangeError(`Cannot prorate over a whole of ${whole}: it must be positive`);
  return toMinor(divideRoundingHalfAwayFromZero(BigInt(amount) * BigInt(part), BigInt(whole)));
}

/**
 * Splits `total` into parts proportional to `weights` that add up to `total` exactly (largest remainder):
 * each part is the exact share rounded down, and the units left over go one each to the parts with the
 * largest remainders, lower index first on ties. All-zero weights spread the total evenly. A negative
 * total is split like its magnitude and negated, so splitting a refund mirrors splitting the charge.
 */
export function allocate(total: Minor, weights: readonly Minor[]): Minor[] {
  assertMinor(total, 'total');
  weights.forEach((weight, index) => assertNonNegativeMinor(weight, `weights[${index}]`));
  if (weights.length === 0) {
    if (total !== 0) throw new RangeError(`Cannot allocate ${total} over no weights`);
    return [];
  }
  const sign = total < 0 ? -1n : 1n;
  const parts = allocateMagnitude(absolute(BigInt(total)), effectiveWeights(weights));
  return parts.map((part) => toMinor(part * sign));
}

function effectiveWeights(weights: readonly Minor[]): bigint[] {
  const allZero = weights.every((weight) => weight === 0);
  return weights.map((weight) => (allZero ? 1n : BigInt(weight)));
}

function allocateMagnitude(magnitude: bigint, weights: readonly bigint[]): bigint[] {
  const totalWeight = weights.reduce((accumulated, weight) => accumulated + weight, 0n);
  const shares = weights.map((weight, index) => ({
    index,
    roundedDown: (magnitude * weight) / totalWeight,
    remainder: (magnitude * weight) % totalWeight,
  }));
  const unitsLeftOver = magnitude - shares.reduce((accumulated, share) => accumulated + share.roundedDown, 0n);
  const byLargestRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  const receivingExtraUnit = new Set(
    byLargestRemainder.slice(0, Number(unitsLeftOver)).map((share) => share.index),
  );
  return shares.map((share) => share.roundedDown + (receivingExtraUnit.has(share.index) ? 1n : 0n));
}

/** Σ values, exact; throws rather than return a sum that is no longer a safe integer. */
export function sum(values: readonly Minor[]): Minor {
  let total = 0n;
  values.forEach((value, index) => {
    assertMinor(value, `values[${index}]`);
    total += BigInt(value);
  });
  return toMinor(total);
}

/** Converts an exact BigInt result back to minor units, refusing values a JS number cannot hold exactly. */
export function toMinor(value: bigint): Minor {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Amount ${value} is outside the safe integer range of minor units`);
  }
  return Number(value);
}

export function assertMinor(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer amount in minor units, got ${value}`);
  }
}

export function assertNonNegativeMinor(value: number, name: string): void {
  assertMinor(value, name);
  if (value < 0) throw new RangeError(`${name} must not be negative, got ${value}`);
}

function absolute(value: bigint): bigint {
  return value < 0n ? -value : value;
}
