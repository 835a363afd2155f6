/**
 * Invoices and credit notes (SPEC §15), pure: the lines, the tax per jurisdiction and rate, and the totals
 * of a document, built from what an order charged (an invoice) or from what a credit gives back (a credit
 * note). No I/O: the documents area reads the order, the earlier documents and the settings, calls these,
 * and stores the result with its number.
 *
 * The invariant the builders keep: an invoice's total is what its lines charged, a credit note's total is
 * what the credit gave back, so the sum of an order's invoices minus its credit notes is what the order kept.
 * A credit never takes more tax from a jurisdiction than the invoice charged on that line (its share is
 * allocated over what each jurisdiction has left, largest remainder).
 */
import { allocate, sum, type Minor } from './money.js';
import {
  itemTaxLineId,
  PLATFORM_FEE_TAX_LINE_ID,
  PROCESSING_FEE_TAX_LINE_ID,
  type PricedItem,
  type PriceMode,
  type TaxCategory,
  type TaxLineResult,
  type TaxSummary,
} from './pricing.js';
import { itemTaxComponents, type RefundAllocation, type TaxComponent } from './refund-ledger.js';

export const DOCUMENT_TYPES = ['invoice', 'credit_note'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** One jurisdiction's tax on one line. */
export interface LineTax {
  jurisdiction: string;
  rate: string;
  amount: Minor;
}

/**
 * One line of a document. `key` ties a credit note's line to the invoice line it credits: `item:<order item
 * id>`, `platform_fee` or `processing_fee`. `quantity × unitPrice − discount` is the amount the line charges
 * (or gives back): net of tax in exclusive price mode, tax included in inclusive mode; `net + Σ taxes = total`.
 * `discount` is an invoice item's promo-code discount (0 elsewhere: credit notes give back what was paid).
 */
export interface DocumentLine {
  key: string;
  orderItemId: string | null;
  /** change_fee: an order change's fee (SPEC §13), on the change's invoice; no tax is levied on it. */
  category: TaxCategory | 'change_fee';
  description: string;
  quantity: number;
  unitPrice: Minor;
  discount: Minor;
  net: Minor;
  taxes: LineTax[];
  total: Minor;
}

export interface DocumentTotals {
  net: Minor;
  tax: Minor;
  total: Minor;
}

/** What a document says besides who and when: its lines, their tax by jurisdiction and rate, its totals. */
export interface DocumentContent {
  priceMode: PriceMode;
  lines: DocumentLine[];
  totals: DocumentTotals;
  taxes: TaxSummary[];
}

export const PLATFORM_FEE_KEY = 'platform_fee';
export const PROCESSING_FEE_KEY = 'processing_fee';
export const PLATFORM_FEE_DESCRIPTION = 'Platform fee';
export const PROCESSING_FEE_DESCRIPTION = 'Processing fee';
export const CHANGE_FEE_KEY = 'change_fee';
export const CHANGE_FEE_DESCRIPTION = 'Change fee';

export function itemLineKey(orderItemId: string): string {
  return `item:${orderItemId}`;
}

/** An order item as an invoice charges it: the priced item as the order stores it, named. */
export interface InvoicedItem extends Omit<PricedItem, 'ticketTypeId' | 'total'> {
  id: string;
  description: string;
}

/**
 * What an invoice charges: items (in the order's position order, which is how the checkout numbered its tax
 * lines) with their share of the fees, and the tax calculator's per-line results stored on the order.
 */
export interface InvoiceSource {
  priceMode: PriceMode;
  items: readonly InvoicedItem[];
  taxLines: readonly TaxLineResult[];
  /** The order's tax by jurisdiction, category and rate: how tax is split when the tax lines do not add up. */
  taxes: readonly TaxSummary[];
  /** An order change's fee, charged by the change's invoice as a line of its own (untaxed). */
  changeFee?: Minor;
}

/** One line as charged or credited: its money (as charged) and the tax on it. */
interface LineAmounts {
  charged: Minor;
  tax: Minor;
}

/** net, total: the tax is inside the charged amount (inclusive) or on top of it (exclusive). */
function netAndTotal(priceMode: PriceMode, amounts: LineAmounts): { net: Minor; total: Minor } {
  return priceMode === 'exclusive'
    ? { net: amounts.charged, total: sum([amounts.charged, amounts.tax]) }
    : { net: amounts.charged - amounts.tax, total: amounts.charged };
}

/**
 * The invoice of everything `source` charges: one line per item and one per fee (a fee of 0 with no tax on
 * it is left out). The tax of each line per jurisdiction is the order's own per-line result; an order whose
 * stored results do not reproduce its items' tax has each line's tax split over the jurisdictions of its
 * category in proportion to the order's tax summary (the ledger splits it the same way).
 */
export function buildInvoice(source: InvoiceSource): DocumentContent {
  // The tickets were paid net of the discount: that is what was charged and taxed (and what refunds credit).
  const paidItems = source.items.map((item) => ({ ...item, subtotal: item.subtotal - item.discount }));
  const components = itemTaxComponents(paidItems, source.taxLines);
  const fromLines = taxLinesReconcile(source);
  const taxesOf = (lineId: string, category: TaxCategory, tax: Minor): LineTax[] =>
    fromLines
      ? source.taxLines.filter((line) => line.lineId === lineId).map(({ jurisdiction, rate, tax: amount }) => ({ jurisdiction, rate, amount }))
      : splitBySummary(tax, category, source.taxes);
  const componentTax = (component: TaxComponent) => sum(components.map((parts) => parts[component]));

  const lines: DocumentLine[] = paidItems.map((item, index) => {
    const tax = components[index]?.ticketsTax ?? 0;
    return {
      key: itemLineKey(item.id),
      orderItemId: item.id,
      category: 'tickets',
      description: item.description,
      quantity: item.quantity,
      unitPrice: item.unitPrice,
      discount: item.discount,
      taxes: taxesOf(itemTaxLineId(index), 'tickets', tax),
      ...netAndTotal(source.priceMode, { charged: item.subtotal, tax }),
    };
  });
  const fees: { key: string; category: TaxCategory; description: string; charged: Minor; tax: Minor }[] = [
    {
      key: PLATFORM_FEE_KEY,
      category: 'platform_fee',
      description: PLATFORM_FEE_DESCRIPTION,
      charged: sum(source.items.map((item) => item.platformFee)),
      tax: componentTax('platformFeeTax'),
    },
    {
      key: PROCESSING_FEE_KEY,
      category: 'processing_fee',
      description: PROCESSING_FEE_DESCRIPTION,
      charged: sum(source.items.map((item) => item.processingFee)),
      tax: componentTax('processingFeeTax'),
    },
  ];
  for (const fee of fees) {
    if (fee.charged === 0 && fee.tax === 0) continue;
    const lineId = fee.key === PLATFORM_FEE_KEY ? PLATFORM_FEE_TAX_LINE_ID : PROCESSING_FEE_TAX_LINE_ID;
    lines.push({
      key: fee.key,
      orderItemId: null,
      category: fee.category,
      description: fee.description,
      quantity: 1,
      unitPrice: fee.charged,
      discount: 0,
      taxes: taxesOf(lineId, fee.category, fee.tax),
      ...netAndTotal(source.priceMode, fee),
    });
  }
  const changeFee = source.changeFee ?? 0;
  if (changeFee > 0) {
    lines.push({
      key: CHANGE_FEE_KEY,
      orderItemId: null,
      category: 'change_fee',
      description: CHANGE_FEE_DESCRIPTION,
      quantity: 1,
      unitPrice: changeFee,
      discount: 0,
      taxes: [],
      net: changeFee,
      total: changeFee,
    });
  }
  return contentOf(source.priceMode, lines);
}

/** The stored per-line results reproduce each item's tax (every order since tax lines were stored). */
function taxLinesReconcile(source: InvoiceSource): boolean {
  if (source.taxLines.length === 0) return source.items.every((item) => item.tax === 0);
  const components = itemTaxComponents(
    source.items.map((item) => ({ ...item, subtotal: item.subtotal - item.discount })),
    source.taxLines,
  );
  const taxOf = (lineId: string) => sum(source.taxLines.filter((line) => line.lineId === lineId).map((line) => line.tax));
  return source.items.every((_, index) => taxOf(itemTaxLineId(index)) === components[index]?.ticketsTax) &&
    taxOf(PLATFORM_FEE_TAX_LINE_ID) === sum(components.map((parts) => parts.platformFeeTax)) &&
    taxOf(PROCESSING_FEE_TAX_LINE_ID) === sum(components.map((parts) => parts.processingFeeTax));
}

/** Jurisdiction of tax that no stored result explains (only for orders whose tax lines are inconsistent). */
export const UNSPECIFIED_JURISDICTION = 'UNSPECIFIED';

function splitBySummary(tax: Minor, category: TaxCategory, taxes: readonly TaxSummary[]): LineTax[] {
  const levies = taxes.filter((entry) => entry.category === category);
  if (levies.length === 0) return tax === 0 ? [] : [{ jurisdiction: UNSPECIFIED_JURISDICTION, rate: '0', amount: tax }];
  const amounts = allocate(tax, levies.map((entry) => entry.tax));
  return levies.map((entry, index) => ({ jurisdiction: entry.jurisdiction, rate: entry.rate, amount: amounts[index] ?? 0 }));
}

/** What a credit gives back on one invoice line. `quantity`: tickets given back (0 for an amount only). */
export interface CreditedLine {
  key: string;
  charged: Minor;
  tax: Minor;
  quantity: number;
}

/**
 * The credit note of `credit` against `invoice`, given the credit notes already issued against it. Each
 * line's tax is allocated over what each jurisdiction of the invoice line has not yet given back, so the
 * credit notes of an invoice never return more tax to a jurisdiction than the invoice charged there.
 * A line gives back `quantity` tickets at `charged / quantity` each when that divides exactly, else it is
 * one unit of the whole amount ("partial" when it gives back no ticket).
 */
export function buildCreditNote(invoice: DocumentContent, earlierCredits: readonly DocumentContent[], credit: readonly CreditedLine[]): DocumentContent {
  const lines = credit
    .filter((entry) => entry.charged !== 0 || entry.tax !== 0)
    .map((entry): DocumentLine => {
      const invoiced = invoice.lines.find((line) => line.key === entry.key);
      if (!invoiced) throw new Error(`The credit refers to line ${entry.key}, which the invoice does not have`);
      const perUnit = entry.quantity > 0 && entry.charged % entry.quantity === 0;
      return {
        key: invoiced.key,
        orderItemId: invoiced.orderItemId,
        category: invoiced.category,
        description: entry.quantity > 0 || invoiced.orderItemId === null ? invoiced.description : `${invoiced.description} (partial)`,
        quantity: perUnit ? entry.quantity : 1,
        unitPrice: perUnit ? entry.charged / entry.quantity : entry.charged,
        discount: 0,
        taxes: creditedTaxes(invoiced, earlierCredits, entry.tax),
        ...netAndTotal(invoice.priceMode, entry),
      };
    });
  return contentOf(invoice.priceMode, lines);
}

function creditedTaxes(invoiced: DocumentLine, earlierCredits: readonly DocumentContent[], tax: Minor): LineTax[] {
  if (invoiced.taxes.length === 0) return tax === 0 ? [] : [{ jurisdiction: UNSPECIFIED_JURISDICTION, rate: '0', amount: tax }];
  const creditedBefore = (levy: LineTax) =>
    sum(
      earlierCredits.flatMap((document) =>
        document.lines
          .filter((line) => line.key === invoiced.key)
          .flatMap((line) => line.taxes.filter((entry) => entry.jurisdiction === levy.jurisdiction && entry.rate === levy.rate))
          .map((entry) => entry.amount),
      ),
    );
  const left = invoiced.taxes.map((levy) => Math.max(0, levy.amount - creditedBefore(levy)));
  const amounts = allocate(tax, left);
  return invoiced.taxes.map((levy, index) => ({ jurisdiction: levy.jurisdiction, rate: levy.rate, amount: amounts[index] ?? 0 }));
}

/** What a refund gives back, per invoice line: its cells summed per item and per fee. */
export function creditOfRefund(allocation: RefundAllocation): CreditedLine[] {
  const items = new Map<string, CreditedLine>();
  const platformFee: CreditedLine = { key: PLATFORM_FEE_KEY, charged: 0, tax: 0, quantity: 0 };
  const processingFee: CreditedLine = { key: PROCESSING_FEE_KEY, charged: 0, tax: 0, quantity: 0 };
  const itemLine = (itemId: string) => {
    let line = items.get(itemId);
    if (!line) {
      line = { key: itemLineKey(itemId), charged: 0, tax: 0, quantity: 0 };
      items.set(itemId, line);
    }
    return line;
  };
  for (const { itemId, cells } of allocation.cells) {
    const line = itemLine(itemId);
    line.charged = sum([line.charged, cells.tickets]);
    line.tax = sum([line.tax, cells.ticketsTax]);
    platformFee.charged = sum([platformFee.charged, cells.platformFee]);
    platformFee.tax = sum([platformFee.tax, cells.platformFeeTax]);
    processingFee.charged = sum([processingFee.charged, cells.processingFee]);
    processingFee.tax = sum([processingFee.tax, cells.processingFeeTax]);
  }
  for (const released of allocation.releasedSlots) {
    const line = items.get(released.itemId);
    if (line) line.quantity += 1;
  }
  return [...items.values(), platformFee, processingFee];
}

const CATEGORY_ORDER: readonly TaxCategory[] = ['tickets', 'platform_fee', 'processing_fee'];

/** Totals and the tax summary (per jurisdiction, category and rate; taxable is the lines' net) of the lines. */
function contentOf(priceMode: PriceMode, lines: DocumentLine[]): DocumentContent {
  const summary = new Map<string, TaxSummary>();
  for (const line of lines) {
    // A change fee carries no tax.
    if (line.category === 'change_fee') continue;
    for (const levy of line.taxes) {
      const key = JSON.stringify([levy.jurisdiction, line.category, levy.rate]);
      const entry = summary.get(key) ?? { jurisdiction: levy.jurisdiction, category: line.category, rate: levy.rate, taxable: 0, tax: 0 };
      entry.taxable = sum([entry.taxable, line.net]);
      entry.tax = sum([entry.tax, levy.amount]);
      summary.set(key, entry);
    }
  }
  const taxes = [...summary.values()].sort(
    (a, b) =>
      compare(a.jurisdiction, b.jurisdiction) || CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || compare(a.rate, b.rate),
  );
  return {
    priceMode,
    lines,
    taxes,
    totals: {
      net: sum(lines.map((line) => line.net)),
      tax: sum(lines.flatMap((line) => line.taxes.map((levy) => levy.amount))),
      total: sum(lines.map((line) => line.total)),
    },
  };
}

// Code-unit comparison: the order must not depend on the server's locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The year a document is numbered in: the calendar year of its issue, in UTC. */
export function documentYear(issuedAt: Date): number {
  return issuedAt.getUTCFullYear();
}

/**
 * An amount in minor units as the locale writes it in `currency` ("€1,234.56" in en-IE, "1.234,56 €" in
 * de-DE). The amount goes to Intl as an exact decimal string, never through a float.
 */
export function formatMoney(amount: Minor, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const magnitude = BigInt(Math.abs(amount)).toString().padStart(digits + 1, '0');
  const decimal = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
  // Intl formats decimal strings exactly (Intl.NumberFormat v3); the cast names that overload for older typings.
  return format.format(`${amount < 0 ? '-' : ''}${decimal}` as unknown as number);
}

/** Whether Intl knows `locale` as a BCP 47 tag it can format numbers in. */
export function isSupportedLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1 && Intl.NumberFormat.supportedLocalesOf([locale]).length === 1;
  } catch {
    return false;
  }
}
