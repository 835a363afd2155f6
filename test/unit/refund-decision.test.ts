import { describe, expect, it } from 'vitest';
import { decideRefund, type RefundReason } from '../../src/core/refund-decision.js';
import type { RefundAllocation } from '../../src/core/refund-ledger.js';
import type { OrderStatus } from '../../src/core/order-status.js';
import {
  hoursFromNow,
  input,
  paidFacts,
  policyWith,
  pricedOrder,
  scheduled,
  twoGeneral,
  validTickets,
} from './refund-fixtures.js';

// The order of the checkout test: 2 × 50.00 exclusive, fees 500 + 320, 8 % tax on everything.
//   per ticket: tickets 5000, platform fee 250, processing fee 160, tax 400 + 20 + 13 (processing fee tax 26 → 13/13)
//   total 11686; without fees 10800 (tickets 10000 + their tax 800).
const order = twoGeneral();

describe('decideRefund: the policy windows of the built-in default (≥168 h 100 %, ≥48 h 50 %, else 0 %, cutoff 24 h)', () => {
  it.each([
    { hoursBefore: 30 * 24, eligible: true, amount: 10800, tickets: 10000, tax: 800, rule: '100', reasons: [] },
    { hoursBefore: 168, eligible: true, amount: 10800, tickets: 10000, tax: 800, rule: '100', reasons: [] },
    { hoursBefore: 167.99, eligible: true, amount: 5400, tickets: 5000, tax: 400, rule: '50', reasons: ['POLICY_WINDOW'] },
    { hoursBefore: 48, eligible: true, amount: 5400, tickets: 5000, tax: 400, rule: '50', reasons: ['POLICY_WINDOW'] },
    { hoursBefore: 47, eligible: false, amount: 0, tickets: 0, tax: 0, rule: '0', reasons: ['POLICY_WINDOW'] },
    { hoursBefore: 24, eligible: false, amount: 0, tickets: 0, tax: 0, rule: '0', reasons: ['POLICY_WINDOW'] },
    { hoursBefore: 23.9, eligible: false, amount: 0, tickets: 0, tax: 0, rule: null, reasons: ['PAST_CUTOFF'] },
    { hoursBefore: -2, eligible: false, amount: 0, tickets: 0, tax: 0, rule: null, reasons: ['PAST_CUTOFF'] },
  ])('$hoursBefore h before the start: eligible $eligible, $amount refundable', ({ hoursBefore, eligible, amount, tickets, tax, rule, reasons }) => {
    const decision = decideRefund(input(order, { event: scheduled(hoursBefore) }));
    expect(decision.eligible).toBe(eligible);
    expect(decision.reasons).toEqual(reasons);
    expect(decision.refundable).toEqual({ amount, breakdown: { tickets, platformFee: 0, processingFee: 0, tax }, discount: 0 });
    expect(decision.ruleApplied?.refundPercent ?? null).toBe(rule);
    expect(decision.basis).toBe('policy');
  });
});

