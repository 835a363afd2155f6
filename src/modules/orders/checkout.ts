/**
 * Checkout (SPEC §5): validate against the peers, price, persist PENDING, then the saga — hold the tickets,
 * create the payment intent, move to RESERVED. A failed step undoes the earlier ones; a crash mid-saga is
 * undone by the recovery job (recoverStuckCheckout) once the order's saga deadline passes.
 */
import { randomUUID } from 'node:crypto';
import { checkCartLimits, checkOrderLimits } from '../../core/order-limits.js';
import { priceOrder } from '../../core/pricing.js';
import { calendarDateOf } from '../../core/tax.js';
import { quantitiesByType, saleProblem } from '../../core/checkout-rules.js';
import { cancellationStartedCondition } from '../event-cancellation/index.js';
import { AppError, CheckoutRejected, InvalidState, NotFound, SoldOut, UpstreamUnavailable } from '../../errors.js';
import type { Tx } from '../../db/database.js';
import type { CarriedWrite } from '../../db/carried-write.js';
import type { ReferenceCache } from '../../kv/reference-cache.js';
import type { Principal } from '../../http/auth.js';
import type { Currency, PeerEvent, TicketType } from '../../peers/contract.js';
import { readTenantSettingsCached, type TenantSettings } from '../tenant-settings/index.js';
import { planTax, venueLocation, type TaxPlan } from '../tax/index.js';
import { applyPromoCode, redeemPromoCode, type AppliedPromoCode } from '../promotions/index.js';
import type { Billing } from '../documents/index.js';
import type { OrderDependencies } from './dependencies.js';
import { moveOrder, orderMessageData } from './lifecycle.js';
import { SYSTEM_ACTOR, type Actor, type Order } from './model.js';
import { releaseHeldResources } from './peer-effects.js';
import {
  appendTimeline,
  checkoutFacts,
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
  /** One of the buyer's own exemption certificates (SPEC §7). */
  exemptionId?: string;
  /** Shown as the buyer on the order's invoices and credit notes (SPEC §15). */
  billing?: Billing;
  /** A promo code (SPEC §14). */
  promoCode?: string;
}

export interface CheckoutOptions {
  /**
   * A write to make in the transaction that reserves the order, given the order as reserved (the request's
   * Idempotency-Key answer, say); carried by a statement of that transaction (see CarriedWrite). Called at
   * most once; checkout answers that order if and only if that transaction committed.
   */
  withReservation?: (reserved: Order) => CarriedWrite;
}

/** A checkout that ended in its own failure (not a later cancel by someone). */
function isFailedCheckout(order: Order): boolean {
  return order.status === 'CANCELLED' && order.failureCode !== null;
}

export function intentIdempotencyKey(orderId: string): string {
  return `order:${orderId}:intent`;
}

/**
 * The order's tax (SPEC §7): the jurisdictions of the event's venue with the rates in force on the day of
 * checkout (UTC), or the tenant fallback, and the buyer's own exemption certificate when one is given.
 * Throws TAX_LOCATION_UNKNOWN or TAX_EXEMPTION_INVALID before anything is held or charged.
 */
function taxPlanFor(
  tx: Tx,
  reference: ReferenceCache,
  settings: TenantSettings,
  event: PeerEvent,
  request: CheckoutRequest,
  principal: Principal,
  now: Date,
): Promise<TaxPlan> {
  return planTax(tx, {
    location: venueLocation(event.venue),
    date: calendarDateOf(now),
    fallback: settings.tax.fallback,
    ...(request.exemptionId !== undefined ? { exemption: { id: request.exemptionId, holderUserId: principal.userId } } : {}),
    cached: { cache: reference, tenantId: principal.tenantId },
  });
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
    return { ticketTypeId: item.ticketTypeId, quantity: item.quantity, unitPrice: type.price, description: `${event.name} — ${type.name}` };
  });
  for (const [ticketTypeId, quantity] of quantitiesByType(request.items)) {
    const available = byId.get(ticketTypeId)?.available ?? 0;
    if (available < quantity) throw soldOut(ticketTypeId, available);
  }
  return cart;
}

