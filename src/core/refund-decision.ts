/**
 * The refund decision (SPEC §6) as one pure function: given the order's ledger, the policy version that
 * governs it, the state of its tickets and event, the time and the request, decide whether a refund may
 * run, how much, split how, and whether an admin must review it. The same function answers the
 * eligibility preview (a request for everything) and re-checks every refund.
 *
 * The arithmetic (see docs/refunds.md):
 * - Policy refunds entitle each ticket to `refundPercent` of its price and of the tax on it, and to its
 *   fees (and their tax) when the policy refunds fees — rounded half away from zero per ticket and
 *   component, so a ticket's refund never depends on which other tickets go with it. What earlier refunds
 *   took from the ticket is subtracted (never below zero).
 * - An event cancelled by its organizer, and an admin override, entitle every ticket to everything it paid
 *   that no refund took yet, fees included — also tickets already given back at a partial percentage.
 * - An amount request is split over the refundable cells by largest remainder, exactly; it gives back no
 *   ticket unless it is the whole refundable amount. Item and full requests give the tickets back.
 * - In inclusive price mode the tax is inside the prices: the refund of a component carries the share of
 *   its tax that the cumulative refunded part of the component earns, so refunding all of it returns all
 *   of its tax.
 */
import type { OrderStatus } from './order-status.js';
import { PAID_STATUSES } from './order-status.js';
import { allocate, parseRate, percentOf, prorate, sum, type Minor, type Rate } from './money.js';
import {
  breakdownOf,
  discountCarried,
  ledgerOf,
  moneyOf,
  MONEY_COMPONENTS,
  slotKey,
  TAX_COMPONENTS,
  TAX_OF,
  totalCells,
  zeroCells,
  type Cells,
  type Component,
  type LedgerSlot,
  type RefundableOrder,
  type RefundAllocation,
  type RefundBreakdown,
  type SlotCells,
  type SlotRef,
} from './refund-ledger.js';
import { isPastCutoff, ruleInForce, type GoverningPolicy, type RefundRule } from './refund-policy.js';

/**
 * Why a refund is refused or limited. The first group blocks a refund; POLICY_WINDOW (a window below
 * 100 %), TICKETS_TRANSFERRED and TICKETS_USED only limit it while other tickets remain refundable.
 */
export const REFUND_REASONS = [
  'ORDER_NOT_PAID',
  'FULLY_REFUNDED',
  'REFUND_IN_PROGRESS',
  'DISPUTE_OPEN',
  'NOT_OWNER',
  'EVENT_UNKNOWN',
  'PAST_CUTOFF',
  'POLICY_WINDOW',
  'TICKETS_TRANSFERRED',
  'TICKETS_USED',
  'TICKETS_VOIDED',
  'NOTHING_REFUNDABLE',
  'AMOUNT_EXCEEDS_REFUNDABLE',
  'PARTIAL_NOT_ALLOWED',
  'ITEMS_NOT_REFUNDABLE',
] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

/** What the refund rests on: the order's policy, an admin's override, or the organizer's cancellation. */
/** unfulfillable: a payment the order could not take (it came after the order ended), given back in full. */
/** change: the credit of an order change that removed more than it added (SPEC §13). */
export type RefundBasis = 'policy' | 'override' | 'event_cancelled' | 'unfulfillable' | 'change';

export interface OrderRefundFacts {
  status: OrderStatus;
  refundLocked: boolean;
  order: RefundableOrder;
  /** Allocations of the refunds that hold money: PENDING_REVIEW, PENDING and SUCCEEDED. */
  holding: readonly RefundAllocation[];
  /** Whether one of those is not settled yet (PENDING_REVIEW or PENDING). */
  inFlight: boolean;
}

/** A ticket as the Ticket service reports it; a ticket of the order missing from the report is void. */
export interface TicketFacts {
  ticketId: string;
  transferred: boolean;
  used: boolean;
}

/** The event as the Event service reports it; null when it does not know the event. */
export interface EventFacts {
  cancelled: boolean;
  startsAt: Date;
}

