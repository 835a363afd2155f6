/**
 * Checkout pricing (SPEC §5.3, §14): subtotal, discount, platform and processing fees, tax, and their allocation to the
 * items so that every column of the items adds up exactly to the order's totals. Pure: prices come in
 * from the Ticket service, tax comes from a pluggable TaxCalculator (a flat fallback rate today, the
 * jurisdiction engine of §7 later), and the result is what the order stores.
 */
import {
  allocate,
  assertMinor,
  assertNonNegativeMinor,
  formatRate,
  inclusiveTaxOf,
  parseRate,
  percentOf,
  sum,
  toMinor,
  type Minor,
} from './money.js';

// Refund code prorates order amounts; it may take the helper from here, beside the pricing it undoes.
export { prorate } from './money.js';

export type PriceMode = 'exclusive' | 'inclusive';
export type TaxCategory = 'tickets' | 'platform_fee' | 'processing_fee';

/** Per-tenant fee configuration; percentages are decimal strings as everywhere in the API. */
export interface FeeSettings {
  platformFeePercent: string;
  processingFeePercent: string;
  processingFeeFixed: Minor;
}

export const defaultFeeSettings: Readonly<FeeSettings> = Object.freeze({
  platformFeePercent: '5',
  processingFeePercent: '2.9',
  processingFeeFixed: 30,
});

/** One taxable amount handed to the tax calculator; `amount` is the line total (price × quantity). */
export interface TaxLine {
  id: string;
  category: TaxCategory;
  amount: Minor;
}

/** The tax one jurisdiction levies on one line; a line taxed by several jurisdictions has several results. */
export interface TaxLineResult {
  lineId: string;
  jurisdiction: string;
  category: TaxCategory;
  rate: string;
  /** The amount the rate applies to: the line amount (exclusive) or the amount net of tax (inclusive). */
  taxable: Minor;
  tax: Minor;
}

export type TaxCalculator = (lines: TaxLine[], priceMode: PriceMode) => TaxLineResult[];

export const PLATFORM_FEE_TAX_LINE_ID = 'platform_fee';
export const PROCESSING_FEE_TAX_LINE_ID = 'processing_fee';

export function itemTaxLineId(itemIndex: number): string {
  return `item:${itemIndex}`;
}

/**
 * The tenant fallback of SPEC §7: one flat rate on tickets and both fees, rounded per line half away from
 * zero. In inclusive mode the tax is extracted from the line amount and `taxable` is the net amount.
 * The rate is parsed here, once, so a bad tenant setting fails when the calculator is built.
 */
export function flatTax(rate: string, jurisdiction = 'DEFAULT'): TaxCalculator {
  const parsedRate = parseRate(rate);
  const canonicalRate = formatRate(parsedRate);
  return (lines, priceMode) =>
    lines.map((line) => {
      const tax =
        priceMode === 'inclusive' ? inclusiveTaxOf(line.amount, parsedRate) : percentOf(line.amount, parsedRate);
      const taxable = priceMode === 'inclusive' ? line.amount - tax : line.amount;
      return { lineId: line.id, jurisdiction, category: line.category, rate: canonicalRate, taxable, tax };
    });
}

export interface CartItem {
  ticketTypeId: string;
  quantity: number;
  /** From the Ticket service, never from the client. */
  unitPrice: Minor;
}

export interface PriceOrderInput {
  items: readonly CartItem[];
  fees: FeeSettings;
  priceMode: PriceMode;
  tax: TaxCalculator;
  /**
   * A promotion's discount per item, in item order (src/core/promotions.ts `discountsOf`): each between 0
   * and the item's ticket subtotal. Fees and tax are worked out on the discounted amounts. None: no discount.
   */
  discounts?: readonly Minor[];
}

export interface PricedItem {
  ticketTypeId: string;
  quantity: number;
  unitPrice: Minor;
  /** The ticket subtotal before the discount (unit price × quantity). */
  subtotal: Minor;
  discount: Minor;
  platformFee: Minor;
  processingFee: Minor;
  tax: Minor;
  total: Minor;
}

export interface PricingTotals {
  subtotal: Minor;
  discount: Minor;
  platformFee: Minor;
  processingFee: Minor;
  tax: Minor;
  total: Minor;
}

