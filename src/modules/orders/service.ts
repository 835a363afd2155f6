/**
 * The order use cases other than checkout and confirmation: reading, listing, the timeline, cancellation,
 * extending a hold, expiring. Each runs in one tenant transaction; peer side effects follow the commit.
 */
import type { OrderStatus } from '../../core/order-status.js';
import { assignTickets } from '../../core/checkout-rules.js';
import type { Tx } from '../../db/database.js';
import type { AllocatedTicket } from '../../peers/contract.js';
import { InvalidState, NotFound, ReservationNotExtendable } from '../../errors.js';
import { keysetAfter, keysetPositionOf, pageOf } from '../../db/keyset.js';
import type { Principal } from '../../http/auth.js';
import { actorOf, listedUser, visibleOrder } from './access.js';
import type { OrderDependencies } from './dependencies.js';
import { moveOrder } from './lifecycle.js';
import { PAYMENT_SERVICE_ACTOR, type Actor, type Order, type TimelineEntry } from './model.js';
import { releaseEndedOrders } from './peer-effects.js';
import { appendTimeline, findOrder, findOrderTenant, listExpiringSoon, setItemTickets, listOrders, listTimeline, updateOrderIf, type ExpiringOrder } from './repository.js';

export interface OrderListQuery {
  orderNumber?: string;
  status?: OrderStatus;
  eventId?: string;
  userId?: string;
  createdFrom?: Date;
  createdTo?: Date;
  limit: number;
  cursor?: string;
}

export class OrderService {
  constructor(private readonly deps: OrderDependencies) {}