export type Requester =
  | { kind: 'buyer' }
  | { kind: 'staff' }
  | { kind: 'admin'; override: boolean }
  /** A service acting for the platform (the event-cancellation job). */
  | { kind: 'system' };

export type RefundRequest =
  | { kind: 'full' }
  | { kind: 'amount'; amount: Minor }
  | { kind: 'items'; items: readonly { orderItemId: string; quantity: number }[] };

export interface DecideRefundInput {
  facts: OrderRefundFacts;
  policy: GoverningPolicy;
  /** Null when not looked up (not needed for an override or a cancelled event). */
  tickets: readonly TicketFacts[] | null;
  event: EventFacts | null;
  now: Date;
  requester: Requester;
  request: RefundRequest;
}

export interface PlannedRefund {
  amount: Minor;
  breakdown: RefundBreakdown;
  /** The promo-code discount the refunded tickets carried (discountCarried): shown, not refunded. */
  discount: Minor;
  allocation: RefundAllocation;
  /** The tickets the refund gives back (released at the Ticket service once it succeeds). */
  ticketIds: string[];
}

export interface RefundDecision {
  eligible: boolean;
  reasons: RefundReason[];
  basis: RefundBasis;
  ruleApplied: RefundRule | null;
  /** Everything the terms allow now: the eligibility preview. */
  refundable: { amount: Minor; breakdown: RefundBreakdown; discount: Minor };
  /** The refund the request asks for; null when it is not eligible. */
  refund: PlannedRefund | null;
  requiresReview: boolean;
}

const BLOCKING_ALWAYS: ReadonlySet<RefundReason> = new Set([
  'ORDER_NOT_PAID',
  'FULLY_REFUNDED',
  'REFUND_IN_PROGRESS',
  'DISPUTE_OPEN',
  'NOT_OWNER',
  'EVENT_UNKNOWN',
  'PAST_CUTOFF',
  'TICKETS_VOIDED',
  'NOTHING_REFUNDABLE',
  'AMOUNT_EXCEEDS_REFUNDABLE',
  'PARTIAL_NOT_ALLOWED',
  'ITEMS_NOT_REFUNDABLE',
]);

const HUNDRED_PERCENT = parseRate('100');

/** What a slot may still give back: the share of each component the basis allows, minus what was taken. */
interface Entitlement {
  /** null: everything not refunded yet (override, cancelled event). */
  ticketsRate: Rate | null;
  platformFee: boolean;
  processingFee: boolean;
}

interface Terms {
  basis: RefundBasis;
  ruleApplied: RefundRule | null;
  entitlement: Entitlement | null;
  /** Slots the basis lets a refund touch, in order. */
  slots: LedgerSlot[];
  reasons: RefundReason[];
}

export function decideRefund(input: DecideRefundInput): RefundDecision {
  const { facts, request } = input;
  const ledger = ledgerOf(facts.order, facts.holding);
  const orderReasons = statusReasons(facts, ledger);
  const paid = PAID_STATUSES.includes(facts.status);
  const terms = termsOf(input, ledger);
  const reasons = [...orderReasons, ...requesterReasons(input.requester), ...terms.reasons];
  const entitlement = paid ? terms.entitlement : null;

  const full = entitlement ? planOf(facts.order, terms.slots, entitlement, { kind: 'full' }) : null;
  const refundable = full
    ? { amount: full.amount, breakdown: full.breakdown, discount: full.discount }
    : { amount: 0, breakdown: breakdownOf(zeroCells()), discount: 0 };

  let refund: PlannedRefund | null = null;
  if (entitlement && full && full.amount > 0) {
    const requestProblems = requestReasons(request, terms, full, input.policy, facts.order);
    reasons.push(...requestProblems);
    if (requestProblems.length === 0) refund = planOf(facts.order, terms.slots, entitlement, request, full);
  }
  if (entitlement && (refund?.amount ?? full?.amount ?? 0) === 0 && !reasons.some((reason) => isBlocking(reason, terms))) {
    reasons.push('NOTHING_REFUNDABLE');
  }

  const unique = [...new Set(reasons)];
  const eligible = refund !== null && refund.amount > 0 && !unique.some((reason) => isBlocking(reason, terms));
  const reviewedAmount = refund?.amount ?? refundable.amount;
  return {
    eligible,
    reasons: unique,
    basis: terms.basis,
    ruleApplied: terms.ruleApplied,
    refundable,
    refund: eligible ? refund : null,
    requiresReview: terms.basis === 'policy' && input.requester.kind !== 'admin' && reviewedAmount >= input.policy.terms.autoApproveBelow,
  };
}

