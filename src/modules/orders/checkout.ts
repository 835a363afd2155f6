/**
 * Checkout (SPEC §5): validate against the peers, price, persist PENDING, then the saga — hold the tickets,
 * create the payment intent, move to RESERVED. A failed step undoes the earlier ones; a crash mid-saga is
 * undone by the recovery job (recoverStuckCheckout) once the order's saga deadline passes.
 */
import { createHash, randomUUID } from 'node:crypto';
import { checkOrderLimits } from '../../core/order-limits.js';
import { LIVE_STATUSES } from '../../core/order-status.js';
import { flatTax, priceOrder, type TaxCalculator } from '../../core/pricing.js';
import { quantitiesByType, saleProblem } from '../../core/checkout-rules.js';
import { enqueueMessage } from '../../bus/outbox.js';
import { AppError, CheckoutRejected, InvalidState, NotFound, SoldOut, TaxLocationUnknown } from '../../errors.js';
import type { Principal } from '../../http/auth.js';
import type { Currency, PeerEvent, TicketType } from '../../peers/contract.js';
import { readTenantSettings, type TenantSettings } from '../tenant-settings/repository.js';
import type { OrderDependencies } from './dependencies.js';
import { moveOrder, orderMessageData } from './lifecycle.js';
import { SYSTEM_ACTOR, type Actor, type Order } from './model.js';
import { releaseHeldResources } from './peer-effects.js';
import {
  appendTimeline,
  countLiveOrders,
  findOrder,
  insertOrder,
  lockUserEvent,
  updateOrderIf,
  type ClaimedOrder,
  type NewOrder,
} from './repository.js';

export interface CheckoutRequest {
  eventId: string;
  items: { ticketTypeId: string; quantity: number }[];
  currency?: Currency;
  metadata?: Record<string, string>;
}

