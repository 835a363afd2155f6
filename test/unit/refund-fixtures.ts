/** Small factories for the refund core's tests: orders priced by the real pricing code, policies, facts. */
import { defaultFeeSettings, flatTax, priceOrder, type CartItem, type PriceMode } from '../../src/core/pricing.js';
import type { DecideRefundInput, EventFacts, OrderRefundFacts, TicketFacts } from '../../src/core/refund-decision.js';
import { itemTaxComponents, type RefundableOrder } from '../../src/core/refund-ledger.js';
import { BUILT_IN_POLICY, type GoverningPolicy, type RefundTerms } from '../../src/core/refund-policy.js';

export const NOW = new Date('2030-06-01T12:00:00Z');
export const HOUR = 3_600_000;

export function hoursFromNow(hours: number): Date {
  return new Date(NOW.getTime() + hours * HOUR);
}

/** Prices the cart like checkout does and turns it into the ledger's view; item ids are item-0, item-1, ... */
export function pricedOrder(cart: CartItem[], options: { priceMode?: PriceMode; taxRate?: string } = {}): RefundableOrder {
  const pricing = priceOrder({ items: cart, fees: defaultFeeSettings, priceMode: options.priceMode ?? 'exclusive', tax: flatTax(options.taxRate ?? '8') });
  const taxes = itemTaxComponents(pricing.items, pricing.taxLines);
  return {
    priceMode: pricing.priceMode,
    total: pricing.totals.total,
    items: pricing.items.map((item, index) => ({
      id: `item-${index}`,
      quantity: item.quantity,
      ticketIds: Array.from({ length: item.quantity }, (_, slot) => `ticket-${index}-${slot}`),
      paid: {
        tickets: item.subtotal,
        platformFee: item.platformFee,
        processingFee: item.processingFee,
        ticketsTax: taxes[index]?.ticketsTax ?? 0,
        platformFeeTax: taxes[index]?.platformFeeTax ?? 0,
        processingFeeTax: taxes[index]?.processingFeeTax ?? 0,
      },
    })),
  };
}

/** 2 × 50.00, exclusive, 8 % flat tax: subtotal 10000, fees 500 + 320, tax 866, total 11686 (the checkout test's order). */
export const twoGeneral = (): RefundableOrder => pricedOrder([{ ticketTypeId: 'general', quantity: 2, unitPrice: 5000 }]);

export function paidFacts(order: RefundableOrder, overrides: Partial<OrderRefundFacts> = {}): OrderRefundFacts {
  return { status: 'CONFIRMED', refundLocked: false, order, holding: [], inFlight: false, ...overrides };
}

export function policyWith(terms: Partial<RefundTerms>): GoverningPolicy {
  return { id: 'policy-1', version: 3, name: 'Test policy', terms: { ...BUILT_IN_POLICY.terms, ...terms } };
}

export function validTickets(order: RefundableOrder, changes: Record<string, Partial<TicketFacts>> = {}): TicketFacts[] {
  return order.items.flatMap((item) =>
    item.ticketIds.map((ticketId) => ({ ticketId, transferred: false, used: false, ...changes[ticketId] })),
  );
}

export function scheduled(hoursBefore: number): EventFacts {
  return { cancelled: false, startsAt: hoursFromNow(hoursBefore) };
}

export function input(order: RefundableOrder, overrides: Partial<DecideRefundInput> = {}): DecideRefundInput {
  return {
    facts: paidFacts(order),
    policy: BUILT_IN_POLICY,
    tickets: validTickets(order),
    event: scheduled(30 * 24),
    now: NOW,
    requester: { kind: 'buyer' },
    request: { kind: 'full' },
    ...overrides,
  };
}