/**
 * What removing tickets from an order credits (SPEC §13 order changes): for each requested item, its first
 * `quantity` tickets not given back yet, each with everything it paid that no refund took — its tickets and
 * their tax always, its fees (and their tax) when the policy refunds fees. The same slots and cells an item
 * refund at 100 % would take. Null when an item is unknown or has fewer tickets left than requested.
 */
export function planItemCredit(
  facts: Pick<OrderRefundFacts, 'order' | 'holding'>,
  items: readonly { orderItemId: string; quantity: number }[],
  fees: { platformFee: boolean; processingFee: boolean },
): PlannedRefund | null {
  const ledger = ledgerOf(facts.order, facts.holding);
  if (chooseItemSlots(items, ledger, facts.order) === null) return null;
  const entitlement: Entitlement = { ticketsRate: null, platformFee: fees.platformFee, processingFee: fees.processingFee };
  return planOf(facts.order, ledger, entitlement, { kind: 'items', items });
}

/**
 * The refund of a payment the order could not take (it arrived after the order expired or was cancelled, or
 * its tickets were gone): everything paid and not yet refunded comes back, fees included, whatever the order's
 * status says — the money did arrive. An open dispute still blocks it.
 */
export function decideUnfulfillableRefund(input: Pick<DecideRefundInput, 'facts' | 'policy' | 'now'>): RefundDecision {
  const decision = decideRefund({
    ...input,
    facts: { ...input.facts, status: 'CONFIRMED' },
    tickets: null,
    event: null,
    requester: { kind: 'system' },
    request: { kind: 'full' },
  });
  return { ...decision, basis: 'unfulfillable' };
}

function isBlocking(reason: RefundReason, terms: Terms): boolean {
  if (BLOCKING_ALWAYS.has(reason)) return true;
  // The limiting reasons block only when they left nothing to refund.
  if (reason === 'POLICY_WINDOW') return terms.entitlement === null;
  return terms.slots.length === 0;
}

function statusReasons(facts: OrderRefundFacts, ledger: readonly LedgerSlot[]): RefundReason[] {
  const reasons: RefundReason[] = [];
  if (facts.status === 'REFUNDED') reasons.push('FULLY_REFUNDED');
  else if (!PAID_STATUSES.includes(facts.status)) reasons.push('ORDER_NOT_PAID');
  else {
    const held = sum(ledger.map((slot) => moneyOf(slot.refunded, facts.order.priceMode)));
    if (held >= facts.order.total) reasons.push(facts.inFlight ? 'REFUND_IN_PROGRESS' : 'FULLY_REFUNDED');
  }
  if (facts.refundLocked) reasons.push('DISPUTE_OPEN');
  return reasons;
}

function requesterReasons(requester: Requester): RefundReason[] {
  return requester.kind === 'staff' ? ['NOT_OWNER'] : [];
}