/** The same user's same Idempotency-Key always names the same order, so a re-run can never create a second. */
export function orderIdForIdempotencyKey(tenantId: string, userId: string, key: string): string {
  const hex = createHash('sha256').update(`order:${tenantId}:${userId}:${key}`).digest('hex');
  // Shape as an RFC 9562 UUID version 8 (custom), variant 10.
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function intentIdempotencyKey(orderId: string): string {
  return `order:${orderId}:intent`;
}

function taxCalculatorFor(settings: TenantSettings): TaxCalculator {
  const fallback = settings.tax.fallback;
  if (fallback.mode === 'reject') {
    throw new TaxLocationUnknown('No tax jurisdiction matches the venue and the tenant rejects unknown locations');
  }
  return flatTax(fallback.rate ?? '8');
}

function pricedCart(request: CheckoutRequest, types: TicketType[], event: PeerEvent) {
  const byId = new Map(types.map((type) => [type.id, type]));
  const cart = request.items.map((item, index) => {
    const type = byId.get(item.ticketTypeId);
    if (!type) {
      throw new CheckoutRejected('UNKNOWN_TICKET_TYPE', `Ticket type ${item.ticketTypeId} is not sold for this event`, {
        field: `items[${index}].ticketTypeId`,
      });
    }
    if (type.currency !== event.currency) throw new CheckoutRejected('CURRENCY_MISMATCH', `Ticket type ${type.id} is not priced in ${event.currency}`);
    return { ticketTypeId: item.ticketTypeId, quantity: item.quantity, unitPrice: type.price };
  });
  for (const [ticketTypeId, quantity] of quantitiesByType(request.items)) {
    const available = byId.get(ticketTypeId)?.available ?? 0;
    if (available < quantity) throw new SoldOut(`Only ${available} tickets of type ${ticketTypeId} are available`, { ticketTypeId, available });
  }
  return cart;
}

export class CheckoutSaga {
  constructor(private readonly deps: OrderDependencies) {}

  async checkout(principal: Principal, request: CheckoutRequest, idempotencyKey: string | null): Promise<Order> {
    const { peers, clock, config } = this.deps;
    const ctx = { tenantId: principal.tenantId };
    const event = await peers.events.getEvent(request.eventId, ctx);
    if (!event || event.tenantId !== principal.tenantId) throw new NotFound(`Event ${request.eventId} not found`);
    const problem = saleProblem(event, clock.now());
    if (problem) throw new CheckoutRejected('EVENT_NOT_ON_SALE', problem);
    if (request.currency && request.currency !== event.currency) {
      throw new CheckoutRejected('CURRENCY_MISMATCH', `The event is sold in ${event.currency}, not ${request.currency}`);
    }
    const cart = pricedCart(request, await peers.tickets.listTicketTypes(request.eventId, ctx), event);

    const now = clock.now();
    const holdSeconds = principal.vip ? config.reservation.vipHoldSeconds : config.reservation.holdSeconds;
    const orderId = idempotencyKey ? orderIdForIdempotencyKey(principal.tenantId, principal.userId, idempotencyKey) : randomUUID();
    const actor: Actor = { type: 'user', id: principal.userId, role: principal.roles.join(','), ip: principal.ip };

    const created = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      await lockUserEvent(tx, principal.tenantId, principal.userId, request.eventId);
      const existing = await findOrder(tx, orderId);
      if (existing) return { order: existing, isNew: false };
      const settings = await readTenantSettings(tx, principal.tenantId);
      const pricing = priceOrder({ items: cart, fees: settings.fees, priceMode: settings.tax.priceMode, tax: taxCalculatorFor(settings) });
      const live = await countLiveOrders(tx, principal.userId, request.eventId, LIVE_STATUSES);
      const violation = checkOrderLimits({ items: cart, total: pricing.totals.total, liveOrdersOfUserForEvent: live });
      if (violation) {
        const { code, message, ...details } = violation;
        throw new CheckoutRejected(code, message, details);
      }
      const order: NewOrder = {
        id: orderId,
        tenantId: principal.tenantId,
        userId: principal.userId,
        eventId: request.eventId,
        status: 'PENDING',
        currency: event.currency,
        priceMode: pricing.priceMode,
        ...pricing.totals,
        taxes: pricing.taxes,
        taxLines: pricing.taxLines,
        reservationId: randomUUID(),
        reservationExpiresAt: new Date(now.getTime() + holdSeconds * 1000),
        vip: principal.vip,
        metadata: request.metadata ?? {},
        sagaDeadline: new Date(now.getTime() + config.sagaTimeoutSeconds * 1000),
        createdAt: now,
        items: pricing.items.map((item, position) => ({ ...item, id: randomUUID(), position, ticketIds: [] })),
      };
      await insertOrder(tx, order);
      const stored = await findOrder(tx, orderId);
      if (!stored) throw new Error('the order just inserted is not readable');
      await appendTimeline(tx, { tenantId: order.tenantId, orderId, type: 'order.created', toStatus: 'PENDING', actor, at: now });
      await enqueueMessage(tx, { type: 'order.created', tenantId: order.tenantId, data: orderMessageData(stored), time: now });
      return { order: stored, isNew: true };
    });
    if (!created.isNew) return created.order;
    this.deps.metrics.ordersTotal.inc({ event: 'created' });
    return this.runSaga(created.order, actor);
  }

  private async runSaga(order: Order, actor: Actor): Promise<Order> {
    const { peers, config } = this.deps;
    const ctx = { tenantId: order.tenantId };
    const reservationId = order.reservationId ?? randomUUID();
    let paymentIntentId: string | null = null;
    try {
      const holdUntil = new Date((order.reservationExpiresAt?.getTime() ?? 0) + config.reservation.graceSeconds * 1000);
      await peers.tickets.reserve(
        {
          reservationId,
          eventId: order.eventId,
          items: order.items.map((item) => ({ ticketTypeId: item.ticketTypeId, quantity: item.quantity })),
          expiresAt: holdUntil.toISOString(),
        },
        ctx,
      );
      const intent = await peers.payments.createIntent(
        { orderId: order.id, amount: order.total, currency: order.currency },
        intentIdempotencyKey(order.id),
        ctx,
      );
      paymentIntentId = intent.id;
      const reserved = await this.deps.db.tenant(order.tenantId, (tx) =>
        moveOrder(tx, {
          order,
          action: 'reserve',
          actor,
          now: this.deps.clock.now(),
          patch: { paymentIntentId: intent.id, paymentClientSecret: intent.clientSecret, paymentStatus: intent.status, sagaDeadline: null },
        }),
      );
      this.deps.metrics.ordersTotal.inc({ event: 'reserved' });
      return reserved;
    } catch (error) {
      await this.abandon({ ...order, reservationId, paymentIntentId }, error);
      throw error;
    }
  }

  /**
   * Undoes a checkout that cannot complete. If the peers confirm the undo, the order ends CANCELLED with
   * the cause; if not, it stays PENDING and the recovery job tries again after the saga deadline.
   */
  private async abandon(order: Order, cause: unknown): Promise<void> {
    const failureCode = cause instanceof AppError ? cause.code : 'INTERNAL';
    const released = await releaseHeldResources(this.deps.peers, order, this.deps.log);
    await this.deps.db
      .tenant(order.tenantId, async (tx) => {
        const now = this.deps.clock.now();
        if (!released) {
          await updateOrderIf(tx, order.id, ['PENDING'], 'PENDING', { failureCode }, now);
          return;
        }
        await moveOrder(tx, {
          order,
          action: 'fail',
          actor: SYSTEM_ACTOR,
          now,
          reason: cause instanceof Error ? cause.message : 'checkout failed',
          data: { failureCode },
          patch: { failureCode, cancelReason: `checkout failed: ${failureCode}`, cancelledAt: now, sagaDeadline: null },
        });
        this.deps.metrics.ordersTotal.inc({ event: 'cancelled' });
      })
      .catch((error: unknown) => {
        // Another instance (recovery) already settled the order; nothing is left to undo here.
        if (!(error instanceof InvalidState)) this.deps.log.error({ err: error, orderId: order.id }, 'could not record a failed checkout');
      });
  }

  /**
   * Undoes a checkout whose saga never finished (crash, lost instance). Creating the intent again with the
   * order's idempotency key answers the intent if one was made, so it can be cancelled; if none was made,
   * the one made here is cancelled at once. Answers true when the order is settled.
   */
  async recoverStuckCheckout(claimed: ClaimedOrder): Promise<boolean> {
    const { peers } = this.deps;
    const ctx = { tenantId: claimed.tenantId };
    let paymentIntentId = claimed.paymentIntentId;
    try {
      if (!paymentIntentId) {
        const intent = await peers.payments.createIntent(
          { orderId: claimed.id, amount: claimed.total, currency: claimed.currency as Currency },
          intentIdempotencyKey(claimed.id),
          ctx,
        );
        paymentIntentId = intent.id;
      }
    } catch (error) {
      this.deps.log.warn({ err: error, orderId: claimed.id }, 'recovery could not look up the payment intent');
      return false;
    }
    const released = await releaseHeldResources(peers, { ...claimed, paymentIntentId }, this.deps.log);
    if (!released) return false;
    return this.deps.db.tenant(claimed.tenantId, async (tx) => {
      const order = await findOrder(tx, claimed.id, { forUpdate: true });
      if (!order || order.status !== 'PENDING') return true;
      const now = this.deps.clock.now();
      await moveOrder(tx, {
        order,
        action: 'fail',
        actor: { type: 'system', id: 'saga-recovery' },
        now,
        reason: 'checkout did not complete in time; hold and payment intent released',
        data: { failureCode: order.failureCode ?? 'SAGA_TIMEOUT' },
        patch: { failureCode: order.failureCode ?? 'SAGA_TIMEOUT', cancelReason: 'checkout did not complete', cancelledAt: now, sagaDeadline: null },
      });
      this.deps.metrics.ordersTotal.inc({ event: 'cancelled' });
      return true;
    });
  }
}