describe('decideRefund: reasons', () => {
  const refundedAll: RefundAllocation = {
    cells: order.items.flatMap((item) =>
      Array.from({ length: item.quantity }, (_, slot) => ({
        itemId: item.id,
        slot,
        cells: { tickets: 5000, platformFee: 250, processingFee: 160, ticketsTax: 400, platformFeeTax: 20, processingFeeTax: 13 },
      })),
    ),
    releasedSlots: [],
  };

  it.each<{ name: string; status?: OrderStatus; changes: Parameters<typeof input>[1]; reasons: RefundReason[]; eligible: boolean; refundable: number }>([
    { name: 'an unpaid order', status: 'RESERVED', changes: {}, reasons: ['ORDER_NOT_PAID'], eligible: false, refundable: 0 },
    { name: 'a cancelled order', status: 'CANCELLED', changes: {}, reasons: ['ORDER_NOT_PAID'], eligible: false, refundable: 0 },
    { name: 'a refunded order', status: 'REFUNDED', changes: {}, reasons: ['FULLY_REFUNDED'], eligible: false, refundable: 0 },
    {
      name: 'an order whose refunds hold the whole total',
      changes: { facts: paidFacts(order, { status: 'PARTIALLY_REFUNDED', holding: [refundedAll] }) },
      reasons: ['FULLY_REFUNDED'],
      eligible: false,
      refundable: 0,
    },
    {
      name: 'an order whose remaining total is in flight',
      changes: { facts: paidFacts(order, { holding: [refundedAll], inFlight: true }) },
      reasons: ['REFUND_IN_PROGRESS'],
      eligible: false,
      refundable: 0,
    },
    {
      name: 'an open dispute (the preview still shows the amount)',
      changes: { facts: paidFacts(order, { refundLocked: true }) },
      reasons: ['DISPUTE_OPEN'],
      eligible: false,
      refundable: 10800,
    },
    { name: 'support asking for the buyer', changes: { requester: { kind: 'staff' } }, reasons: ['NOT_OWNER'], eligible: false, refundable: 10800 },
    { name: 'an event the Event service does not know', changes: { event: null }, reasons: ['EVENT_UNKNOWN'], eligible: false, refundable: 0 },
    {
      name: 'one ticket transferred (the other is refundable)',
      changes: { tickets: validTickets(order, { 'ticket-0-0': { transferred: true } }) },
      reasons: ['TICKETS_TRANSFERRED'],
      eligible: true,
      refundable: 5400,
    },
    {
      name: 'every ticket used',
      changes: { tickets: validTickets(order, { 'ticket-0-0': { used: true }, 'ticket-0-1': { used: true } }) },
      reasons: ['TICKETS_USED'],
      eligible: false,
      refundable: 0,
    },
    {
      name: 'a ticket the Ticket service no longer lists (voided)',
      changes: { tickets: validTickets(order).slice(1) },
      reasons: ['TICKETS_VOIDED'],
      eligible: false,
      refundable: 5400,
    },
    { name: 'an amount above what is refundable', changes: { request: { kind: 'amount', amount: 10801 } }, reasons: ['AMOUNT_EXCEEDS_REFUNDABLE'], eligible: false, refundable: 10800 },
    {
      name: 'a partial amount when the policy allows no partial refunds',
      changes: { policy: policyWith({ allowPartial: false }), request: { kind: 'amount', amount: 100 } },
      reasons: ['PARTIAL_NOT_ALLOWED'],
      eligible: false,
      refundable: 10800,
    },
    {
      name: 'more tickets of an item than it has',
      changes: { request: { kind: 'items', items: [{ orderItemId: 'item-0', quantity: 3 }] } },
      reasons: ['ITEMS_NOT_REFUNDABLE'],
      eligible: false,
      refundable: 10800,
    },
  ])('$name → $reasons', ({ status, changes, reasons, eligible, refundable }) => {
    const base = input(order, status ? { facts: paidFacts(order, { status }) } : {});
    const decision = decideRefund({ ...base, ...changes });
    expect(decision.reasons).toEqual(reasons);
    expect(decision.eligible).toBe(eligible);
    expect(decision.refundable.amount).toBe(refundable);
    expect(decision.refund === null).toBe(!eligible);
  });
});

describe('decideRefund: overrides of the policy', () => {
  it('a cancelled event refunds everything, fees included, whatever the window, tickets or reviewer', () => {
    const decision = decideRefund(
      input(order, {
        event: { cancelled: true, startsAt: hoursFromNow(2) },
        tickets: null,
        policy: policyWith({ autoApproveBelow: 1 }),
      }),
    );
    expect(decision).toMatchObject({ eligible: true, reasons: [], basis: 'event_cancelled', ruleApplied: null, requiresReview: false });
    expect(decision.refund).toMatchObject({
      amount: 11686,
      breakdown: { tickets: 10000, platformFee: 500, processingFee: 320, tax: 866 },
      ticketIds: ['ticket-0-0', 'ticket-0-1'],
    });
  });

  it('an admin override refunds past the cutoff and used tickets, but never through an open dispute', () => {
    const overridden = decideRefund(
      input(order, {
        event: scheduled(1),
        requester: { kind: 'admin', override: true },
        tickets: validTickets(order, { 'ticket-0-0': { used: true } }),
      }),
    );
    expect(overridden).toMatchObject({ eligible: true, basis: 'override', refund: { amount: 11686 } });

    const disputed = decideRefund(input(order, { requester: { kind: 'admin', override: true }, facts: paidFacts(order, { refundLocked: true }) }));
    expect(disputed.eligible).toBe(false);
    expect(disputed.reasons).toEqual(['DISPUTE_OPEN']);
  });

  it('the system (event-cancellation job) refunds everything still held by nobody', () => {
    const decision = decideRefund(input(order, { requester: { kind: 'system' }, event: null, tickets: null }));
    expect(decision).toMatchObject({ eligible: true, basis: 'event_cancelled', refund: { amount: 11686 } });
  });
});