const soldOut = (ticketTypeId: string, available: number) =>
  new SoldOut(`Only ${available} tickets of type ${ticketTypeId} are available`, { ticketTypeId, available });

/**
 * The 409 SOLD_OUT that pricedCart would throw on the Ticket service's listing, known from the listing this
 * instance remembers (a type of it sold out a moment ago), or null when the remembered listing cannot tell:
 * only a type remembered with nothing available is trusted, and only where pricedCart would look at it
 * first; any other case (an unknown type, another currency, a type that had tickets) asks the Ticket service.
 */
function rememberedSoldOut(request: CheckoutRequest, remembered: TicketType[], event: PeerEvent): SoldOut | null {
  const byId = new Map(remembered.map((type) => [type.id, type]));
  if (request.items.some((item) => byId.get(item.ticketTypeId)?.currency !== event.currency)) return null;
  const [first] = quantitiesByType(request.items);
  if (!first) return null;
  const [ticketTypeId, quantity] = first;
  const available = byId.get(ticketTypeId)?.available;
  return available === 0 && quantity > 0 ? soldOut(ticketTypeId, 0) : null;
}

/** The promo code applied to the cart, or 422 PROMO_CODE_INVALID / 409 PROMO_CODE_EXHAUSTED (see the promotions area). */
function promoFor(tx: Tx, code: string, principal: Principal, event: PeerEvent, cart: ReturnType<typeof pricedCart>, now: Date): Promise<AppliedPromoCode> {
  return applyPromoCode(tx, {
    tenantId: principal.tenantId,
    userId: principal.userId,
    code,
    cart: {
      eventId: event.id,
      currency: event.currency,
      items: cart.map((item) => ({ ticketTypeId: item.ticketTypeId, subtotal: item.unitPrice * item.quantity })),
    },
    now,
  });
}

export class CheckoutSaga {
  constructor(private readonly deps: OrderDependencies) {}

  /**
   * True when the first ticket type of a (not yet validated) checkout body is remembered sold out: the checkout
   * will most likely be answered 409 SOLD_OUT from memory (checkout() decides), so admission lets it through.
   */
  soldOutRemembered(principal: Pick<Principal, 'tenantId'>, body: unknown): boolean {
    if (!body || typeof body !== 'object') return false;
    const { eventId, items } = body as { eventId?: unknown; items?: unknown };
    if (typeof eventId !== 'string' || !Array.isArray(items)) return false;
    const first: unknown = items[0];
    if (!first || typeof first !== 'object') return false;
    const remembered = this.deps.peers.tickets.rememberedListing?.(eventId, { tenantId: principal.tenantId });
    const ticketTypeId = (first as { ticketTypeId?: unknown }).ticketTypeId;
    return remembered?.some((type) => type.id === ticketTypeId && type.available === 0) ?? false;
  }

