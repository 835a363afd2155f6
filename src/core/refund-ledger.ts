/**
 * The refund ledger of an order (SPEC §6): what was paid and what was refunded, per ticket and per money
 * component, exactly. Every ticket of an item (a "slot") carries its exact share of the item's subtotal,
 * fees and tax (largest remainder over the item's quantity), so the slots of an order add up to its total
 * to the cent. A refund records what it took from each slot; the ledger is the sum of the refunds that
 * hold money (requested, in review, in flight or succeeded), so a new refund can never take more than
 * what is left, cell by cell.
 */
import {
  itemTaxLineId,
  PLATFORM_FEE_TAX_LINE_ID,
  PROCESSING_FEE_TAX_LINE_ID,
  type PriceMode,
} from './pricing.js';
import { allocate, assertNonNegativeMinor, prorate, sum, type Minor } from './money.js';

export const MONEY_COMPONENTS = ['tickets', 'platformFee', 'processingFee'] as const;
export type MoneyComponent = (typeof MONEY_COMPONENTS)[number];
export const TAX_COMPONENTS = ['ticketsTax', 'platformFeeTax', 'processingFeeTax'] as const;
export type TaxComponent = (typeof TAX_COMPONENTS)[number];
export type Component = MoneyComponent | TaxComponent;
export const COMPONENTS: readonly Component[] = [...MONEY_COMPONENTS, ...TAX_COMPONENTS];

/** The tax levied on each money component. */
export const TAX_OF: Readonly<Record<MoneyComponent, TaxComponent>> = {
  tickets: 'ticketsTax',
  platformFee: 'platformFeeTax',
  processingFee: 'processingFeeTax',
};

/** An amount per component, in minor units. */
export type Cells = Record<Component, Minor>;

export function zeroCells(): Cells {
  return { tickets: 0, platformFee: 0, processingFee: 0, ticketsTax: 0, platformFeeTax: 0, processingFeeTax: 0 };
}

export function addCells(a: Cells, b: Partial<Cells>): Cells {
  const result = { ...a };
  for (const component of COMPONENTS) result[component] = sum([a[component], b[component] ?? 0]);
  return result;
}

/** One order item as refunds see it: its paid amounts per component and its tickets. */
export interface RefundableItem {
  id: string;
  quantity: number;
  paid: Cells;
  /** The tickets of the item in slot order; may be shorter than quantity while tickets are not attached. */
  ticketIds: readonly string[];
  /** The promo code's discount on the item's tickets, already taken off `paid.tickets`: shown, never refunded. */
  discount?: Minor;
}

export interface RefundableOrder {
  priceMode: PriceMode;
  total: Minor;
  items: readonly RefundableItem[];
}

/** One ticket of an item. */
export interface SlotRef {
  itemId: string;
  slot: number;
}

/** What one refund took from one slot. */
export interface SlotCells extends SlotRef {
  cells: Cells;
}

/** What one refund took, per slot, and the slots whose tickets it gives back. */
export interface RefundAllocation {
  cells: SlotCells[];
  releasedSlots: SlotRef[];
}

export interface LedgerSlot extends SlotRef {
  ticketId: string | null;
  paid: Cells;
  refunded: Cells;
  /** The ticket was given back by a refund (in flight or succeeded). */
  released: boolean;
}

/**
 * The money a set of cells stands for: in exclusive price mode the tax is charged on top, so it is money
 * of its own; in inclusive mode it is inside the tickets and fees and only shown.
 */
export function moneyOf(cells: Cells, priceMode: PriceMode): Minor {
  const money = sum(MONEY_COMPONENTS.map((component) => cells[component]));
  return priceMode === 'exclusive' ? sum([money, ...TAX_COMPONENTS.map((component) => cells[component])]) : money;
}

export interface RefundBreakdown {
  tickets: Minor;
  platformFee: Minor;
  processingFee: Minor;
  tax: Minor;
}

export function breakdownOf(cells: Cells): RefundBreakdown {
  return {
    tickets: cells.tickets,
    platformFee: cells.platformFee,
    processingFee: cells.processingFee,
    tax: sum(TAX_COMPONENTS.map((component) => cells[component])),
  };
}

export function totalCells(slots: readonly { cells: Cells }[]): Cells {
  return slots.reduce((total, slot) => addCells(total, slot.cells), zeroCells());
}

/** The slot key used to match refunds to slots. */
export function slotKey(ref: SlotRef): string {
  return `${ref.itemId}#${ref.slot}`;
}

/** Each ticket's exact share of its item: per component, the item amount split evenly by largest remainder. */
export function paidSlots(order: RefundableOrder): { ref: SlotRef; ticketId: string | null; paid: Cells }[] {
  return order.items.flatMap((item) => {
    const even = Array.from({ length: item.quantity }, () => 1);
    const shares = Object.fromEntries(COMPONENTS.map((component) => [component, allocate(item.paid[component], even)])) as Record<
      Component,
      Minor[]
    >;
    return even.map((_, slot) => ({
      ref: { itemId: item.id, slot },
      ticketId: item.ticketIds[slot] ?? null,
      paid: Object.fromEntries(COMPONENTS.map((component) => [component, shares[component][slot] ?? 0])) as Cells,
    }));
  });
}

