/**
 * The order state machine (SPEC §5) as data: the only legal transitions, each named by what causes it.
 * Services ask `transition(from, action)` for the target status and then write it with a conditional
 * update (WHERE status = from), so two racing requests can never both move the same order.
 */
export const ORDER_STATUSES = [
  'PENDING',
  'RESERVED',
  'CONFIRMED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'CANCELLED',
  'EXPIRED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type OrderAction = 'reserve' | 'fail' | 'cancel' | 'confirm' | 'expire' | 'refund_partially' | 'refund_fully';

/** from → action → to. Anything missing here is illegal. */
const TRANSITIONS: Readonly<Record<OrderStatus, Partial<Record<OrderAction, OrderStatus>>>> = {
  PENDING: { reserve: 'RESERVED', fail: 'CANCELLED', cancel: 'CANCELLED' },
  RESERVED: { confirm: 'CONFIRMED', expire: 'EXPIRED', cancel: 'CANCELLED' },
  CONFIRMED: { refund_partially: 'PARTIALLY_REFUNDED', refund_fully: 'REFUNDED' },
  PARTIALLY_REFUNDED: { refund_partially: 'PARTIALLY_REFUNDED', refund_fully: 'REFUNDED' },
  REFUNDED: {},
  CANCELLED: {},
  EXPIRED: {},
};

/** The status `action` leads to from `from`, or null when the transition is illegal. */
export function transition(from: OrderStatus, action: OrderAction): OrderStatus | null {
  return TRANSITIONS[from][action] ?? null;
}

/** The statuses from which `action` is legal. */
export function sourcesOf(action: OrderAction): OrderStatus[] {
  return ORDER_STATUSES.filter((status) => TRANSITIONS[status][action] !== undefined);
}

/** Orders that hold inventory and count against the per-user live-order limit. */
export const LIVE_STATUSES: readonly OrderStatus[] = ['PENDING', 'RESERVED'];

/** Orders that were paid for (refunds apply to these). */
export const PAID_STATUSES: readonly OrderStatus[] = ['CONFIRMED', 'PARTIALLY_REFUNDED'];

export function isTerminal(status: OrderStatus): boolean {
  return Object.keys(TRANSITIONS[status]).length === 0;
}