/** The basis, the rule and the slots a refund may touch. */
function termsOf(input: DecideRefundInput, ledger: LedgerSlot[]): Terms {
  const { event, policy, requester } = input;
  const everything: Entitlement = { ticketsRate: null, platformFee: true, processingFee: true };
  if (requester.kind === 'system' || event?.cancelled) {
    return { basis: 'event_cancelled', ruleApplied: null, entitlement: everything, slots: ledger, reasons: [] };
  }
  if (requester.kind === 'admin' && requester.override) {
    return { basis: 'override', ruleApplied: null, entitlement: everything, slots: ledger, reasons: [] };
  }
  const reasons: RefundReason[] = [];
  if (!event) return { basis: 'policy', ruleApplied: null, entitlement: null, slots: [], reasons: ['EVENT_UNKNOWN'] };
  const msBeforeEvent = event.startsAt.getTime() - input.now.getTime();
  if (isPastCutoff(policy.terms, msBeforeEvent)) {
    return { basis: 'policy', ruleApplied: null, entitlement: null, slots: [], reasons: ['PAST_CUTOFF'] };
  }
  const rule = ruleInForce(policy.terms, msBeforeEvent);
  const rate = rule ? parseRate(rule.refundPercent) : null;
  if (!rate || rate.units < HUNDRED_PERCENT.units) reasons.push('POLICY_WINDOW');
  const slots = ledger.filter((slot) => {
    if (slot.released) return false;
    const problem = ticketProblem(slot, input.tickets);
    if (problem) reasons.push(problem);
    return problem === null;
  });
  if (!rate || rate.units === 0n) return { basis: 'policy', ruleApplied: rule, entitlement: null, slots: [], reasons };
  const entitlement: Entitlement = {
    ticketsRate: rate,
    platformFee: policy.terms.refundPlatformFee,
    processingFee: policy.terms.refundProcessingFee,
  };
  return { basis: 'policy', ruleApplied: rule, entitlement, slots, reasons };
}

function ticketProblem(slot: LedgerSlot, tickets: readonly TicketFacts[] | null): RefundReason | null {
  if (tickets === null || slot.ticketId === null) return null;
  const ticket = tickets.find((candidate) => candidate.ticketId === slot.ticketId);
  if (!ticket) return 'TICKETS_VOIDED';
  if (ticket.used) return 'TICKETS_USED';
  if (ticket.transferred) return 'TICKETS_TRANSFERRED';
  return null;
}

function requestReasons(
  request: RefundRequest,
  terms: Terms,
  full: PlannedRefund,
  policy: GoverningPolicy,
  order: RefundableOrder,
): RefundReason[] {
  const partialAllowed = terms.basis !== 'policy' || policy.terms.allowPartial;
  switch (request.kind) {
    case 'full':
      return [];
    case 'amount':
      if (request.amount > full.amount) return ['AMOUNT_EXCEEDS_REFUNDABLE'];
      return request.amount < full.amount && !partialAllowed ? ['PARTIAL_NOT_ALLOWED'] : [];
    case 'items': {
      const chosen = chooseItemSlots(request.items, terms.slots, order);
      if (chosen === null) return ['ITEMS_NOT_REFUNDABLE'];
      const allLive = terms.slots.filter((slot) => !slot.released);
      return chosen.length < allLive.length && !partialAllowed ? ['PARTIAL_NOT_ALLOWED'] : [];
    }
  }
}

/** The first `quantity` live slots of each requested item, or null when an item has fewer (or is unknown). */
function chooseItemSlots(
  items: readonly { orderItemId: string; quantity: number }[],
  slots: readonly LedgerSlot[],
  order: RefundableOrder,
): LedgerSlot[] | null {
  const wanted = new Map<string, number>();
  for (const item of items) wanted.set(item.orderItemId, (wanted.get(item.orderItemId) ?? 0) + item.quantity);
  const chosen: LedgerSlot[] = [];
  for (const [itemId, quantity] of wanted) {
    if (!order.items.some((item) => item.id === itemId)) return null;
    const live = slots.filter((slot) => slot.itemId === itemId && !slot.released);
    if (live.length < quantity) return null;
    chosen.push(...live.slice(0, quantity));
  }
  return chosen;
}

