/**
 * The tax engine of SPEC §7, pure: which jurisdictions a location falls in, which of their dated rates are
 * in force on a day, and the tax each jurisdiction levies on each line — exclusive or inclusive, with
 * exemptions. No I/O: the tax module loads the jurisdictions and certificates and hands them in.
 *
 * Rounding: every jurisdiction's tax on every line is rounded on its own, half away from zero, so a
 * jurisdiction's tax never depends on which other jurisdictions stack with it (see docs/tax.md).
 */
import {
  allocate,
  divideRoundingHalfAwayFromZero,
  formatRate,
  parseRate,
  percentOf,
  RATE_SCALE,
  sum,
  toMinor,
  assertNonNegativeMinor,
  type Minor,
  type Rate,
} from './money.js';
import type { PriceMode, TaxCalculator, TaxCategory, TaxLine, TaxLineResult, TaxSummary } from './pricing.js';

export const TAX_CATEGORIES = ['tickets', 'platform_fee', 'processing_fee'] as const satisfies readonly TaxCategory[];

/** Broadest first; a child jurisdiction is always at a finer level than its parent. */
export const JURISDICTION_LEVELS = ['country', 'region', 'county', 'city'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

/** The pseudo-jurisdiction of the tenant fallback rate, used when no configured jurisdiction matches. */
export const FALLBACK_JURISDICTION_CODE = 'DEFAULT';

/** The fallback rate of a tenant that never set one (SPEC §7): never a silent 0 %. */
export const DEFAULT_FALLBACK_RATE = '8';

/**
 * A calendar day, `YYYY-MM-DD`, in UTC. Rates and certificates are dated by day; in this format string
 * order is chronological order, so days compare with `<`.
 */
export type CalendarDate = string;

export function calendarDateOf(instant: Date): CalendarDate {
  return instant.toISOString().slice(0, 10);
}

export interface TaxLocation {
  country: string;
  region?: string | undefined;
  city?: string | undefined;
  postalCode?: string | undefined;
}

/** Every given field must match the location; `postalCodes` match when one of them prefixes the postal code. */
export interface JurisdictionMatchRule {
  country: string;
  region?: string | undefined;
  city?: string | undefined;
  postalCodes?: readonly string[] | undefined;
}

/**
 * A rate of one category from `effectiveFrom` until the next rate of that category starts; `effectiveTo`
 * (inclusive, optional) ends it earlier, leaving the category untaxed by this jurisdiction until then.
 */
export interface DatedRate {
  category: TaxCategory;
  rate: string;
  effectiveFrom: CalendarDate;
  effectiveTo: CalendarDate | null;
}

export interface Jurisdiction {
  code: string;
  level: JurisdictionLevel;
  parentCode: string | null;
  match: JurisdictionMatchRule;
  rates: readonly DatedRate[];
}

/** A jurisdiction reduced to what a calculation needs: its rates in force on the day, by category. */
export interface JurisdictionRates {
  code: string;
  rates: Partial<Record<TaxCategory, Rate>>;
}

/** One jurisdiction's tax on one line. `exempt` rows carry rate 0 and tax 0: the certificate zeroed them. */
export interface JurisdictionLineTax extends TaxLineResult {
  exempt: boolean;
}

// ---------------------------------------------------------------- matching

/** Places compare without regard to case or repeated spaces: "los  angeles" is "Los Angeles". */
export function normalizePlace(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** Postal codes compare without spaces or dashes, so "SW1A 1AA" starts with "SW1A" and "90012-3301" with "900". */
export function normalizePostalCode(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

export function matchesLocation(rule: JurisdictionMatchRule, location: TaxLocation): boolean {
  if (normalizePlace(rule.country) !== normalizePlace(location.country)) return false;
  if (!placeMatches(rule.region, location.region)) return false;
  if (!placeMatches(rule.city, location.city)) return false;
  const prefixes = rule.postalCodes ?? [];
  if (prefixes.length === 0) return true;
  if (location.postalCode === undefined) return false;
  const postalCode = normalizePostalCode(location.postalCode);
  return prefixes.some((prefix) => postalCode.startsWith(normalizePostalCode(prefix)));
}

/** A rule without the field matches any location; a rule with it needs the location to have the same value. */
function placeMatches(required: string | undefined, actual: string | undefined): boolean {
  if (required === undefined) return true;
  return actual !== undefined && normalizePlace(required) === normalizePlace(actual);
}

/**
 * Every jurisdiction the location falls in, broadest level first. A jurisdiction applies only when its own
 * rule and those of all its ancestors match: a city rule ("Springfield") must not tax a venue of another
 * state just because the state's rule did not match it.
 */
export function resolveJurisdictions<J extends Jurisdiction>(jurisdictions: readonly J[], location: TaxLocation): J[] {
  const byCode = new Map(jurisdictions.map((jurisdiction) => [jurisdiction.code, jurisdiction]));
  const applies = (jurisdiction: J): boolean => {
    const seen = new Set<string>();
    for (let current: J | undefined = jurisdiction; current !== undefined; ) {
      if (seen.has(current.code) || !matchesLocation(current.match, location)) return false;
      seen.add(current.code);
      if (current.parentCode === null) return true;
      current = byCode.get(current.parentCode);
      // An ancestor that is not among the candidates cannot be shown to match, so the chain does not apply.
      if (current === undefined) return false;
    }
    return false;
  };
  return jurisdictions.filter(applies).sort(compareJurisdictions);
}

function compareJurisdictions(a: Jurisdiction, b: Jurisdiction): number {
  return JURISDICTION_LEVELS.indexOf(a.level) - JURISDICTION_LEVELS.indexOf(b.level) || compareCodes(a.code, b.code);
}

// Code-unit comparison rather than localeCompare: results must not depend on the server's locale.
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `child` may sit under `parent` in the tree: strictly finer level. */
export function isFinerLevel(child: JurisdictionLevel, parent: JurisdictionLevel): boolean {
  return JURISDICTION_LEVELS.indexOf(child) > JURISDICTION_LEVELS.indexOf(parent);
}

// ---------------------------------------------------------------- dated rates

/**
 * The rate of `category` in force on `date`: the one with the latest `effectiveFrom` on or before the date,
 * unless its own `effectiveTo` has passed. A later rate always supersedes an earlier one, so an ended rate
 * never lets an older one come back.
 */
export function rateInForce(rates: readonly DatedRate[], category: TaxCategory, date: CalendarDate): DatedRate | null {
  let latest: DatedRate | null = null;
  for (const rate of rates) {
    if (rate.category !== category || rate.effectiveFrom > date) continue;
    if (latest === null || rate.effectiveFrom > latest.effectiveFrom) latest = rate;
  }
  if (latest === null || (latest.effectiveTo !== null && latest.effectiveTo < date)) return null;
  return latest;
}

export function ratesInForce(jurisdiction: Jurisdiction, date: CalendarDate): JurisdictionRates {
  const rates: Partial<Record<TaxCategory, Rate>> = {};
  for (const category of TAX_CATEGORIES) {
    const inForce = rateInForce(jurisdiction.rates, category, date);
    if (inForce !== null) rates[category] = parseRate(inForce.rate);
  }
  return { code: jurisdiction.code, rates };
}

/** The tenant fallback as a jurisdiction: one rate on every category, shown as DEFAULT. */
export function fallbackJurisdiction(rate: string): JurisdictionRates {
  const parsed = parseRate(rate);
  return { code: FALLBACK_JURISDICTION_CODE, rates: Object.fromEntries(TAX_CATEGORIES.map((category) => [category, parsed])) };
}

// ---------------------------------------------------------------- exemptions

export interface ExemptionCertificate {
  userId: string;
  jurisdictions: readonly string[];
  validFrom: CalendarDate;
  /** Inclusive: the certificate still holds on this day. */
  validTo: CalendarDate;
}

/** A certificate as applied to an order or a calculation: what it said, and whose tax it zeroed there. */
export interface AppliedTaxExemption {
  id: string;
  number: string;
  jurisdictions: string[];
  validFrom: CalendarDate;
  validTo: CalendarDate;
  exemptedJurisdictions: string[];
}

/** Applies a valid certificate to the jurisdictions taxing a location: it zeroes those it names. */
export function applyExemption(
  certificate: ExemptionCertificate & { id: string; number: string },
  taxing: readonly JurisdictionRates[],
): AppliedTaxExemption {
  const named = new Set(certificate.jurisdictions);
  return {
    id: certificate.id,
    number: certificate.number,
    jurisdictions: [...certificate.jurisdictions],
    validFrom: certificate.validFrom,
    validTo: certificate.validTo,
    exemptedJurisdictions: taxing.filter((jurisdiction) => named.has(jurisdiction.code)).map((jurisdiction) => jurisdiction.code),
  };
}

export type ExemptionProblem = 'NOT_THE_HOLDER' | 'NOT_YET_VALID' | 'EXPIRED';

/** Why a certificate cannot be applied on `date` (for `holderUserId`, when the buyer is known), or null if it can. */
export function exemptionProblem(
  certificate: ExemptionCertificate,
  use: { date: CalendarDate; holderUserId?: string },
): ExemptionProblem | null {
  if (use.holderUserId !== undefined && certificate.userId !== use.holderUserId) return 'NOT_THE_HOLDER';
  if (use.date < certificate.validFrom) return 'NOT_YET_VALID';
  if (use.date > certificate.validTo) return 'EXPIRED';
  return null;
}

// ---------------------------------------------------------------- calculation

export interface TaxCalculationInput {
  lines: readonly TaxLine[];
  priceMode: PriceMode;
  /** The jurisdictions that tax the location, in the order results should list them. */
  jurisdictions: readonly JurisdictionRates[];
  /** Codes of jurisdictions whose tax an exemption certificate zeroes. */
  exemptJurisdictions?: ReadonlySet<string>;
}

/**
 * Per line, one result per jurisdiction that has a rate for the line's category (a jurisdiction without
 * one taxes the category at 0 and is left out). Lines keep their order, jurisdictions theirs.
 *
 * Exclusive: each jurisdiction's tax is its rate of the line amount, rounded on its own.
 * Inclusive: the exact net is gross / (1 + Σ rates of the non-exempt jurisdictions); each jurisdiction's
 * tax is its rate of that exact net, rounded on its own; the net shown as `taxable` is what remains,
 * gross − Σ taxes, so net + taxes = gross to the unit. The remainder of the rounding goes to the net,
 * never to a jurisdiction, because each jurisdiction is owed its own correctly rounded tax.
 */
export function calculateTax(input: TaxCalculationInput): JurisdictionLineTax[] {
  const exempt = input.exemptJurisdictions ?? new Set<string>();
  return input.lines.flatMap((line) => {
    assertNonNegativeMinor(line.amount, `amount of line ${line.id}`);
    const levies = input.jurisdictions.flatMap((jurisdiction) => {
      const rate = jurisdiction.rates[line.category];
      return rate === undefined ? [] : [{ code: jurisdiction.code, rate, exempt: exempt.has(jurisdiction.code) }];
    });
    return input.priceMode === 'exclusive' ? exclusiveLineTaxes(line, levies) : inclusiveLineTaxes(line, levies);
  });
}

interface Levy {
  code: string;
  rate: Rate;
  exempt: boolean;
}

function exclusiveLineTaxes(line: TaxLine, levies: readonly Levy[]): JurisdictionLineTax[] {
  return levies.map((levy) =>
    lineTax(line, levy, line.amount, levy.exempt ? 0 : percentOf(line.amount, levy.rate)),
  );
}

function inclusiveLineTaxes(line: TaxLine, levies: readonly Levy[]): JurisdictionLineTax[] {
  const chargedRateUnits = levies.reduce((total, levy) => (levy.exempt ? total : total + levy.rate.units), 0n);
  // gross × r / (100 % + Σr) is r of the exact net gross / (1 + Σr), without rounding the net first.
  const grossToNetDenominator = 100n * RATE_SCALE + chargedRateUnits;
  const taxes = levies.map((levy) =>
    levy.exempt ? 0 : toMinor(divideRoundingHalfAwayFromZero(BigInt(line.amount) * levy.rate.units, grossToNetDenominator)),
  );
  const net = line.amount - sum(taxes);
  if (net < 0) {
    // Only reachable with combined rates far above 100 % on amounts of a few units; never a silent answer.
    throw new RangeError(`The taxes of line ${line.id} exceed its tax-inclusive amount ${line.amount}`);
  }
  return levies.map((levy, index) => lineTax(line, levy, net, taxes[index] ?? 0));
}

function lineTax(line: TaxLine, levy: Levy, taxable: Minor, tax: Minor): JurisdictionLineTax {
  return {
    lineId: line.id,
    jurisdiction: levy.code,
    category: line.category,
    rate: levy.exempt ? '0' : formatRate(levy.rate),
    taxable,
    tax,
    exempt: levy.exempt,
  };
}

/** The engine in the shape checkout pricing takes (src/core/pricing.ts). */
export function jurisdictionTaxCalculator(
  jurisdictions: readonly JurisdictionRates[],
  exemptJurisdictions: ReadonlySet<string> = new Set(),
): TaxCalculator {
  return (lines, priceMode) => calculateTax({ lines, priceMode, jurisdictions, exemptJurisdictions });
}

// ---------------------------------------------------------------- per-line and overall totals

export interface LineTaxTotals {
  /** The amount before tax: the line amount (exclusive) or what remains after the tax (inclusive). */
  net: Minor;
  tax: Minor;
  /** What the buyer pays for the line: amount + tax (exclusive) or the amount itself (inclusive). */
  gross: Minor;
}

export function lineTotals(line: TaxLine, results: readonly JurisdictionLineTax[], priceMode: PriceMode): LineTaxTotals {
  const tax = sum(results.filter((result) => result.lineId === line.id).map((result) => result.tax));
  return priceMode === 'exclusive'
    ? { net: line.amount, tax, gross: sum([line.amount, tax]) }
    : { net: line.amount - tax, tax, gross: line.amount };
}

/** Tax per jurisdiction over all lines, in the order the jurisdictions were given. */
export function taxByJurisdiction(
  jurisdictions: readonly JurisdictionRates[],
  results: readonly JurisdictionLineTax[],
): { jurisdiction: string; tax: Minor }[] {
  return jurisdictions.map((jurisdiction) => ({
    jurisdiction: jurisdiction.code,
    tax: sum(results.filter((result) => result.jurisdiction === jurisdiction.code).map((result) => result.tax)),
  }));
}

// ---------------------------------------------------------------- reports

/** Tax that moved in a period for one currency, jurisdiction and category: collected by orders or returned by refunds. */
export interface TaxMovement<C extends string = string> {
  currency: C;
  jurisdiction: string;
  category: TaxCategory;
  orders: number;
  taxable: Minor;
  tax: Minor;
}

/**
 * The tax a refund returned, per jurisdiction: each category's refunded tax is shared among the
 * jurisdictions that taxed that category on the order, in proportion to the tax each collected (largest
 * remainder, so the parts add up exactly to what the refund returned).
 */
export function refundedTaxByJurisdiction<C extends string>(
  currency: C,
  orderTaxes: readonly Pick<TaxSummary, 'jurisdiction' | 'category' | 'tax'>[],
  refundedTax: Readonly<Record<TaxCategory, Minor>>,
): TaxMovement<C>[] {
  const movements: TaxMovement<C>[] = [];
  for (const category of Object.keys(refundedTax) as TaxCategory[]) {
    const returned = refundedTax[category];
    if (returned === 0) continue;
    const levies = orderTaxes.filter((entry) => entry.category === category);
    if (levies.length === 0) continue;
    const shares = allocate(returned, levies.map((entry) => entry.tax));
    levies.forEach((entry, index) => {
      movements.push({ currency, jurisdiction: entry.jurisdiction, category, orders: 0, taxable: 0, tax: shares[index] ?? 0 });
    });
  }
  return movements;
}

export interface TaxReportRow<C extends string = string> {
  currency: C;
  jurisdiction: string;
  category: TaxCategory;
  orders: number;
  taxable: Minor;
  taxCollected: Minor;
  taxRefunded: Minor;
  netTax: Minor;
}

/**
 * Collected minus returned, row by row. A row that only has returns (a refund in this period of an order
 * confirmed in an earlier one) still shows, with a negative net: that is the tax to give back for the period.
 */
export function netTaxReport<C extends string>(
  collected: readonly TaxMovement<C>[],
  returned: readonly TaxMovement<C>[],
): TaxReportRow<C>[] {
  const rows = new Map<string, TaxReportRow<C>>();
  const rowFor = (movement: TaxMovement<C>): TaxReportRow<C> => {
    const key = JSON.stringify([movement.currency, movement.jurisdiction, movement.category]);
    let row = rows.get(key);
    if (row === undefined) {
      const { currency, jurisdiction, category } = movement;
      row = { currency, jurisdiction, category, orders: 0, taxable: 0, taxCollected: 0, taxRefunded: 0, netTax: 0 };
      rows.set(key, row);
    }
    return row;
  };
  for (const movement of collected) {
    const row = rowFor(movement);
    row.orders += movement.orders;
    row.taxable = sum([row.taxable, movement.taxable]);
    row.taxCollected = sum([row.taxCollected, movement.tax]);
  }
  for (const movement of returned) {
    const row = rowFor(movement);
    row.taxRefunded = sum([row.taxRefunded, movement.tax]);
  }
  for (const row of rows.values()) row.netTax = row.taxCollected - row.taxRefunded;
  return [...rows.values()].sort(
    (a, b) =>
      compareCodes(a.currency, b.currency) ||
      compareCodes(a.jurisdiction, b.jurisdiction) ||
      TAX_CATEGORIES.indexOf(a.category) - TAX_CATEGORIES.indexOf(b.category),
  );
}