  getOrder(principal: Principal, orderId: string): Promise<Order> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => visibleOrder(await findOrder(tx, orderId), principal));
  }

  async listOrders(principal: Principal, query: OrderListQuery): Promise<{ data: Order[]; nextCursor: string | null }> {
    const after = keysetAfter(query.cursor);
    const userId = listedUser(principal, query.userId);
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) => listOrders(tx, { ...query, userId, after }));
    return pageOf(rows, query.limit, keysetPositionOf);
  }

  timeline(principal: Principal, orderId: string): Promise<TimelineEntry[]> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      visibleOrder(await findOrder(tx, orderId), principal);
      return listTimeline(tx, orderId);
    });
  }

  async cancel(principal: Principal, orderId: string, reason: string): Promise<Order> {
    const cancelled = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      const order = visibleOrder(await findOrder(tx, orderId), principal);
      if (order.status !== 'PENDING' && order.status !== 'RESERVED') {
        throw new InvalidState(`An order in status ${order.status} cannot be cancelled; paid orders are refunded instead`);
      }
      const now = this.deps.clock.now();
      return moveOrder(tx, {
        order,
        action: 'cancel',
        actor: actorOf(principal),
        now,
        reason,
        patch: { cancelReason: reason, cancelledAt: now, sagaDeadline: null },
      });
    });
    this.deps.metrics.ordersTotal.inc({ event: 'cancelled' });
    await releaseEndedOrders(this.deps, [cancelled]);
    return cancelled;
  }

  /** Extends a RESERVED hold once by the configured maximum, at the Ticket service first. */
  async extendReservation(principal: Principal, orderId: string): Promise<Order> {
    const { db, peers, clock, config } = this.deps;
    const order = await db.tenant(principal.tenantId, async (tx) => visibleOrder(await findOrder(tx, orderId), principal));
    if (order.status !== 'RESERVED') throw new InvalidState(`Only a RESERVED order's hold can be extended (status ${order.status})`);
    const now = clock.now();
    if (order.reservationExtended) throw new ReservationNotExtendable('The hold was already extended once');
    if (!order.reservationId || !order.reservationExpiresAt || order.reservationExpiresAt <= now) {
      throw new ReservationNotExtendable('The hold has already ended');
    }
    if (config.reservation.maxExtensionSeconds === 0) throw new ReservationNotExtendable('Hold extensions are disabled');
    const extendedUntil = new Date(order.reservationExpiresAt.getTime() + config.reservation.maxExtensionSeconds * 1000);
    await peers.tickets.reserve(
      {
        reservationId: order.reservationId,
        eventId: order.eventId,
        items: order.items.map((item) => ({ ticketTypeId: item.ticketTypeId, quantity: item.quantity })),
        expiresAt: new Date(extendedUntil.getTime() + config.reservation.graceSeconds * 1000).toISOString(),
      },
      { tenantId: order.tenantId },
    );
    return db.tenant(principal.tenantId, async (tx) => {
      const updated = await updateOrderIf(
        tx,
        order.id,
        ['RESERVED'],
        'RESERVED',
        { reservationExpiresAt: extendedUntil, reservationExtended: true },
        clock.now(),
      );
      if (!updated) throw new InvalidState('The order changed while its hold was being extended');
      await appendTimeline(tx, {
        tenantId: order.tenantId,
        orderId: order.id,
        type: 'order.reservation_extended',
        fromStatus: 'RESERVED',
        toStatus: 'RESERVED',
        actor: actorOf(principal),
        data: { from: order.reservationExpiresAt?.toISOString(), to: extendedUntil.toISOString() },
        at: clock.now(),
      });
      return updated;
    });
  }

  /**
   * payment.failed (SPEC §5.6): recorded on the timeline; a RESERVED order stays RESERVED so the customer
   * can retry until the hold ends. Runs in the caller's transaction (with the inbox record).
   */
  async recordPaymentFailed(tx: Tx, orderId: string, detail: { paymentIntentId?: string; reason?: string }): Promise<void> {
    const order = await findOrder(tx, orderId);
    if (!order) throw new NotFound(`Order ${orderId} not found`);
    const now = this.deps.clock.now();
    if (order.status === 'RESERVED') await updateOrderIf(tx, order.id, ['RESERVED'], 'RESERVED', { paymentStatus: 'failed' }, now);
    await appendTimeline(tx, {
      tenantId: order.tenantId,
      orderId: order.id,
      type: 'payment.failed',
      fromStatus: order.status,
      toStatus: order.status,
      actor: PAYMENT_SERVICE_ACTOR,
      reason: detail.reason ?? 'payment failed',
      data: { paymentIntentId: detail.paymentIntentId ?? order.paymentIntentId },
      at: now,
    });
  }

  /** ticket.allocated (SPEC §5.8): attaches the ticket ids to the items that have none yet. */
  async attachAllocatedTickets(tx: Tx, orderId: string, tickets: AllocatedTicket[]): Promise<void> {
    const order = await findOrder(tx, orderId, { forUpdate: true });
    if (!order) throw new NotFound(`Order ${orderId} not found`);
    const missing = order.items.filter((item) => item.ticketIds.length === 0);
    if (missing.length === 0) return;
    const assignment = assignTickets(missing, tickets);
    await setItemTickets(tx, order.id, assignment);
    await appendTimeline(tx, {
      tenantId: order.tenantId,
      orderId: order.id,
      type: 'tickets.allocated',
      actor: { type: 'service', id: 'ticket-service' },
      data: { ticketIds: tickets.map((ticket) => ticket.ticketId) },
      at: this.deps.clock.now(),
    });
  }

  /** RESERVED orders whose hold ends within `minutes`, soonest first (scheduler's internal route). */
  expiringSoon(minutes: number, limit: number): Promise<ExpiringOrder[]> {
    const until = new Date(this.deps.clock.now().getTime() + minutes * 60_000);
    return this.deps.db.system((tx) => listExpiringSoon(tx, until, limit));
  }

  /** Expires one RESERVED order now (scheduler's internal route). */
  async expireNow(orderId: string, actor: Actor): Promise<Order> {
    const tenantId = await this.deps.db.system((tx) => findOrderTenant(tx, orderId));
    if (!tenantId) throw new NotFound(`Order ${orderId} not found`);
    const expired = await this.deps.db.tenant(tenantId, async (tx) => {
      const order = await findOrder(tx, orderId);
      if (!order) throw new NotFound(`Order ${orderId} not found`);
      const now = this.deps.clock.now();
      return moveOrder(tx, { order, action: 'expire', actor, now, reason: 'expired on request', patch: { expiredAt: now } });
    });
    this.deps.metrics.ordersTotal.inc({ event: 'expired' });
    await releaseEndedOrders(this.deps, [expired]);
    return expired;
  }
}