  async checkout(principal: Principal, request: CheckoutRequest, idempotencyKey: string | null, options: CheckoutOptions = {}): Promise<Order> {
    const { peers, clock, config } = this.deps;
    const ctx = { tenantId: principal.tenantId };
    // An impossible cart is refused before any peer is asked.
    const cartProblem = checkCartLimits(request.items);
    if (cartProblem) {
      const { code, message, ...details } = cartProblem;
      throw new CheckoutRejected(code, message, details);
    }
    const event = await peers.events.getEvent(request.eventId, ctx);
    if (!event || event.tenantId !== principal.tenantId) throw new NotFound(`Event ${request.eventId} not found`);
    const problem = saleProblem(event, clock.now());
    if (problem) throw new CheckoutRejected('EVENT_NOT_ON_SALE', problem);
    if (request.currency && request.currency !== event.currency) {
      throw new CheckoutRejected('CURRENCY_MISMATCH', `The event is sold in ${event.currency}, not ${request.currency}`);
    }
    // A rush: the type asked for sold out a moment ago, known without a transaction or a Ticket service call.
    const remembered = peers.tickets.rememberedListing?.(request.eventId, ctx);
    const knownSoldOut = remembered ? rememberedSoldOut(request, remembered, event) : null;
    if (knownSoldOut) throw knownSoldOut;
    const cart = pricedCart(request, await peers.tickets.listTicketTypes(request.eventId, ctx), event);

    const now = clock.now();
    const holdSeconds = principal.vip ? config.reservation.vipHoldSeconds : config.reservation.holdSeconds;
    const orderId = randomUUID();
    const actor: Actor = { type: 'user', id: principal.userId, role: principal.roles.join(','), ip: principal.ip };

    const created = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      await lockUserEvent(tx, principal.tenantId, principal.userId, request.eventId);
      const facts = await checkoutFacts(tx, principal.userId, request.eventId, idempotencyKey, cancellationStartedCondition);
      // A retry of a checkout that crashed finds its order; one whose checkout failed makes a new attempt.
      if (facts.existing && !isFailedCheckout(facts.existing)) return { order: facts.existing, isNew: false };
      // The Event service (or our cache of it) may not say so yet; the cancellation job already runs.
      if (facts.eventCancelled) throw new CheckoutRejected('EVENT_NOT_ON_SALE', 'The event has been cancelled');
      const promo = request.promoCode === undefined ? null : await promoFor(tx, request.promoCode, principal, event, cart, now);
      // Both from this instance's memory when read within the last REFERENCE_CACHE_SECONDS (ReferenceCache).
      const settings = await readTenantSettingsCached(tx, principal.tenantId, this.deps.reference);
      const taxPlan = await taxPlanFor(tx, this.deps.reference, settings, event, request, principal, now);
      const pricing = priceOrder({
        items: cart,
        fees: settings.fees,
        priceMode: settings.tax.priceMode,
        tax: taxPlan.calculator,
        ...(promo ? { discounts: promo.discounts } : {}),
      });
      const violation = checkOrderLimits({ items: cart, total: pricing.totals.total, liveOrdersOfUserForEvent: facts.liveOrders });
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
        taxExemption: taxPlan.exemption,
        promotion: promo ? { id: promo.promotion.id, code: promo.promotion.code } : null,
        reservationId: randomUUID(),
        reservationExpiresAt: new Date(now.getTime() + holdSeconds * 1000),
        vip: principal.vip,
        metadata: request.metadata ?? {},
        sagaDeadline: new Date(now.getTime() + config.sagaTimeoutSeconds * 1000),
        createdAt: now,
        idempotencyKey,
        billing: request.billing ?? null,
        items: pricing.items.map((item, position) => ({
          ...item,
          id: randomUUID(),
          position,
          ticketIds: [],
          description: cart[position]?.description ?? null,
        })),
      };
      const stored = await insertOrder(tx, order);
      await appendTimeline(
        tx,
        {
          tenantId: order.tenantId,
          orderId,
          type: 'order.created',
          toStatus: 'PENDING',
          actor,
          at: now,
          ...(order.promotion ? { data: { promotion: order.promotion, discount: order.discount } } : {}),
        },
        { type: 'order.created', tenantId: order.tenantId, data: orderMessageData(stored), time: now },
      );
      // Last, so that a limited code's counter is held only until the commit that follows.
      if (promo) {
        const redemption = { id: orderId, tenantId: order.tenantId, userId: order.userId, discount: order.discount, currency: order.currency, at: now };
        await redeemPromoCode(tx, promo, redemption);
      }
      return { order: stored, isNew: true };
    });
    if (!created.isNew) return created.order;
    this.deps.metrics.ordersTotal.inc({ event: 'created' });
    return this.runSaga(created.order, actor, options.withReservation);
  }

  private async runSaga(order: Order, actor: Actor, withReservation?: (reserved: Order) => CarriedWrite): Promise<Order> {
    const { peers, config } = this.deps;
    const ctx = { tenantId: order.tenantId };
    const reservationId = order.reservationId ?? randomUUID();
    let paymentIntentId: string | null = null;
    let intentRequested = false;
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
      intentRequested = true;
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
          ...(withReservation ? { alongside: withReservation } : {}),
        }),
      );
      this.deps.metrics.ordersTotal.inc({ event: 'reserved' });
      return reserved;
    } catch (error) {
      // An intent request that failed without an answer (timeout, lost connection) may still have made one.
      const intentMayExist = intentRequested && paymentIntentId === null && !(error instanceof UpstreamUnavailable && !error.effectUnknown);
      await this.abandon({ ...order, reservationId, paymentIntentId }, error, intentMayExist);
      throw error;
    }
  }

  /**
   * Undoes a checkout that cannot complete. If the peers confirm the undo, the order ends CANCELLED with
   * the cause; if not, it stays PENDING and the recovery job tries again after the saga deadline.
   */
  private async abandon(order: Order, cause: unknown, intentMayExist: boolean): Promise<void> {
    const failureCode = cause instanceof AppError ? cause.code : 'INTERNAL';
    const intentId = intentMayExist ? await this.findIntent(order) : order.paymentIntentId;
    const released = intentId !== undefined && (await releaseHeldResources(this.deps, { ...order, paymentIntentId: intentId }));
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
          patch: { failureCode, cancelReason: `checkout failed: ${failureCode}`, cancelledAt: now, sagaDeadline: null, releasePendingSince: null },
        });
        this.deps.metrics.ordersTotal.inc({ event: 'cancelled' });
      })
      .catch((error: unknown) => {
        // Another instance (recovery) already settled the order; nothing is left to undo here.
        if (!(error instanceof InvalidState)) this.deps.log.error({ err: error, orderId: order.id }, 'could not record a failed checkout');
      });
  }

  /**
   * The intent the Payment service made for the order, asked again with the order's idempotency key (which
   * answers the existing intent, or makes one that is then cancelled with the rest); undefined when the
   * Payment service cannot answer now.
   */
  private async findIntent(order: Pick<Order, 'id' | 'tenantId' | 'total' | 'currency'>): Promise<string | undefined> {
    try {
      const intent = await this.deps.peers.payments.createIntent(
        { orderId: order.id, amount: order.total, currency: order.currency },
        intentIdempotencyKey(order.id),
        { tenantId: order.tenantId },
      );
      return intent.id;
    } catch (error) {
      this.deps.log.warn({ err: error, orderId: order.id }, 'could not look up the payment intent of a failed checkout');
      return undefined;
    }
  }

  /**
   * Undoes a checkout whose saga never finished (crash, lost instance). Creating the intent again with the
   * order's idempotency key answers the intent if one was made, so it can be cancelled; if none was made,
   * the one made here is cancelled at once. Answers true when the order is settled.
   */
  async recoverStuckCheckout(claimed: ClaimedOrder): Promise<boolean> {
    const paymentIntentId = claimed.paymentIntentId ?? (await this.findIntent({ ...claimed, currency: claimed.currency as Currency }));
    if (paymentIntentId === undefined) return false;
    const released = await releaseHeldResources(this.deps, { ...claimed, paymentIntentId });
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
        patch: {
          failureCode: order.failureCode ?? 'SAGA_TIMEOUT',
          cancelReason: 'checkout did not complete',
          cancelledAt: now,
          sagaDeadline: null,
          releasePendingSince: null,
        },
      });
      this.deps.metrics.ordersTotal.inc({ event: 'cancelled' });
      return true;
    });
  }
}
