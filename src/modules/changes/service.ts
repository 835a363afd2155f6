/**
 * Order changes (SPEC §13): quote, make, apply, expire and recover a change of a paid order.
 *
 * Making a change: with the order locked, check it may change, plan it (added lines priced like a checkout,
 * removed tickets credited by the refund ledger, the tenant's change fee) and store it PENDING as the order's
 * open change; then hold the added tickets at the Ticket service. A positive delta gets a payment intent of its
 * own and waits AWAITING_PAYMENT (with an expiry, as a checkout); anything else is applied at once. Applying is
 * one transaction: items added, removed quantities and credits marked, totals and version moved, timeline and
 * order.changed written, a negative delta's refund reserved — and only after its commit are the new tickets
 * committed and the removed ones released at the Ticket service. A crash leaves the change PENDING (undone by
 * the recovery job: the order stays as it was) or APPLIED (the recovery job finishes the Ticket service's part).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Database, Tx } from '../../db/database.js';
import type { ReferenceCache } from '../../kv/reference-cache.js';
import { assignTickets, saleProblem } from '../../core/checkout-rules.js';
import {
  addedAmounts,
  cartAfterChange,
  changeDelta,
  changeShapeProblem,
  limitAfterChange,
  NO_CREDIT,
  priceAddedLines,
  settlementOf,
  taxLinesAtPosition,
  totalsAfterChange,
  type ChangeDelta,
  type LiveItem,
} from '../../core/order-change.js';
import { PAID_STATUSES } from '../../core/order-status.js';
import { isPastChangeCutoff } from '../../core/refund-policy.js';
import { calendarDateOf } from '../../core/tax.js';
import { ChangeInProgress, ChangeNotAllowed, ChangeRejected, InvalidState, NotFound, RefundsLocked, SoldOut, UpstreamUnavailable } from '../../errors.js';
import { isStaff, type Principal } from '../../http/auth.js';
import { ReservationGone, type Peers, type PeerEvent, type TicketType } from '../../peers/contract.js';
import {
  actorOf,
  appendTimeline,
  closeOrderChange,
  findOrder,
  openOrderChange,
  orderMessageData,
  setItemTickets,
  SYSTEM_ACTOR,
  visibleOrder,
  writeOrderChange,
  type Actor,
  type Order,
} from '../orders/index.js';
import { planChangeCredit, type Refund } from '../refunds/index.js';
import type { GoverningPolicy } from '../../core/refund-policy.js';
import { readTenantSettings, writeTenantSettingsSection, type ChangeSettings } from '../tenant-settings/index.js';
import { planTax, venueLocation } from '../tax/index.js';
import type { AddLine, ChangePlan, OrderChange, PlannedItem, RemoveLine } from './model.js';
import { issueChangeDocuments } from './documents.js';
import {
  claimChangesToRecover,
  claimExpiredChanges,
  findChange,
  findChangeByIntent,
  findChangeByKey,
  insertChange,
  listChanges,
  updateChangeIf,
  type ClaimedChange,
} from './repository.js';

export interface ChangeRequest {
  reason?: string;
  add?: AddLine[];
  remove?: RemoveLine[];
}

/** What the refunds area does for changes (RefundService provides it). */
export interface ChangeRefunds {
  reserveChangeRefund(
    tx: Tx,
    order: Order,
    change: { changeId: string; amount: number; breakdown: Refund['breakdown']; reason: string; actor: Actor; requiresReview: boolean; policy: GoverningPolicy },
  ): Promise<Refund>;
  execute(refund: Refund, actor: Actor): Promise<Refund>;
}

export interface ChangeDependencies {
  db: Database;
  peers: Peers;
  clock: Clock;
  config: Pick<Config, 'reservation' | 'sagaTimeoutSeconds'>;
  log: FastifyBaseLogger;
  refunds: ChangeRefunds;
  /** Told of every committed change of the tenant settings (checkout keeps them a few seconds). */
  reference: ReferenceCache;
}

/** What a change would do (the quote) or did (its plan), before anything is stored. */
export interface ChangeQuote {
  orderId: string;
  currency: Order['currency'];
  add: AddLine[];
  remove: RemoveLine[];
  plan: ChangePlan;
  delta: ChangeDelta;
  settlement: 'charge' | 'refund' | 'none';
}

export function changeIntentKey(changeId: string): string {
  return `change:${changeId}:intent`;
}