/** What each slot may still give back, per money component (and per tax component in exclusive mode). */
function refundableCells(slot: LedgerSlot, entitlement: Entitlement, order: RefundableOrder): Cells {
  const cells = zeroCells();
  const remaining = (component: Component) => Math.max(0, slot.paid[component] - slot.refunded[component]);
  const entitled = (component: Component, share: Rate | null | false) => {
    if (share === false) return 0;
    if (share === null) return remaining(component);
    return Math.max(0, percentOf(slot.paid[component], share) - slot.refunded[component]);
  };
  const shareOf: Record<(typeof MONEY_COMPONENTS)[number], Rate | null | false> = {
    tickets: entitlement.ticketsRate,
    platformFee: entitlement.platformFee ? null : false,
    processingFee: entitlement.processingFee ? null : false,
  };
  for (const component of MONEY_COMPONENTS) {
    cells[component] = entitled(component, shareOf[component]);
    // Exclusive: the tax is money on top, entitled like its component. Inclusive: derived in withInclusiveTax.
    if (order.priceMode === 'exclusive') cells[TAX_OF[component]] = entitled(TAX_OF[component], shareOf[component]);
  }
  return cells;
}

/** The cells the refund takes, as one flat list for allocation: (slot, component) pairs that can give money. */
function moneyComponentsOf(order: RefundableOrder): readonly Component[] {
  return order.priceMode === 'exclusive' ? [...MONEY_COMPONENTS, ...TAX_COMPONENTS] : MONEY_COMPONENTS;
}

function planOf(
  order: RefundableOrder,
  slots: readonly LedgerSlot[],
  entitlement: Entitlement,
  request: RefundRequest,
  full?: PlannedRefund,
): PlannedRefund {
  const components = moneyComponentsOf(order);
  const available = slots.map((slot) => ({ slot, cells: refundableCells(slot, entitlement, order) }));
  let taken: { slot: LedgerSlot; cells: Cells }[];
  let released: LedgerSlot[];
  if (request.kind === 'items') {
    const chosen = new Set((chooseItemSlots(request.items, slots, order) ?? []).map(slotKey));
    taken = available.filter(({ slot }) => chosen.has(slotKey(slot)));
    released = taken.map(({ slot }) => slot);
  } else if (request.kind === 'amount' && request.amount !== full?.amount) {
    const weights = available.flatMap(({ cells }) => components.map((component) => cells[component]));
    const parts = allocate(request.amount, weights);
    taken = available.map(({ slot }, index) => {
      const cells = zeroCells();
      components.forEach((component, offset) => (cells[component] = parts[index * components.length + offset] ?? 0));
      return { slot, cells };
    });
    released = [];
  } else {
    taken = available;
    // A whole refund gives back every ticket it may touch that is still out (an override also reaches
    // tickets returned earlier at a partial percentage; those are released already).
    released = slots.filter((slot) => !slot.released);
  }
  const withTax = order.priceMode === 'inclusive' ? taken.map((part) => ({ ...part, cells: withInclusiveTax(part.slot, part.cells) })) : taken;
  const cells: SlotCells[] = withTax
    .filter(({ cells: slotCells }) => Object.values(slotCells).some((value) => value !== 0))
    .map(({ slot, cells: slotCells }) => ({ itemId: slot.itemId, slot: slot.slot, cells: slotCells }));
  const releasedSlots: SlotRef[] = released.map((slot) => ({ itemId: slot.itemId, slot: slot.slot }));
  const total = totalCells(cells);
  return {
    amount: moneyOf(total, order.priceMode),
    breakdown: breakdownOf(total),
    discount: discountCarried(order, cells),
    allocation: { cells, releasedSlots },
    ticketIds: released.flatMap((slot) => (slot.ticketId ? [slot.ticketId] : [])),
  };
}

/**
 * Inclusive prices: a component's refund carries the tax inside it. The tax refunded for a component is
 * kept proportional to the part of the component refunded so far (cumulatively), so the last refund of a
 * component returns exactly the rest of its tax.
 */
function withInclusiveTax(slot: LedgerSlot, moneyCells: Cells): Cells {
  const cells = { ...moneyCells };
  for (const component of MONEY_COMPONENTS) {
    const tax = TAX_OF[component];
    const paid = slot.paid[component];
    if (paid === 0) {
      cells[tax] = 0;
      continue;
    }
    const refundedAfter = slot.refunded[component] + moneyCells[component];
    const taxDueAfter = prorate(slot.paid[tax], refundedAfter, paid);
    cells[tax] = Math.max(0, taxDueAfter - slot.refunded[tax]);
  }
  return cells;
}
