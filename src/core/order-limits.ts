/**
 * Checkout limits of SPEC §5.1, as data plus one decision. The parts are exported too, so the checkout can
 * refuse an impossible cart before it asks the Ticket service for prices, and check the total afterwards.
 */
import { quantitiesByType } from './checkout-rules.js';
import type { Minor } from './money.js';

export const MIN_ITEMS_PER_ORDER = 1;
export const MAX_ITEMS_PER_ORDER = 50;
export const MIN_QUANTITY_PER_ITEM = 1;
export const MAX_QUANTITY_PER_ITEM = 10;
/** Summed over every item of the same ticket type, so splitting a type into several items does not help. */
export const MAX_TICKETS_PER_TICKET_TYPE = 20;
export const MAX_TICKETS_PER_ORDER = 100;
/** 1.00 and 100,000.00: every supported currency (USD, EUR, GBP, CAD, AUD) has two decimals. */
export const MIN_ORDER_TOTAL: Minor = 100;
export const MAX_ORDER_TOTAL: Minor = 10_000_000;
/** Which statuses count as live is the caller's query; the order being created would be one more. */
export const MAX_LIVE_ORDERS_PER_USER_PER_EVENT = 5;

export type OrderLimitRule =
  | 'ITEMS_PER_ORDER'
  | 'QUANTITY_PER_ITEM'
  | 'TICKETS_PER_TICKET_TYPE'
  | 'TICKETS_PER_ORDER'
  | 'LIVE_ORDERS_PER_USER_PER_EVENT';

export interface AllowedRange {
  min: number;
  max: number;
}

export interface OrderLimitExceeded {
  code: 'ORDER_LIMIT_EXCEEDED';
  rule: OrderLimitRule;
  /** The request field at fault (e.g. `items[2].quantity`), for a VALIDATION-style `errors` entry. */
  field?: string;
  allowed: AllowedRange;
  actual: number;
  message: string;
}

export interface OrderTotalOutOfRange {
  code: 'ORDER_TOTAL_OUT_OF_RANGE';
  allowed: AllowedRange;
  actual: Minor;
  message: string;
}

export type LimitViolation = OrderLimitExceeded | OrderTotalOutOfRange;

export interface LimitedCartItem {
  ticketTypeId: string;
  quantity: number;
}

export interface OrderLimitsInput {
  items: readonly LimitedCartItem[];
  total: Minor;
  liveOrdersOfUserForEvent: number;
}

/** The first limit the order breaks, or null when it may be placed. */
export function checkOrderLimits(input: OrderLimitsInput): LimitViolation | null {
  return (
    checkCartLimits(input.items) ??
    checkOrderTotal(input.total) ??
    checkLiveOrderCount(input.liveOrdersOfUserForEvent)
  );
}

/** Item count, quantity per item, tickets per ticket type and tickets per order. */
export function checkCartLimits(items: readonly LimitedCartItem[]): OrderLimitExceeded | null {
  return (
    checkItemCount(items.length) ??
    firstViolation(items.map((item, index) => checkItemQuantity(item.quantity, index))) ??
    checkTicketsPerTicketType(items) ??
    checkTicketsPerOrder(items)
  );
}

export function checkOrderTotal(total: Minor): OrderTotalOutOfRange | null {
  if (Number.isSafeInteger(total) && total >= MIN_ORDER_TOTAL && total <= MAX_ORDER_TOTAL) return null;
  return {
    code: 'ORDER_TOTAL_OUT_OF_RANGE',
    allowed: { min: MIN_ORDER_TOTAL, max: MAX_ORDER_TOTAL },
    actual: total,
    message:
      `The order total must be between ${formatTwoDecimals(MIN_ORDER_TOTAL)} and ` +
      `${formatTwoDecimals(MAX_ORDER_TOTAL)}; this order comes to ${formatTwoDecimals(total)}`,
  };
}