/**
 * The part of the items' promo-code discount that refunded ticket money carries: per ticket slot, the slot's
 * share of its item's discount in proportion to the part of the slot's paid tickets the refund credits
 * (rounded half away from zero). Shown beside a breakdown; `tickets` is already net of it.
 */
export function discountCarried(order: RefundableOrder, cells: readonly SlotCells[]): Minor {
  const bySlot = new Map<string, { discount: Minor; paidTickets: Minor }>();
  for (const item of order.items) {
    if (!item.discount) continue;
    const even = Array.from({ length: item.quantity }, () => 1);
    const discounts = allocate(item.discount, even);
    const paidTickets = allocate(item.paid.tickets, even);
    even.forEach((_, slot) => bySlot.set(slotKey({ itemId: item.id, slot }), { discount: discounts[slot] ?? 0, paidTickets: paidTickets[slot] ?? 0 }));
  }
  return sum(
    cells.map((taken) => {
      const slot = bySlot.get(slotKey(taken));
      return slot && slot.paidTickets > 0 ? prorate(slot.discount, taken.cells.tickets, slot.paidTickets) : 0;
    }),
  );
}

/** The ledger: each slot's paid and refunded cells, from the refunds that hold money. */
export function ledgerOf(order: RefundableOrder, holding: readonly RefundAllocation[]): LedgerSlot[] {
  const slots = paidSlots(order).map(({ ref, ticketId, paid }) => ({ ...ref, ticketId, paid, refunded: zeroCells(), released: false }));
  const byKey = new Map(slots.map((slot) => [slotKey(slot), slot]));
  for (const allocation of holding) {
    for (const taken of allocation.cells) {
      const slot = byKey.get(slotKey(taken));
      if (!slot) throw new Error(`A refund refers to ticket slot ${slotKey(taken)}, which the order does not have`);
      slot.refunded = addCells(slot.refunded, taken.cells);
    }
    for (const released of allocation.releasedSlots) {
      const slot = byKey.get(slotKey(released));
      if (!slot) throw new Error(`A refund releases ticket slot ${slotKey(released)}, which the order does not have`);
      slot.released = true;
    }
  }
  return slots;
}

/** Item amounts the order stores, and the tax lines the checkout's calculator returned. */
export interface PricedItemAmounts {
  subtotal: Minor;
  platformFee: Minor;
  processingFee: Minor;
  tax: Minor;
}

/** The tax line of one fee of one item that an order change added (its fees are taxed apart from the checkout's). */
export function itemFeeTaxLineId(itemIndex: number, feeLineId: string): string {
  return `${itemTaxLineId(itemIndex)}:${feeLineId}`;
}

export interface StoredTaxLine {
  lineId: string;
  tax: Minor;
}

/**
 * Splits each item's tax into the tax on its tickets and its shares of the tax on each fee, the way the
 * checkout built it (src/core/pricing.ts: a fee's tax is allocated like the fee). When the stored tax
 * lines do not reproduce the item's tax (an order priced before tax lines were stored), the item's tax is
 * split over its tickets and fees in proportion to their amounts instead, so the parts always add up.
 */
export function itemTaxComponents(items: readonly PricedItemAmounts[], taxLines: readonly StoredTaxLine[]): Record<TaxComponent, Minor>[] {
  const taxOfLine = (lineId: string) => sum(taxLines.filter((line) => line.lineId === lineId).map((line) => line.tax));
  // Items added by an order change carry their own fee tax lines (itemFeeTaxLineId); the checkout's fee tax is
  // shared among the checkout's items only.
  const ownFees = items.map((_, index) => taxLines.some((line) => line.lineId.startsWith(`${itemTaxLineId(index)}:`)));
  const shared = (fee: number, index: number) => (ownFees[index] ? 0 : fee);
  const platformFeeTaxes = allocate(taxOfLine(PLATFORM_FEE_TAX_LINE_ID), items.map((item, index) => shared(item.platformFee, index)));
  const processingFeeTaxes = allocate(taxOfLine(PROCESSING_FEE_TAX_LINE_ID), items.map((item, index) => shared(item.processingFee, index)));
  const fromLines = items.map((_, index) => ({
    ticketsTax: taxOfLine(itemTaxLineId(index)),
    platformFeeTax: ownFees[index] ? taxOfLine(itemFeeTaxLineId(index, PLATFORM_FEE_TAX_LINE_ID)) : (platformFeeTaxes[index] ?? 0),
    processingFeeTax: ownFees[index] ? taxOfLine(itemFeeTaxLineId(index, PROCESSING_FEE_TAX_LINE_ID)) : (processingFeeTaxes[index] ?? 0),
  }));
  const reconciles = items.every((item, index) => {
    const parts = fromLines[index];
    return parts !== undefined && sum([parts.ticketsTax, parts.platformFeeTax, parts.processingFeeTax]) === item.tax;
  });
  if (reconciles && taxLines.length > 0) return fromLines;
  return items.map((item) => {
    assertNonNegativeMinor(item.tax, 'item tax');
    const [ticketsTax = 0, platformFeeTax = 0, processingFeeTax = 0] = allocate(item.tax, [item.subtotal, item.platformFee, item.processingFee]);
    return { ticketsTax, platformFeeTax, processingFeeTax };
  });
}
