/**
 * One way to change an order's status: the transition table decides, a conditional update guards against
 * races, and the timeline entry and outbox message are written in the same transaction.
 */
import type { Tx } from '../../db/database.js';
import type { CarriedWrite } from '../../db/carried-write.js';
import { transition, type OrderAction, type OrderStatus } from '../../core/order-status.js';
import type { OrderMessageType } from '../../bus/cloud-event.js';
import { InvalidState } from '../../errors.js';
import { releaseRedemptions } from '../promotions/index.js';
import type { Actor, Order } from './model.js';
import { appendTimeline, updateOrderIf, type NewTimelineEntry, type TransitionPatch } from './repository.js';

const MESSAGE_OF_STATUS: Partial<Record<OrderStatus, OrderMessageType>> = {
  RESERVED: 'order.reserved',
  CONFIRMED: 'order.confirmed',
  CANCELLED: 'order.cancelled',
  EXPIRED: 'order.expired',
  PARTIALLY_REFUNDED: 'order.refunded',
  REFUNDED: 'order.refunded',
};

/** The message payload every order.* message carries. */
export function orderMessageData(order: Order): Record<string, unknown> {
  return {
    orderId: order.id,
    orderNumber: order.orderNumber,
    userId: order.userId,
    eventId: order.eventId,
    status: order.status,
    currency: order.currency,
    total: order.total,
    refundedAmount: order.refundedAmount,
    items: order.items.map((item) => ({
      id: item.id,
      ticketTypeId: item.ticketTypeId,
      quantity: item.quantity,
      total: item.total,
      ticketIds: item.ticketIds,
    })),
    ...(order.paymentIntentId ? { paymentIntentId: order.paymentIntentId } : {}),
    ...(order.cancelReason ? { reason: order.cancelReason } : {}),
  };
}

export interface MoveOrder {
  order: Order;
  action: OrderAction;
  actor: Actor;
  now: Date;
  patch?: TransitionPatch;
  reason?: string | null;
  data?: Record<string, unknown>;
  /** A write of the caller, given the order as moved, carried by the timeline's statement (see CarriedWrite). */
  alongside?: (moved: Order) => CarriedWrite;
  /** A timeline entry that comes just before the transition's own (written with it, in one statement). */
  before?: NewTimelineEntry;
}

/**
 * Applies `action` to the order or throws INVALID_STATE (illegal transition, or a racing request moved the
 * order first). Answers the order as it is now.
 */
export async function moveOrder(tx: Tx, move: MoveOrder): Promise<Order> {
  const { order, action, actor, now } = move;
  const to = transition(order.status, action);
  if (!to) throw new InvalidState(`An order in status ${order.status} cannot be moved by "${action}"`);
  // An order that ends holding peer resources records when their release may be retried (peer-effects.ts).
  const holds = (to === 'CANCELLED' || to === 'EXPIRED') && (order.reservationId !== null || order.paymentIntentId !== null);
  const moved = await updateOrderIf(tx, order.id, [order.status], to, { ...(holds ? { releasePendingSince: now } : {}), ...move.patch }, now);
  if (!moved) throw new InvalidState(`The order changed status concurrently; "${action}" no longer applies`);
  // An order that ends before payment gives its promo code's redemption back; a paid one keeps it.
  if (moved.promotion && (to === 'CANCELLED' || to === 'EXPIRED')) await releaseRedemptions(tx, [moved.id], now);
  const messageType = MESSAGE_OF_STATUS[to];
  const message = messageType ? { type: messageType, tenantId: order.tenantId, data: orderMessageData(moved), time: now } : undefined;
  const entry: NewTimelineEntry = {
    tenantId: order.tenantId,
    orderId: order.id,
    type: messageType ?? `order.${action}`,
    fromStatus: order.status,
    toStatus: to,
    actor,
    reason: move.reason ?? null,
    data: move.data ?? {},
    at: now,
  };
  await appendTimeline(tx, move.before ? [move.before, entry] : entry, message, move.alongside?.(moved));
  return moved;
}
