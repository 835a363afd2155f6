/** Small factories for the refund core's tests: orders priced by the real pricing code, policies, facts. */
import { defaultFeeSettings, flatTax, priceOrder, type CartItem, type OrderPricing, type PriceMode } from '../../src/core/pricing.js';
import fc from 'fast-check';
import { decideRefund, type DecideRefundInput, type EventFacts, type OrderRefundFacts, type RefundRequest, type TicketFacts } from '../../src/core/refund-decision.js';
import { itemTaxComponents, type RefundAllocation, type RefundableOrder } from '../../src/core/refund-ledger.js';
import { BUILT_IN_POLICY, type GoverningPolicy, type RefundTerms } from '../../src/core/refund-policy.js';

export const NOW = new Date('2030-06-01T12:00:00Z');
export const HOUR = 3_600_000;

export function hoursFromNow(hours: number): Date {
  return new Date(NOW.getTime() + hours * HOUR);
}

/** Prices the cart like checkout does and turns it into the ledger's view; item ids are item-0, item-1, ... */
export function pricedOrder(cart: CartItem[], options: { priceMode?: PriceMode; taxRate?: string } = {}): RefundableOrder {
  return refundableOf(priceOrder({ items: cart, fees: defaultFeeSettings, priceMode: options.priceMode ?? 'exclusive', tax: flatTax(options.taxRate ?? '8') }));
}

/** A priced order as the ledger sees it; item ids are item-0, item-1, ..., ticket ids ticket-<item>-<slot>. */
export function refundableOf(pricing: OrderPricing): RefundableOrder {
  // As the refunds area does: the tickets were paid net of a promo code's discount.
  const paid = pricing.items.map((item) => ({ ...item, subtotal: item.subtotal - item.discount }));
  const taxes = itemTaxComponents(paid, pricing.taxLines);
  return {
    priceMode: pricing.priceMode,
    total: pricing.totals.total,
    items: paid.map((item, index) => ({
      id: `item-${index}`,
      quantity: item.quantity,
      ticketIds: Array.from({ length: item.quantity }, (_, slot) => `ticket-${index}-${slot}`),
      ...(item.discount > 0 ? { discount: item.discount } : {}),
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

/** One refund of a random sequence: what is asked for. */
export type Step = { kind: 'amount'; fraction: number } | { kind: 'items'; itemIndex: number; quantity: number } | { kind: 'full' };

/** A random refund with random terms: the request, the policy's rate and fees, an admin override, a failure at the Payment service. */
export const stepArbitrary = fc.record({
  step: fc.oneof(
    fc.record({ kind: fc.constant('amount' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ kind: fc.constant('items' as const), itemIndex: fc.nat(3), quantity: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constant('full' as const) }),
  ) as fc.Arbitrary<Step>,
  percent: fc.constantFrom('100', '50', '33.333', '12.5', '1'),
  refundPlatformFee: fc.boolean(),
  refundProcessingFee: fc.boolean(),
  override: fc.boolean(),
  /** The Payment service failed it: it stops holding money. */
  fails: fc.boolean(),
});
export type RandomRefund = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

export function requestOf(step: Step, order: RefundableOrder, refundable: number): RefundRequest {
  switch (step.kind) {
    case 'full':
      return { kind: 'full' };
    case 'amount':
      return { kind: 'amount', amount: Math.max(1, Math.floor(step.fraction * refundable)) };
    case 'items': {
      const item = order.items[step.itemIndex % order.items.length]!;
      return { kind: 'items', items: [{ orderItemId: item.id, quantity: step.quantity }] };
    }
  }
}

/** Decides a random refund on the order, given the refunds that hold money: the preview, the request, the decision. */
export function decideRandomRefund(order: RefundableOrder, holding: readonly RefundAllocation[], random: RandomRefund) {
  const terms = { rules: [{ minHoursBeforeEvent: 0, refundPercent: random.percent }], cutoffHours: 0, ...random };
  const base = input(order, {
    facts: paidFacts(order, { holding }),
    policy: policyWith(terms),
    requester: random.override ? { kind: 'admin', override: true } : { kind: 'buyer' },
  });
  const preview = decideRefund(base);
  const request = requestOf(random.step, order, preview.refundable.amount);
  return { preview, request, decision: decideRefund({ ...base, request }) };
}