describe('decideRefund: review', () => {
  it.each([
    { threshold: 10801, requester: { kind: 'buyer' } as const, review: false },
    { threshold: 10800, requester: { kind: 'buyer' } as const, review: true },
    { threshold: 100, requester: { kind: 'admin', override: false } as const, review: false },
  ])('threshold $threshold, $requester.kind → review $review', ({ threshold, requester, review }) => {
    const decision = decideRefund(input(order, { policy: policyWith({ autoApproveBelow: threshold }), requester }));
    expect(decision.requiresReview).toBe(review);
  });
});

describe('decideRefund: how a refund is split', () => {
  it('an item refund takes exactly its tickets’ share, with the fees when the policy refunds them', () => {
    const decision = decideRefund(
      input(order, {
        policy: policyWith({ refundPlatformFee: true }),
        request: { kind: 'items', items: [{ orderItemId: 'item-0', quantity: 1 }] },
      }),
    );
    // One ticket: 5000 + tax 400, platform fee 250 + its tax 20; the processing fee stays.
    expect(decision.refund).toMatchObject({
      amount: 5670,
      breakdown: { tickets: 5000, platformFee: 250, processingFee: 0, tax: 420 },
      ticketIds: ['ticket-0-0'],
      allocation: { releasedSlots: [{ itemId: 'item-0', slot: 0 }] },
    });
  });

  it('an amount is split over the refundable cells by largest remainder and gives no ticket back', () => {
    const decision = decideRefund(input(order, { request: { kind: 'amount', amount: 1001 } }));
    // Weights 5000/400 per ticket: 463.4 + 37.07 + 463.4 + 37.07 → 463 + 37 + 463 + 37, one unit left → first .4.
    expect(decision.refund).toMatchObject({ amount: 1001, breakdown: { tickets: 927, platformFee: 0, processingFee: 0, tax: 74 }, ticketIds: [] });
  });

  it('an amount equal to everything refundable is the full refund and gives the tickets back', () => {
    const decision = decideRefund(input(order, { request: { kind: 'amount', amount: 10800 } }));
    expect(decision.refund?.ticketIds).toEqual(['ticket-0-0', 'ticket-0-1']);
  });

  it('a ticket returned at 50 % is done under the policy; the other ticket still gets its own 50 %', () => {
    const first = decideRefund(input(order, { event: scheduled(100), request: { kind: 'items', items: [{ orderItemId: 'item-0', quantity: 1 }] } }));
    expect(first.refund?.amount).toBe(2700);
    const second = decideRefund(
      input(order, { event: scheduled(100), facts: paidFacts(order, { holding: [first.refund!.allocation] }), request: { kind: 'full' } }),
    );
    expect(second.refund).toMatchObject({ amount: 2700, ticketIds: ['ticket-0-1'] });
  });

  it('an earlier partial amount counts against each ticket’s entitlement', () => {
    const partial = decideRefund(input(order, { request: { kind: 'amount', amount: 3000 } }));
    const rest = decideRefund(input(order, { facts: paidFacts(order, { holding: [partial.refund!.allocation] }) }));
    expect(rest.refundable.amount).toBe(7800);
  });

  it('inclusive prices: the refund carries the tax inside it and the amount is tickets plus fees', () => {
    const inclusive = pricedOrder([{ ticketTypeId: 'general', quantity: 3, unitPrice: 3333 }], { priceMode: 'inclusive' });
    const decision = decideRefund(input(inclusive, { request: { kind: 'items', items: [{ orderItemId: 'item-0', quantity: 1 }] } }));
    const breakdown = decision.refund!.breakdown;
    expect(decision.refund!.amount).toBe(breakdown.tickets + breakdown.platformFee + breakdown.processingFee);
    expect(breakdown.tickets).toBe(3333);
    // 8 % inside 9999 → 741 on the tickets line, 247 for the first ticket.
    expect(breakdown.tax).toBe(247);
  });
});