const RECOVERY_ACTOR: Actor = { type: 'system', id: 'change-recovery' };
const EXPIRY_ACTOR: Actor = { type: 'system', id: 'change-expiry' };

/** Everything a change is planned from that lives outside the database: the event and its ticket types. */
interface PeerInputs {
  event: PeerEvent | null;
  types: TicketType[];
}

export class ChangeService {
  constructor(private readonly deps: ChangeDependencies) {}

  /** POST /orders/:id/changes/quote: what the change would do; stores nothing. */
  async quote(principal: Principal, orderId: string, request: ChangeRequest): Promise<ChangeQuote> {
    const order = await this.visible(principal, orderId);
    const inputs = await this.peerInputs(order, request);
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const current = visibleOrder(await findOrder(tx, orderId), principal);
      return this.plan(tx, current, principal, request, inputs);
    });
  }

  /** POST /orders/:id/changes: makes the change (201). A repeat with the same Idempotency-Key answers the same change. */
  async create(principal: Principal, orderId: string, request: ChangeRequest, idempotencyKey: string | null): Promise<OrderChange> {
    const order = await this.visible(principal, orderId);
    if (idempotencyKey) {
      const existing = await this.deps.db.tenant(principal.tenantId, (tx) => findChangeByKey(tx, orderId, `${principal.userId}:${idempotencyKey}`));
      if (existing) return existing;
    }
    const inputs = await this.peerInputs(order, request);
    const actor = actorOf(principal);
    const made = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      const locked = visibleOrder(await findOrder(tx, orderId, { forUpdate: true }), principal);
      if (idempotencyKey) {
        const existing = await findChangeByKey(tx, orderId, `${principal.userId}:${idempotencyKey}`);
        if (existing) return { change: existing, created: false };
      }
      const quote = await this.plan(tx, locked, principal, request, inputs);
      const now = this.deps.clock.now();
      const change = await insertChange(tx, {
        id: randomUUID(),
        tenantId: locked.tenantId,
        orderId: locked.id,
        status: 'PENDING',
        reason: request.reason ?? null,
        add: quote.add,
        remove: quote.remove,
        plan: quote.plan,
        delta: quote.delta,
        currency: locked.currency,
        reservationId: quote.add.length > 0 ? randomUUID() : null,
        requestedBy: actor,
        idempotencyKey: idempotencyKey ? `${principal.userId}:${idempotencyKey}` : null,
        recoverAfter: new Date(now.getTime() + this.deps.config.sagaTimeoutSeconds * 1000),
        createdAt: now,
      });
      if (!(await openOrderChange(tx, locked.id, change.id, now))) throw new ChangeInProgress('Another change of this order is in progress');
      await appendTimeline(tx, {
        tenantId: locked.tenantId,
        orderId: locked.id,
        type: 'change.requested',
        actor,
        reason: change.reason,
        data: { changeId: change.id, add: change.add, remove: change.remove, delta: change.delta },
        at: now,
      });
      return { change, created: true };
    });
    if (!made.created) return made.change;
    return this.proceed(made.change, actor);
  }

  list(principal: Principal, orderId: string): Promise<OrderChange[]> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      visibleOrder(await findOrder(tx, orderId), principal);
      return listChanges(tx, orderId);
    });
  }

  get(principal: Principal, orderId: string, changeId: string): Promise<OrderChange> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      visibleOrder(await findOrder(tx, orderId), principal);
      const change = await findChange(tx, orderId, changeId);
      if (!change) throw new NotFound(`Change ${changeId} not found`);
      return change;
    });
  }

  /** The tenant's change settings (admin). */
  settings(principal: Principal): Promise<ChangeSettings> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => (await readTenantSettings(tx, principal.tenantId)).changes);
  }

  async updateSettings(principal: Principal, settings: ChangeSettings): Promise<ChangeSettings> {
    const updated = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      await writeTenantSettingsSection(tx, principal.tenantId, 'changes', { changeFee: settings.changeFee }, this.deps.clock.now());
      return (await readTenantSettings(tx, principal.tenantId)).changes;
    });
    this.deps.reference.changed(principal.tenantId);
    return updated;
  }

  /**
   * payment.succeeded (or the confirm route) for a payment intent that is not the order's own: when it is a
   * change's, the change is applied — once, however many instances and deliveries bring it. A payment for a
   * change that ended is refunded. Answers false when no change of the order has this intent.
   */
  async paymentSucceeded(tenantId: string, orderId: string, paymentIntentId: string, actor: Actor): Promise<boolean> {
    const change = await this.deps.db.tenant(tenantId, (tx) => findChangeByIntent(tx, orderId, paymentIntentId));
    if (!change) return false;
    if (change.status === 'APPLIED') {
      if (!change.peersSettledAt) await this.settlePeers(change);
      return true;
    }
    if (change.status === 'PENDING' || change.status === 'AWAITING_PAYMENT') {
      const applied = await this.apply(change, actor);
      if (applied.status === 'APPLIED') return true;
      return this.refundLatePayment(applied, actor).then(() => true);
    }
    await this.refundLatePayment(change, actor);
    return true;
  }

  /** One run of the expiry job: changes whose payment did not come in time end EXPIRED, their hold and intent released. */
  async expireDue(limit: number): Promise<number> {
    const cutoff = new Date(this.deps.clock.now().getTime() - this.deps.config.reservation.graceSeconds * 1000);
    const claimed = await this.deps.db.system((tx) => claimExpiredChanges(tx, cutoff, limit));
    let expired = 0;
    for (const claim of claimed) {
      // A payment whose news was lost is applied rather than expired (and then refunded).
      const change = await this.deps.db.tenant(claim.tenantId, (tx) => findChange(tx, claim.orderId, claim.id));
      if (change?.status === 'AWAITING_PAYMENT' && (await this.reconcilePayment(change).catch(() => false))) continue;
      const ended = await this.end(claim, ['AWAITING_PAYMENT'], 'EXPIRED', { code: 'PAYMENT_TIMEOUT', reason: 'the change was not paid in time' }, EXPIRY_ACTOR);
      if (ended) expired += 1;
    }
    return expired;
  }

  /**
   * One run of the recovery job: a change left PENDING by a request that died is undone (hold released, intent
   * cancelled; the order never saw it), and an APPLIED change whose Ticket service part did not happen is finished.
   */
  async recover(limit: number): Promise<number> {
    const now = this.deps.clock.now();
    const leaseUntil = new Date(now.getTime() + this.deps.config.sagaTimeoutSeconds * 1000);
    const claimed = await this.deps.db.system((tx) => claimChangesToRecover(tx, now, leaseUntil, limit));
    let settled = 0;
    for (const claim of claimed) {
      try {
        const change = await this.deps.db.tenant(claim.tenantId, (tx) => findChange(tx, claim.orderId, claim.id));
        if (!change) continue;
        if (change.status === 'APPLIED') {
          if (await this.settlePeers(change)) settled += 1;
          continue;
        }
        if (change.status === 'AWAITING_PAYMENT') {
          if (await this.reconcilePayment(change)) settled += 1;
          continue;
        }
        if (change.status !== 'PENDING') continue;
        const ended = await this.end(claim, ['PENDING'], 'FAILED', { code: 'CHANGE_TIMEOUT', reason: 'the change did not complete in time' }, RECOVERY_ACTOR, true);
        if (ended) settled += 1;
      } catch (error) {
        this.deps.log.error({ err: error, changeId: claim.id, orderId: claim.orderId }, 'could not recover an order change; will retry');
      }
    }
    return settled;
  }

  /**
   * A change AWAITING_PAYMENT whose payment.succeeded may have been lost (the instance applying it was killed and
   * the news is not brought again): the Payment service answers the intent again for the change's key, and a
   * succeeded one is applied as its message would have. Answers whether the change was applied.
   */
  private async reconcilePayment(change: OrderChange): Promise<boolean> {
    const intent = await this.deps.peers.payments.createIntent(
      { orderId: change.orderId, amount: change.delta.total, currency: change.currency },
      changeIntentKey(change.id),
      { tenantId: change.tenantId },
    );
    if (intent.status !== 'succeeded') return false;
    return this.paymentSucceeded(change.tenantId, change.orderId, intent.id, RECOVERY_ACTOR);
  }

  // ------------------------------------------------------------------ making a change

  private visible(principal: Principal, orderId: string): Promise<Order> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => visibleOrder(await findOrder(tx, orderId), principal));
  }

  private async peerInputs(order: Order, request: ChangeRequest): Promise<PeerInputs> {
    const ctx = { tenantId: order.tenantId };
    const event = await this.deps.peers.events.getEvent(order.eventId, ctx);
    const types = (request.add ?? []).length > 0 ? await this.deps.peers.tickets.listTicketTypes(order.eventId, ctx) : [];
    return { event: event && event.tenantId === order.tenantId ? event : null, types };
  }

  /** Checks that the order may change now and works the change out (in the caller's transaction). */
  private async plan(tx: Tx, order: Order, principal: Principal, request: ChangeRequest, inputs: PeerInputs): Promise<ChangeQuote> {
    const add = request.add ?? [];
    const remove = request.remove ?? [];
    if (!PAID_STATUSES.includes(order.status)) throw new InvalidState(`Only a paid order can change (status ${order.status})`);
    if (order.refundLocked) throw new RefundsLocked('An open dispute locks the changes of this order');
    if (order.openChangeId) throw new ChangeInProgress('Another change of this order is in progress', order.openChangeId);

    const creditPlan = await planChangeCredit(tx, order, remove);
    const live: LiveItem[] = order.items.map((item) => ({ id: item.id, ticketTypeId: item.ticketTypeId, liveQuantity: creditPlan.liveQuantities.get(item.id) ?? 0 }));
    const shape = changeShapeProblem({ add, remove }, live);
    if (shape) {
      const { code, message, ...details } = shape;
      throw new ChangeRejected(code, message, details);
    }
    if (remove.length > 0 && !creditPlan.credit) throw new ChangeRejected('CHANGE_QUANTITY_EXCEEDS', 'The change removes tickets the order no longer has');
    this.checkPolicy(principal, creditPlan.policy, inputs.event);
    if (add.length > 0) this.checkOnSale(inputs.event);

    const settings = await readTenantSettings(tx, order.tenantId);
    const cart = this.addedCart(add, inputs);
    let added: ReturnType<typeof priceAddedLines> = [];
    if (cart.length > 0) {
      if (!inputs.event) throw new NotFound('The event of the order is not known');
      const taxPlan = await planTax(tx, { location: venueLocation(inputs.event.venue), date: calendarDateOf(this.deps.clock.now()), fallback: settings.tax.fallback });
      added = priceAddedLines(cart, { fees: settings.fees, priceMode: order.priceMode, tax: taxPlan.calculator });
    }
    const planned = creditPlan.credit;
    const credit = planned ? { amount: planned.amount, breakdown: planned.breakdown, discount: planned.discount } : NO_CREDIT;
    const totals = addedAmounts(added);
    const changeFee = settings.changes.changeFee;
    const delta = changeDelta(totals, credit, changeFee);
    const totalsBefore = {
      subtotal: order.subtotal,
      discount: order.discount,
      platformFee: order.platformFee,
      processingFee: order.processingFee,
      tax: order.tax,
      changeFee: order.changeFee,
      total: order.total,
    };
    const totalsAfter = totalsAfterChange(totalsBefore, totals, credit, changeFee);
    const limit = limitAfterChange(cartAfterChange({ add, remove }, live), totalsAfter.total);
    if (limit) {
      const { code, message, ...details } = limit;
      throw new ChangeRejected(code, message, details);
    }
    const firstPosition = order.items.reduce((max, item) => Math.max(max, item.position + 1), 0);
    const addedItems: PlannedItem[] = added.map((line, index) => ({
      id: randomUUID(),
      position: firstPosition + index,
      ticketTypeId: line.ticketTypeId,
      description: cart[index]?.description ?? null,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      subtotal: line.subtotal,
      discount: 0,
      platformFee: line.platformFee,
      processingFee: line.processingFee,
      tax: line.tax,
      total: line.total,
      taxLines: taxLinesAtPosition(line, firstPosition + index),
      taxes: line.taxes,
    }));
    const removals = remove.map((line) => line.orderItemId);
    const plan: ChangePlan = {
      orderVersion: order.version,
      added: addedItems,
      removals: [...new Set(removals)].map((itemId) => ({
        itemId,
        quantity: remove.filter((line) => line.orderItemId === itemId).reduce((total, line) => total + line.quantity, 0),
        credited: {
          cells: (planned?.allocation.cells ?? []).filter((cell) => cell.itemId === itemId),
          releasedSlots: (planned?.allocation.releasedSlots ?? []).filter((slot) => slot.itemId === itemId),
        },
      })),
      credit: { ...credit, ticketIds: planned?.ticketIds ?? [] },
      totalsAfter,
    };
    return { orderId: order.id, currency: order.currency, add, remove, plan, delta, settlement: settlementOf(delta) };
  }

  /** Customers change their orders while the policy allows it; staff always may (SPEC §13). */
  private checkPolicy(principal: Principal, policy: GoverningPolicy, event: PeerEvent | null): void {
    if (isStaff(principal)) return;
    if (!policy.terms.allowChanges) throw new ChangeNotAllowed("The order's refund policy does not allow changes", 'CHANGES_DISABLED');
    if (!event) throw new ChangeNotAllowed('The event of the order is not known', 'EVENT_UNKNOWN');
    const msBeforeEvent = new Date(event.startsAt).getTime() - this.deps.clock.now().getTime();
    if (isPastChangeCutoff(policy.terms, msBeforeEvent)) {
      throw new ChangeNotAllowed("It is too close to the event to change the order under its refund policy", 'PAST_CHANGE_CUTOFF');
    }
  }

  private checkOnSale(event: PeerEvent | null): void {
    if (!event) throw new ChangeNotAllowed('The event of the order is not known', 'EVENT_UNKNOWN');
    const problem = saleProblem(event, this.deps.clock.now());
    if (problem) throw new ChangeNotAllowed(`Tickets cannot be added: ${problem}`, 'EVENT_NOT_ON_SALE');
  }

  /** The added lines with their prices from the Ticket service; unknown types refused, too few tickets 409 SOLD_OUT. */
  private addedCart(add: readonly AddLine[], inputs: PeerInputs) {
    const byId = new Map(inputs.types.map((type) => [type.id, type]));
    const wanted = new Map<string, number>();
    const cart = add.map((line, index) => {
      const type = byId.get(line.ticketTypeId);
      if (!type) {
        throw new ChangeRejected('UNKNOWN_TICKET_TYPE', `Ticket type ${line.ticketTypeId} is not sold for the order's event`, { field: `add[${index}].ticketTypeId` });
      }
      wanted.set(type.id, (wanted.get(type.id) ?? 0) + line.quantity);
      const description = inputs.event ? `${inputs.event.name} — ${type.name}` : type.name;
      return { ticketTypeId: type.id, quantity: line.quantity, unitPrice: type.price, description };
    });
    for (const [ticketTypeId, quantity] of wanted) {
      const available = byId.get(ticketTypeId)?.available ?? 0;
      if (available < quantity) throw new SoldOut(`Only ${available} tickets of type ${ticketTypeId} are available`, { ticketTypeId, available });
    }
    return cart;
  }

  /** After the change is stored: hold the added tickets, then take payment or apply. A failed step ends the change FAILED. */
  private async proceed(change: OrderChange, actor: Actor): Promise<OrderChange> {
    const { peers, config, clock } = this.deps;
    const ctx = { tenantId: change.tenantId };
    const holdSeconds = config.reservation.holdSeconds;
    const expiresAt = new Date(clock.now().getTime() + holdSeconds * 1000);
    try {
      if (change.reservationId) {
        const order = await this.deps.db.tenant(change.tenantId, (tx) => findOrder(tx, change.orderId));
        if (!order) throw new NotFound(`Order ${change.orderId} not found`);
        await peers.tickets.reserve(
          {
            reservationId: change.reservationId,
            eventId: order.eventId,
            items: change.plan.added.map((item) => ({ ticketTypeId: item.ticketTypeId, quantity: item.quantity })),
            expiresAt: new Date(expiresAt.getTime() + config.reservation.graceSeconds * 1000).toISOString(),
          },
          ctx,
        );
      }
      if (settlementOf(change.delta) !== 'charge') {
        const applied = await this.apply(change, actor);
        if (applied.status === 'FAILED' && applied.failureCode === 'REFUNDS_LOCKED') throw new RefundsLocked('A dispute was opened while the change was being made');
        return applied;
      }
      const intent = await peers.payments.createIntent(
        { orderId: change.orderId, amount: change.delta.total, currency: change.currency },
        changeIntentKey(change.id),
        ctx,
      );
      return await this.deps.db.tenant(change.tenantId, async (tx) => {
        const now = clock.now();
        const awaiting = await updateChangeIf(
          tx,
          change.id,
          ['PENDING'],
          'AWAITING_PAYMENT',
          // The recovery job looks at the payment after this, should its news be lost (reconcilePayment).
          { paymentIntentId: intent.id, paymentClientSecret: intent.clientSecret, expiresAt, recoverAfter: new Date(now.getTime() + config.sagaTimeoutSeconds * 1000) },
          now,
        );
        if (!awaiting) throw new InvalidState('The change ended while its payment was being set up');
        await appendTimeline(tx, {
          tenantId: change.tenantId,
          orderId: change.orderId,
          type: 'change.awaiting_payment',
          actor,
          data: { changeId: change.id, amount: change.delta.total, currency: change.currency, paymentIntentId: intent.id, expiresAt: expiresAt.toISOString() },
          at: now,
        });
        return awaiting;
      });
    } catch (error) {
      const code = error instanceof SoldOut ? 'SOLD_OUT' : error instanceof UpstreamUnavailable ? 'UPSTREAM_UNAVAILABLE' : 'INTERNAL';
      // An intent request without an answer may still have made one: the recovery job looks it up by key.
      const intentUnknown = error instanceof UpstreamUnavailable && error.effectUnknown;
      if (!intentUnknown && !(error instanceof InvalidState)) {
        await this.end(change, ['PENDING'], 'FAILED', { code, reason: error instanceof Error ? error.message : 'the change failed' }, SYSTEM_ACTOR, settlementOf(change.delta) === 'charge').catch(
          (undoError: unknown) => this.deps.log.error({ err: undoError, changeId: change.id }, 'could not record a failed change; the recovery job will'),
        );
      }
      throw error;
    }
  }

  // ------------------------------------------------------------------ applying

  /**
   * Applies a PENDING or AWAITING_PAYMENT change in one transaction with the order locked (see the file's
   * comment), then does the Ticket service's part and sends a negative delta's refund. A change that is no
   * longer open is answered as it is. Exactly once: the change's conditional move to APPLIED decides.
   */
  private async apply(change: OrderChange, actor: Actor): Promise<OrderChange> {
    const outcome = await this.deps.db.tenant(change.tenantId, async (tx) => {
      const order = await findOrder(tx, change.orderId, { forUpdate: true });
      const current = await findChange(tx, change.orderId, change.id, { forUpdate: true });
      if (!order || !current) throw new NotFound(`Change ${change.id} not found`);
      if (current.status !== 'PENDING' && current.status !== 'AWAITING_PAYMENT') return { change: current, refund: null };
      const now = this.deps.clock.now();
      if (order.refundLocked) {
        // A dispute opened since the change was made: an open dispute refuses changes (SPEC §13).
        const cause = { code: 'REFUNDS_LOCKED', reason: 'a dispute was opened before the change was applied' };
        const failed = await this.endIn(tx, order, current, ['PENDING', 'AWAITING_PAYMENT'], 'FAILED', cause, actor);
        return { change: failed ?? current, refund: null };
      }
      if (current.status === 'AWAITING_PAYMENT' && current.expiresAt && current.expiresAt.getTime() + this.deps.config.reservation.graceSeconds * 1000 < now.getTime()) {
        // Paid after its hold ended: not applied; the caller refunds the payment.
        const expired = await this.endIn(tx, order, current, ['AWAITING_PAYMENT'], 'EXPIRED', { code: 'PAYMENT_AFTER_EXPIRY', reason: 'the payment came after the change expired' }, actor);
        return { change: expired ?? current, refund: null };
      }
      const plan = current.plan;
      const updated = await writeOrderChange(tx, {
        orderId: order.id,
        changeId: current.id,
        version: plan.orderVersion,
        totals: plan.totalsAfter,
        addedItems: plan.added.map((item) => ({ ...item, ticketIds: [] })),
        removals: plan.removals,
        now,
      });
      if (!updated) throw new InvalidState('The order moved on since the change was planned');
      const applied = await updateChangeIf(tx, current.id, ['PENDING', 'AWAITING_PAYMENT'], 'APPLIED', {
        appliedAt: now,
        paymentClientSecret: null,
        recoverAfter: new Date(now.getTime() + this.deps.config.sagaTimeoutSeconds * 1000),
      }, now);
      if (!applied) throw new InvalidState('The change moved while it was being applied');
      const summary = {
        changeId: current.id,
        version: updated.version,
        add: plan.added.map((item) => ({ orderItemId: item.id, ticketTypeId: item.ticketTypeId, quantity: item.quantity, total: item.total })),
        remove: current.remove,
        delta: current.delta,
        creditedAmount: plan.credit.amount,
      };
      await appendTimeline(
        tx,
        { tenantId: order.tenantId, orderId: order.id, type: 'order.changed', actor, reason: current.reason, data: summary, at: now },
        { type: 'order.changed', tenantId: order.tenantId, data: { ...orderMessageData(updated), change: summary }, time: now },
      );
      await issueChangeDocuments(tx, updated, current.id, plan, current.delta.changeFee, now);
      let refund: Refund | null = null;
      if (settlementOf(current.delta) === 'refund') {
        const policy = (await planChangeCredit(tx, updated, [])).policy;
        const amount = -current.delta.total;
        refund = await this.deps.refunds.reserveChangeRefund(tx, updated, {
          changeId: current.id,
          amount,
          breakdown: {
            tickets: Math.max(0, -current.delta.subtotal),
            platformFee: Math.max(0, -current.delta.platformFee),
            processingFee: Math.max(0, -current.delta.processingFee),
            tax: Math.max(0, -current.delta.tax),
          },
          reason: current.reason ?? 'order change',
          actor,
          // Like a refund requested by the buyer: at the policy's threshold an admin reviews it (SPEC §6).
          requiresReview: current.requestedBy.type === 'user' && !isAdminActor(current.requestedBy) && amount >= policy.terms.autoApproveBelow,
          policy,
        });
        const withRefund = await updateChangeIf(tx, current.id, ['APPLIED'], 'APPLIED', { refundId: refund.id }, now);
        return { change: withRefund ?? applied, refund };
      }
      return { change: applied, refund };
    });
    if (outcome.change.status === 'FAILED' && outcome.change.failureCode === 'REFUNDS_LOCKED') {
      await this.releaseResources(outcome.change, false);
      return outcome.change;
    }
    if (outcome.change.status !== 'APPLIED' || outcome.change.appliedAt === null) return outcome.change;
    await this.settlePeers(outcome.change);
    if (outcome.refund?.status === 'PENDING') {
      await this.deps.refunds.execute(outcome.refund, actor).catch((error: unknown) =>
        this.deps.log.warn({ err: error, changeId: outcome.change.id }, "could not send the change's refund now; the refund recovery job will"),
      );
    }
    return (await this.deps.db.tenant(change.tenantId, (tx) => findChange(tx, change.orderId, change.id))) ?? outcome.change;
  }

  /**
   * The Ticket service's part of an applied change: commit the added tickets (a fresh hold when the first is
   * gone) and attach them to the new items, release the removed tickets, and record that it is done. Every
   * call is idempotent, so the recovery job repeats it until it succeeds. Answers whether it is done.
   */
  private async settlePeers(change: OrderChange): Promise<boolean> {
    const { peers } = this.deps;
    const ctx = { tenantId: change.tenantId };
    try {
      const order = await this.deps.db.tenant(change.tenantId, (tx) => findOrder(tx, change.orderId));
      if (!order) return false;
      let reservationId = change.reservationId;
      if (reservationId && change.plan.added.length > 0) {
        const commitRequest = { orderId: order.id, ownerUserId: order.userId };
        let tickets;
        try {
          tickets = await peers.tickets.commit(reservationId, commitRequest, ctx);
        } catch (error) {
          if (!(error instanceof ReservationGone)) throw error;
          reservationId = randomUUID();
          await peers.tickets.reserve(
            {
              reservationId,
              eventId: order.eventId,
              items: change.plan.added.map((item) => ({ ticketTypeId: item.ticketTypeId, quantity: item.quantity })),
              expiresAt: new Date(this.deps.clock.now().getTime() + this.deps.config.reservation.holdSeconds * 1000).toISOString(),
            },
            ctx,
          );
          tickets = await peers.tickets.commit(reservationId, commitRequest, ctx);
        }
        const assignment = assignTickets(change.plan.added, tickets);
        await this.deps.db.tenant(change.tenantId, (tx) => setItemTickets(tx, order.id, assignment));
      }
      if (change.plan.credit.ticketIds.length > 0) await peers.tickets.releaseTickets(change.plan.credit.ticketIds, ctx);
      await this.deps.db.tenant(change.tenantId, (tx) =>
        updateChangeIf(tx, change.id, ['APPLIED'], 'APPLIED', { peersSettledAt: this.deps.clock.now(), recoverAfter: null, ...(reservationId ? { reservationId } : {}) }, this.deps.clock.now()),
      );
      return true;
    } catch (error) {
      this.deps.log.warn({ err: error, changeId: change.id }, 'could not settle an applied change at the Ticket service; the recovery job will retry');
      return false;
    }
  }

  // ------------------------------------------------------------------ ending without applying

  /**
   * Ends an open change without applying it: status, the order's open change cleared, the timeline; then its
   * hold is released and its intent cancelled (when `lookUpIntent`, an intent a lost answer may have made is
   * found by its key first). Answers the ended change, or null when it was no longer in one of `from`.
   */
  private async end(
    claim: Pick<ClaimedChange, 'id' | 'tenantId' | 'orderId'>,
    from: readonly ('PENDING' | 'AWAITING_PAYMENT')[],
    to: 'EXPIRED' | 'FAILED' | 'CANCELLED',
    cause: { code: string; reason: string },
    actor: Actor,
    lookUpIntent = false,
  ): Promise<OrderChange | null> {
    const ended = await this.deps.db.tenant(claim.tenantId, async (tx) => {
      const order = await findOrder(tx, claim.orderId, { forUpdate: true });
      const change = await findChange(tx, claim.orderId, claim.id, { forUpdate: true });
      if (!order || !change) return null;
      return this.endIn(tx, order, change, from, to, cause, actor);
    });
    if (!ended) return null;
    await this.releaseResources(ended, lookUpIntent);
    return ended;
  }

  private async endIn(
    tx: Tx,
    order: Order,
    change: OrderChange,
    from: readonly ('PENDING' | 'AWAITING_PAYMENT')[],
    to: 'EXPIRED' | 'FAILED' | 'CANCELLED',
    cause: { code: string; reason: string },
    actor: Actor,
  ): Promise<OrderChange | null> {
    const now = this.deps.clock.now();
    const ended = await updateChangeIf(
      tx,
      change.id,
      from,
      to,
      { failureCode: cause.code, failureReason: cause.reason, endedAt: now, recoverAfter: null, paymentClientSecret: null },
      now,
    );
    if (!ended) return null;
    await closeOrderChange(tx, order.id, change.id, now);
    await appendTimeline(tx, {
      tenantId: order.tenantId,
      orderId: order.id,
      type: `change.${to.toLowerCase()}`,
      actor,
      reason: cause.reason,
      data: { changeId: change.id, code: cause.code },
      at: now,
    });
    return ended;
  }

  private async releaseResources(change: OrderChange, lookUpIntent: boolean): Promise<void> {
    const ctx = { tenantId: change.tenantId };
    const { peers } = this.deps;
    let intentId = change.paymentIntentId;
    if (!intentId && lookUpIntent && settlementOf(change.delta) === 'charge') {
      intentId = await peers.payments
        .createIntent({ orderId: change.orderId, amount: change.delta.total, currency: change.currency }, changeIntentKey(change.id), ctx)
        .then((intent) => intent.id)
        .catch(() => null);
    }
    const results = await Promise.allSettled([
      change.reservationId ? peers.tickets.release(change.reservationId, ctx) : Promise.resolve(),
      intentId ? peers.payments.cancelIntent(intentId, ctx) : Promise.resolve(),
    ]);
    for (const result of results) {
      // An intent paid meanwhile cannot be cancelled: its payment.succeeded refunds it (refundLatePayment).
      if (result.status === 'rejected' && !(result.reason instanceof InvalidState)) {
        this.deps.log.warn({ err: result.reason, changeId: change.id }, 'could not release a peer resource of an ended change');
      }
    }
  }

  /** A payment for a change that ended without being applied goes back in full, keyed on the change. */
  private async refundLatePayment(change: OrderChange, actor: Actor): Promise<void> {
    if (!change.paymentIntentId) return;
    const ctx = { tenantId: change.tenantId };
    await this.deps.peers.tickets.release(change.reservationId ?? randomUUID(), ctx).catch(() => undefined);
    const refund = await this.deps.peers.payments.refund(
      { paymentIntentId: change.paymentIntentId, amount: change.delta.total, reason: `order change ${change.status.toLowerCase()} before its payment` },
      `change:${change.id}:late-payment`,
      ctx,
    );
    await this.deps.db.tenant(change.tenantId, (tx) =>
      appendTimeline(tx, {
        tenantId: change.tenantId,
        orderId: change.orderId,
        type: 'change.payment_refunded',
        actor,
        reason: `the change was ${change.status.toLowerCase()} when its payment arrived`,
        data: { changeId: change.id, amount: change.delta.total, currency: change.currency, peerRefundId: refund.id, paymentIntentId: change.paymentIntentId },
        at: this.deps.clock.now(),
      }),
    );
  }
}

function isAdminActor(actor: Actor): boolean {
  return (actor.role ?? '').split(',').includes('admin');
}