/** Tax of the order per jurisdiction and category, as shown on the order (SPEC §12 `taxes`). */
export interface TaxSummary {
  jurisdiction: string;
  category: TaxCategory;
  rate: string;
  taxable: Minor;
  tax: Minor;
}

export interface OrderPricing {
  priceMode: PriceMode;
  items: PricedItem[];
  totals: PricingTotals;
  taxes: TaxSummary[];
  /** The calculator's raw per-line results, stored so refunds and reports never recompute old tax. */
  taxLines: TaxLineResult[];
}

export function priceOrder(input: PriceOrderInput): OrderPricing {
  const { items, fees, priceMode } = input;
  const subtotals = itemSubtotals(items);
  const discounts = itemDiscounts(input.discounts, subtotals);
  // What the tickets cost after the discount: the base of the fees and of the tickets' tax.
  const netSubtotals = subtotals.map((subtotal, index) => subtotal - at(discounts, index));
  const orderFees = feesOf(sum(netSubtotals), fees);
  // Fees are charged on the whole order; each item carries the share its discounted subtotal earns.
  const platformFees = allocate(orderFees.platformFee, netSubtotals);
  const processingFees = allocate(orderFees.processingFee, netSubtotals);

  const taxLines = input.tax(buildTaxLines(netSubtotals, orderFees), priceMode);
  const taxes = itemTaxes(taxLines, subtotals.length, platformFees, processingFees);
  const tax = sum(taxLines.map((line) => line.tax));

  const pricedItems = items.map((item, index): PricedItem => {
    const amounts = {
      subtotal: at(subtotals, index),
      discount: at(discounts, index),
      platformFee: at(platformFees, index),
      processingFee: at(processingFees, index),
      tax: at(taxes, index),
    };
    const { ticketTypeId, quantity, unitPrice } = item;
    return { ticketTypeId, quantity, unitPrice, ...amounts, total: totalOf(amounts, priceMode) };
  });
  const totalsBeforeTotal = { subtotal: sum(subtotals), discount: sum(discounts), ...orderFees, tax };
  return {
    priceMode,
    items: pricedItems,
    totals: { ...totalsBeforeTotal, total: totalOf(totalsBeforeTotal, priceMode) },
    taxes: summarizeTaxes(taxLines),
    taxLines,
  };
}

interface AmountsBeforeTotal {
  subtotal: Minor;
  discount: Minor;
  platformFee: Minor;
  processingFee: Minor;
  tax: Minor;
}

/** In inclusive mode the tax is already inside the prices and fees, so it is shown but not added. */
function totalOf(amounts: AmountsBeforeTotal, priceMode: PriceMode): Minor {
  const charged = [amounts.subtotal, -amounts.discount, amounts.platformFee, amounts.processingFee];
  return sum(priceMode === 'exclusive' ? [...charged, amounts.tax] : charged);
}

function itemSubtotals(items: readonly CartItem[]): Minor[] {
  if (items.length === 0) throw new RangeError('An order needs at least one item to be priced');
  return items.map((item, index) => {
    assertNonNegativeMinor(item.unitPrice, `items[${index}].unitPrice`);
    if (!Number.isSafeInteger(item.quantity) || item.quantity < 1) {
      throw new RangeError(`items[${index}].quantity must be a positive integer, got ${item.quantity}`);
    }
    return toMinor(BigInt(item.unitPrice) * BigInt(item.quantity));
  });
}

/** The discounts given, checked against the items (one per item, each within its subtotal); zeros when none. */
function itemDiscounts(discounts: readonly Minor[] | undefined, subtotals: readonly Minor[]): Minor[] {
  if (discounts === undefined) return subtotals.map(() => 0);
  if (discounts.length !== subtotals.length) {
    throw new RangeError(`Expected one discount per item (${subtotals.length}), got ${discounts.length}`);
  }
  return discounts.map((discount, index) => {
    assertNonNegativeMinor(discount, `discounts[${index}]`);
    if (discount > at(subtotals, index)) throw new RangeError(`discounts[${index}] exceeds the item's subtotal`);
    return discount;
  });
}