export function checkLiveOrderCount(liveOrdersOfUserForEvent: number): OrderLimitExceeded | null {
  const withThisOrder = liveOrdersOfUserForEvent + 1;
  if (withThisOrder <= MAX_LIVE_ORDERS_PER_USER_PER_EVENT) return null;
  return {
    code: 'ORDER_LIMIT_EXCEEDED',
    rule: 'LIVE_ORDERS_PER_USER_PER_EVENT',
    allowed: { min: 0, max: MAX_LIVE_ORDERS_PER_USER_PER_EVENT },
    actual: withThisOrder,
    message:
      `A user may have at most ${MAX_LIVE_ORDERS_PER_USER_PER_EVENT} live orders for one event; ` +
      `you already have ${liveOrdersOfUserForEvent}`,
  };
}

function checkItemCount(itemCount: number): OrderLimitExceeded | null {
  if (itemCount >= MIN_ITEMS_PER_ORDER && itemCount <= MAX_ITEMS_PER_ORDER) return null;
  return {
    code: 'ORDER_LIMIT_EXCEEDED',
    rule: 'ITEMS_PER_ORDER',
    field: 'items',
    allowed: { min: MIN_ITEMS_PER_ORDER, max: MAX_ITEMS_PER_ORDER },
    actual: itemCount,
    message: `An order has ${MIN_ITEMS_PER_ORDER} to ${MAX_ITEMS_PER_ORDER} items; this one has ${itemCount}`,
  };
}

function checkItemQuantity(quantity: number, index: number): OrderLimitExceeded | null {
  if (Number.isInteger(quantity) && quantity >= MIN_QUANTITY_PER_ITEM && quantity <= MAX_QUANTITY_PER_ITEM) {
    return null;
  }
  return {
    code: 'ORDER_LIMIT_EXCEEDED',
    rule: 'QUANTITY_PER_ITEM',
    field: `items[${index}].quantity`,
    allowed: { min: MIN_QUANTITY_PER_ITEM, max: MAX_QUANTITY_PER_ITEM },
    actual: quantity,
    message: `The quantity of an item must be a whole number from ${MIN_QUANTITY_PER_ITEM} to ${MAX_QUANTITY_PER_ITEM}; item ${index} asks for ${quantity}`,
  };
}

function checkTicketsPerTicketType(items: readonly LimitedCartItem[]): OrderLimitExceeded | null {
  for (const [ticketTypeId, quantity] of quantitiesByType(items)) {
    if (quantity > MAX_TICKETS_PER_TICKET_TYPE) {
      return {
        code: 'ORDER_LIMIT_EXCEEDED',
        rule: 'TICKETS_PER_TICKET_TYPE',
        field: 'items',
        allowed: { min: MIN_QUANTITY_PER_ITEM, max: MAX_TICKETS_PER_TICKET_TYPE },
        actual: quantity,
        message: `At most ${MAX_TICKETS_PER_TICKET_TYPE} tickets of one ticket type per order; ticket type ${ticketTypeId} has ${quantity}`,
      };
    }
  }
  return null;
}

function checkTicketsPerOrder(items: readonly LimitedCartItem[]): OrderLimitExceeded | null {
  const ticketCount = items.reduce((count, item) => count + item.quantity, 0);
  if (ticketCount <= MAX_TICKETS_PER_ORDER) return null;
  return {
    code: 'ORDER_LIMIT_EXCEEDED',
    rule: 'TICKETS_PER_ORDER',
    field: 'items',
    allowed: { min: MIN_ITEMS_PER_ORDER, max: MAX_TICKETS_PER_ORDER },
    actual: ticketCount,
    message: `At most ${MAX_TICKETS_PER_ORDER} tickets per order; this one has ${ticketCount}`,
  };
}

function firstViolation(results: readonly (OrderLimitExceeded | null)[]): OrderLimitExceeded | null {
  return results.find((result) => result !== null) ?? null;
}

/** For messages only: amounts stay in minor units everywhere else. */
function formatTwoDecimals(amount: Minor): string {
  if (!Number.isSafeInteger(amount)) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount);
  const whole = String(Math.trunc(magnitude / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  const cents = String(magnitude % 100).padStart(2, '0');
  return `${sign}${whole}.${cents}`;
}