function feesOf(subtotal: Minor, fees: FeeSettings): { platformFee: Minor; processingFee: Minor } {
  assertNonNegativeMinor(fees.processingFeeFixed, 'processingFeeFixed');
  return {
    platformFee: percentOf(subtotal, parseRate(fees.platformFeePercent)),
    processingFee: sum([percentOf(subtotal, parseRate(fees.processingFeePercent)), fees.processingFeeFixed]),
  };
}

function buildTaxLines(subtotals: readonly Minor[], fees: { platformFee: Minor; processingFee: Minor }): TaxLine[] {
  return [
    ...subtotals.map((amount, index): TaxLine => ({ id: itemTaxLineId(index), category: 'tickets', amount })),
    { id: PLATFORM_FEE_TAX_LINE_ID, category: 'platform_fee', amount: fees.platformFee },
    { id: PROCESSING_FEE_TAX_LINE_ID, category: 'processing_fee', amount: fees.processingFee },
  ];
}

/**
 * Each item's tax: the tax on its own tickets line plus its share of the tax on each fee. A fee's tax is
 * allocated in proportion to the item's share of that fee, so an item's fee tax follows its fee (which is
 * what a refund of that item's fees has to return).
 */
function itemTaxes(
  results: readonly TaxLineResult[],
  itemCount: number,
  platformFees: readonly Minor[],
  processingFees: readonly Minor[],
): Minor[] {
  const taxByLine = totalTaxByLineId(results, itemCount);
  const lineTax = (lineId: string): Minor => taxByLine.get(lineId) ?? 0;
  const platformFeeTaxes = allocate(lineTax(PLATFORM_FEE_TAX_LINE_ID), platformFees);
  const processingFeeTaxes = allocate(lineTax(PROCESSING_FEE_TAX_LINE_ID), processingFees);
  return Array.from({ length: itemCount }, (_, index) =>
    sum([lineTax(itemTaxLineId(index)), at(platformFeeTaxes, index), at(processingFeeTaxes, index)]),
  );
}

/** Sums the results per line, refusing results for lines we never sent: that tax would vanish from the items. */
function totalTaxByLineId(results: readonly TaxLineResult[], itemCount: number): Map<string, Minor> {
  const knownLineIds = new Set([
    ...Array.from({ length: itemCount }, (_, index) => itemTaxLineId(index)),
    PLATFORM_FEE_TAX_LINE_ID,
    PROCESSING_FEE_TAX_LINE_ID,
  ]);
  const taxByLine = new Map<string, Minor>();
  for (const result of results) {
    if (!knownLineIds.has(result.lineId)) {
      throw new Error(`The tax calculator returned a result for unknown line "${result.lineId}"`);
    }
    assertMinor(result.tax, `tax of line ${result.lineId}`);
    assertMinor(result.taxable, `taxable amount of line ${result.lineId}`);
    taxByLine.set(result.lineId, sum([taxByLine.get(result.lineId) ?? 0, result.tax]));
  }
  return taxByLine;
}

const CATEGORY_ORDER: readonly TaxCategory[] = ['tickets', 'platform_fee', 'processing_fee'];

/**
 * Aggregates per jurisdiction and category. The rate is part of the key so that a calculator returning two
 * rates for one jurisdiction and category is shown as two rows instead of a misleading single rate.
 */
function summarizeTaxes(results: readonly TaxLineResult[]): TaxSummary[] {
  const byKey = new Map<string, TaxSummary>();
  for (const { jurisdiction, category, rate, taxable, tax } of results) {
    const key = JSON.stringify([jurisdiction, category, rate]);
    const existing = byKey.get(key);
    if (existing === undefined) {
      byKey.set(key, { jurisdiction, category, rate, taxable, tax });
    } else {
      existing.taxable = sum([existing.taxable, taxable]);
      existing.tax = sum([existing.tax, tax]);
    }
  }
  return [...byKey.values()].sort(compareTaxSummaries);
}

// Code-unit string comparison rather than localeCompare: the order must not depend on the server's locale.
function compareTaxSummaries(a: TaxSummary, b: TaxSummary): number {
  return (
    compareStrings(a.jurisdiction, b.jurisdiction) ||
    CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
    compareStrings(a.rate, b.rate)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index into a list built alongside the items; a miss is a programming error, not a runtime case. */
function at(values: readonly Minor[], index: number): Minor {
  const value = values[index];
  if (value === undefined) throw new Error(`No amount at index ${index}`);
  return value;
}
