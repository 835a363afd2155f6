/**
 * The refund use cases (SPEC §6): preview eligibility, request a refund, approve or reject one in review,
 * list them; and for the platform: refund an order in full (event cancelled) and settle a refund the
 * Payment service answered later. A refund is decided and its amount reserved in one transaction with
 * the order row locked (FOR UPDATE), so concurrent requests can never reserve more than was paid; the
 * Payment service is called after that commit, and its answer applied in a second transaction.
 */
import { randomUUID } from 'node:crypto';
import { enqueueMessage, type OutboxMessage } from '../../bus/outbox.js';
import { limiter } from '../../concurrency.js';
import { PAID_STATUSES } from '../../core/order-status.js';
import { decideRefund, decideUnfulfillableRefund, type RefundDecision, type RefundRequest, type Requester } from '../../core/refund-decision.js';
import type { GoverningPolicy } from '../../core/refund-policy.js';
import type { Tx } from '../../db/database.js';
import { ChangeInProgress, Forbidden, InvalidState, NotFound, RefundFailed, RefundNotEligible, RefundsLocked, ValidationFailed } from '../../errors.js';
import { isAdmin, type Principal } from '../../http/auth.js';
import {
  actorOf,
  appendTimeline,
  appendTimelineEntries,
  findOrder,
  findOrders,
  orderMessageData,
  PAYMENT_SERVICE_ACTOR,
  visibleOrder,
  type Actor,
  type NewTimelineEntry,
  type Order,
} from '../orders/index.js';
import { governingPolicy } from '../refund-policies/index.js';
import { ledgerFacts, ledgerFactsOf, peerFacts, type PeerFacts } from './facts.js';
import { changeFeeOf, HOLDING_STATUSES, type PaymentPart, type Refund, type RefundStatus, type RequestedItem } from './model.js';
import { keysetAfter, keysetPositionOf, pageOf } from '../../db/keyset.js';
import {
  claimDueRefunds,
  findRefund,
  findRefundByKey,
  findRefundByRequestKey,
  refundByKeyIn,
  insertRefund,
  insertRefunds,
  listRefunds,
  listRefundsOf,
  listTenantRefunds,
  locateRefund,
  updateRefundIf,
  type NewRefund,
} from './repository.js';
import { LOCKED_FAILURE, RefundSettlement, type RefundDependencies, type SettleOptions } from './settlement.js';

/** How long an Idempotency-Key answers the refund its first request created (SPEC §3: 24 h). */
const REQUEST_KEY_HOURS = 24;
/** The recovery job's actor on the timeline. */
const RECOVERY_ACTOR: Actor = { type: 'system', id: 'refund-recovery' };

export interface RefundRequestBody {
  reason: string;
  amount?: number;
  items?: RequestedItem[];
  /** Admin only: refund regardless of the policy (never of an open dispute); the reason says why. */
  override?: boolean;
}

/** How many refunds of refundAllInFull are with the Payment service at once (the event-cancellation job's concurrency). */
const SEND_CONCURRENCY = 16;
/** How many orders refundAllInFull reserves in one transaction; the next chunk is reserved while the last is sent. */
const RESERVE_CHUNK = 20;

/** One order of refundAllInFull and what became of it: its refund (null: nothing to refund), or why it failed. */
export type FullRefundOutcome = { orderId: string; refund: Refund | null } | { orderId: string; error: unknown };

/** One order after the reservation of refundAllInFull: a refund made now (with its parts if handed over) or found by its key. */
type ReservedInFull =
  | { orderId: string; error: unknown }
  | { orderId: string; refund: null }
  | { orderId: string; refund: Refund; created: boolean; parts: PaymentPart[] | null };

interface ReservationRequest {
  actor: Actor;
  reason: string;
  request: RefundRequest;
  idempotencyKey: string | null;
  requestKey: string | null;
}

/** What a reservation writes (reservationOf). */
interface Reservation {
  row: NewRefund;
  entry: NewTimelineEntry;
  message: OutboxMessage;
}

/** What a platform refund's plan decided (refundKeyed), with the order's refunds as they are after the plan ran. */
interface PlannedPlatformRefund {
  order: Order;
  reason: string;
  decision: RefundDecision;
  policy: GoverningPolicy;
  refunds: readonly Refund[];
}

export interface Eligibility {
  decision: RefundDecision;
  policy: GoverningPolicy;
  currency: Order['currency'];
}

function requesterOf(principal: Principal, order: Order, override: boolean): Requester {
  if (isAdmin(principal)) return { kind: 'admin', override };
  if (override) throw new Forbidden('Only an admin may refund beyond the refund policy');
  return order.userId === principal.userId ? { kind: 'buyer' } : { kind: 'staff' };
}

function requestOf(body: RefundRequestBody, order: Order): RefundRequest {
  if (body.amount !== undefined && body.items !== undefined) {
    throw new ValidationFailed('Give either an amount or items, not both', [{ field: 'body', message: 'amount and items are exclusive' }]);
  }
  if (body.items !== undefined) {
    const known = new Set(order.items.map((item) => item.id));
    const unknown = body.items.flatMap((item, index) => (known.has(item.orderItemId) ? [] : [{ field: `body.items[${index}].orderItemId`, message: 'is not an item of the order' }]));
    if (unknown.length > 0) throw new ValidationFailed('The refund names items the order does not have', unknown);
    return { kind: 'items', items: body.items };
  }
  return body.amount !== undefined ? { kind: 'amount', amount: body.amount } : { kind: 'full' };
}

/**
 * A refund the dispute lock stopped on its way to the Payment service (a dispute opened between the decision
 * and the hand-over) is refused as any refund during a dispute: 409 REFUNDS_LOCKED. It stays FAILED with the cause.
 */
function lockedOut(refund: Refund): Refund {
  if (refund.status === 'FAILED' && refund.failureReason?.startsWith(LOCKED_FAILURE)) {
    throw new RefundsLocked('A dispute was opened while the refund was being made; refunds of this order are locked');
  }
  return refund;
}

/** A refund for the platform (refundInFull, refundUnfulfillable) that ended FAILED is an error for its caller. */
function failedRefundError(refund: Refund): void {
  if (lockedOut(refund).status !== 'FAILED') return;
  throw new RefundFailed(`The payment service did not refund: ${refund.failureReason ?? 'unknown cause'}`, refund.id);
}

function refusal(decision: RefundDecision): Error {
  if (decision.reasons.includes('DISPUTE_OPEN')) return new RefundsLocked('An open dispute locks the refunds of this order');
  return new RefundNotEligible(`The order is not eligible for this refund: ${decision.reasons.join(', ') || 'nothing to refund'}`, decision.reasons);
}

export class RefundService {
  private readonly settlement: RefundSettlement;

  constructor(private readonly deps: RefundDependencies) {
    this.settlement = new RefundSettlement(deps);
  }

  /** The preview of GET /orders/:id/refund-eligibility: everything the caller could be refunded now. */
  async eligibility(principal: Principal, orderId: string): Promise<Eligibility> {
    const order = await this.deps.db.tenant(principal.tenantId, async (tx) => visibleOrder(await findOrder(tx, orderId), principal));
    const requester = requesterOf(principal, order, false);
    const peers = await peerFacts(this.deps.peers, order, true);
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const current = visibleOrder(await findOrder(tx, orderId), principal);
      const { decision, policy } = await this.decide(tx, current, peers, requester, { kind: 'full' });
      return { decision, policy, currency: current.currency };
    });
  }

  /**
   * POST /orders/:id/refunds: decide, reserve, and (unless it waits for review) refund at once. With an
   * Idempotency-Key, the refund records it: a repeat of the request answers that refund for 24 h, whatever
   * happened to the process that made it (a takeover after the key's lease, a key released after a 5xx).
   */
  async request(principal: Principal, orderId: string, body: RefundRequestBody, requestKey: string | null = null): Promise<Refund> {
    const since = new Date(this.deps.clock.now().getTime() - REQUEST_KEY_HOURS * 3_600_000);
    const byKey = (tx: Tx) => (requestKey ? findRefundByRequestKey(tx, orderId, principal.userId, requestKey, since) : Promise.resolve(null));
    const first = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      const order = visibleOrder(await findOrder(tx, orderId), principal);
      return { order, existing: await byKey(tx) };
    });
    if (first.existing) return first.existing;
    const { order } = first;
    const requester = requesterOf(principal, order, body.override === true);
    const request = requestOf(body, order);
    const peers = await peerFacts(this.deps.peers, order, requester.kind !== 'admin' || !requester.override);
    const actor = actorOf(principal);
    const reserved = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      const locked = visibleOrder(await findOrder(tx, orderId, { forUpdate: true }), principal);
      // Under the order's lock: a concurrent repeat of the same request made it meanwhile.
      const existing = await byKey(tx);
      if (existing) return { refund: existing, created: false };
      // An order change in flight decides what the order holds; refunds wait for it (SPEC §13).
      if (locked.openChangeId) throw new ChangeInProgress('An order change is in progress; refund once it is applied or ended', locked.openChangeId);
      const { decision, policy } = await this.decide(tx, locked, peers, requester, request);
      if (!decision.eligible || !decision.refund) throw refusal(decision);
      const refund = await this.reserve(tx, locked, decision, policy, { actor, reason: body.reason, request, idempotencyKey: null, requestKey });
      return { refund, created: true };
    });
    if (!reserved.created || reserved.refund.status !== 'PENDING') return reserved.refund;
    return lockedOut(await this.settlement.execute(reserved.refund, actor));
  }

  /** Admin: a refund in review goes to the Payment service. The terms it was requested under stand. */
  async approve(principal: Principal, orderId: string, refundId: string, note?: string): Promise<Refund> {
    const actor = actorOf(principal);
    const refund = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      const { order: locked, refund: current } = await this.lockForReview(tx, principal, orderId, refundId);
      if (locked.refundLocked) throw new RefundsLocked('An open dispute locks the refunds of this order; approve it once the dispute is closed');
      const now = this.deps.clock.now();
      const recoverAfter = new Date(now.getTime() + this.deps.recoverAfterSeconds * 1000);
      const review = { reviewedBy: principal.userId, reviewedAt: now, reviewNote: note ?? null, recoverAfter };
      const approved = await updateRefundIf(tx, refundId, ['PENDING_REVIEW'], 'PENDING', review, now);
      if (!approved) throw new InvalidState('The refund is no longer in review');
      await appendTimeline(tx, {
        tenantId: locked.tenantId,
        orderId,
        type: 'refund.approved',
        actor,
        reason: note ?? null,
        data: { refundId, amount: current.amount, currency: current.currency },
        at: now,
      });
      return approved;
    });
    return lockedOut(await this.settlement.execute(refund, actor));
  }

  /** Admin: a refund in review is refused; its amount becomes refundable again. */
  async reject(principal: Principal, orderId: string, refundId: string, reason: string): Promise<Refund> {
    const rejected = await this.deps.db.tenant(principal.tenantId, async (tx) => {
      const { order, refund } = await this.lockForReview(tx, principal, orderId, refundId);
      const now = this.deps.clock.now();
      const updated = await updateRefundIf(
        tx,
        refundId,
        ['PENDING_REVIEW'],
        'REJECTED',
        { reviewedBy: principal.userId, reviewedAt: now, reviewNote: reason, settledAt: now },
        now,
      );
      if (!updated) throw new InvalidState('The refund is no longer in review');
      await appendTimeline(tx, {
        tenantId: order.tenantId,
        orderId,
        type: 'refund.rejected',
        actor: actorOf(principal),
        reason,
        data: { refundId, amount: refund.amount, currency: refund.currency },
        at: now,
      });
      return updated;
    });
    this.deps.metrics.refundsTotal.inc({ status: 'rejected' });
    return rejected;
  }

  list(principal: Principal, orderId: string): Promise<Refund[]> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      visibleOrder(await findOrder(tx, orderId), principal);
      return listRefunds(tx, orderId);
    });
  }

  /** The tenant's refunds for its staff (the review queue: status PENDING_REVIEW), newest first. */
  async listForTenant(principal: Principal, query: { status?: RefundStatus; limit: number; cursor?: string }): Promise<{ data: Refund[]; nextCursor: string | null }> {
    const after = keysetAfter(query.cursor);
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) =>
      listTenantRefunds(tx, { limit: query.limit, ...(query.status ? { status: query.status } : {}), ...(after ? { after } : {}) }),
    );
    return pageOf(rows, query.limit, keysetPositionOf);
  }

  get(principal: Principal, orderId: string, refundId: string): Promise<Refund> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      visibleOrder(await findOrder(tx, orderId), principal);
      const refund = await findRefund(tx, orderId, refundId);
      if (!refund) throw new NotFound(`Refund ${refundId} not found`);
      return refund;
    });
  }

  /**
   * The event-cancellation job's refund: everything the order still holds, fees and kept change fees included,
   * no review.
   * Safe to repeat: the same key answers the refund it started (a FAILED attempt frees the key, so a
   * retry tries again). Answers null when nothing is left to refund or the order was never paid; throws
   * REFUNDS_LOCKED while a dispute is open and REFUND_FAILED when the Payment service did not refund.
   * Refunds still waiting for review are superseded (rejected) by this one. refundAllInFull of one order.
   */
  async refundInFull(
    tenantId: string,
    orderId: string,
    reason: string,
    actor: Actor,
    idempotencyKey: string,
    options: SettleOptions = {},
  ): Promise<Refund | null> {
    const [outcome] = await this.refundAllInFull(tenantId, [{ orderId, idempotencyKey }], reason, actor, options);
    if (!outcome) throw new Error('refundAllInFull answered nothing for an order');
    if ('error' in outcome) throw outcome.error;
    return outcome.refund;
  }

  /**
   * refundInFull for several orders of a tenant (a batch of the event-cancellation job), each under its own key,
   * answered per order in the order given. The refunds of RESERVE_CHUNK orders at a time are decided, reserved and
   * handed over in one transaction, with their orders locked (in id order) — the same decision, rows, timeline
   * entries and messages as one order at a time, in a few statements for the chunk — then sent to the Payment
   * service and applied order by order (SEND_CONCURRENCY at once), each in its own transaction as for any refund,
   * while the next chunk is reserved. Should a chunk's transaction fail, each of its orders is tried in a
   * transaction of its own, so that one order cannot fail the others.
   */
  async refundAllInFull(
    tenantId: string,
    orders: readonly { orderId: string; idempotencyKey: string }[],
    reason: string,
    actor: Actor,
    options: SettleOptions = {},
  ): Promise<FullRefundOutcome[]> {
    if (new Set(orders.map((order) => order.orderId)).size !== orders.length) throw new Error('refundAllInFull takes each order once');
    const gate = limiter(SEND_CONCURRENCY);
    const sends: Promise<FullRefundOutcome[]>[] = [];
    // Chunk by chunk: the next chunk is reserved while the refunds of the ones before are with the Payment service.
    for (let start = 0; start < orders.length; start += RESERVE_CHUNK) {
      const chunk = orders.slice(start, start + RESERVE_CHUNK);
      let reserved: ReservedInFull[];
      try {
        reserved = await this.reserveAllInFull(tenantId, chunk, reason, actor);
      } catch (error) {
        if (orders.length === 1) return [{ orderId: chunk[0]!.orderId, error }];
        this.deps.log.warn({ err: error, orders: chunk.length }, 'the refunds of a batch could not be reserved together; reserving them one by one');
        sends.push(Promise.all(chunk.map((order) => gate(async () => (await this.refundAllInFull(tenantId, [order], reason, actor, options))[0]!))));
        continue;
      }
      sends.push(Promise.all(reserved.map((one) => gate(() => this.sendInFull(one, actor, options)))));
    }
    return (await Promise.all(sends)).flat();
  }

  /** After the reservation of a platform refund: one made now goes on to the Payment service; FAILED ends as an error. */
  private async sendInFull(reserved: ReservedInFull, actor: Actor, options: SettleOptions): Promise<FullRefundOutcome> {
    if ('error' in reserved || reserved.refund === null) return reserved;
    const { orderId, refund: made, created, parts } = reserved;
    try {
      let refund = made;
      if (created && made.status === 'PENDING') {
        refund = parts
          ? await this.settlement.send({ kind: 'call', refund: made, parts, firstCall: true }, actor, options)
          : await this.settlement.execute(made, actor, options);
      }
      failedRefundError(refund);
      return { orderId, refund };
    } catch (error) {
      return { orderId, error };
    }
  }

  /** One transaction of refundAllInFull (a chunk of its orders): each order's refund decided, reserved and handed over. */
  private reserveAllInFull(
    tenantId: string,
    orders: readonly { orderId: string; idempotencyKey: string }[],
    reason: string,
    actor: Actor,
  ): Promise<ReservedInFull[]> {
    return this.deps.db.tenant(tenantId, async (tx) => {
      const ids = orders.map((order) => order.orderId);
      const locked = new Map((await findOrders(tx, ids, { forUpdate: true })).map((order) => [order.id, order]));
      const listed = await listRefundsOf(tx, ids);
      const policies = new Map<string, GoverningPolicy>();
      const now = this.deps.clock.now();
      const reservations: Reservation[] = [];
      const decided: (ReservedInFull | { orderId: string; reservation: number; parts: PaymentPart[] | null })[] = [];
      for (const { orderId, idempotencyKey } of orders) {
        const order = locked.get(orderId);
        if (!order) {
          decided.push({ orderId, error: new NotFound(`Order ${orderId} not found`) });
          continue;
        }
        const refunds = listed.get(orderId) ?? [];
        const existing = refundByKeyIn(refunds, idempotencyKey);
        if (existing) {
          decided.push({ orderId, refund: existing, created: false, parts: null });
          continue;
        }
        if (!PAID_STATUSES.includes(order.status)) {
          decided.push({ orderId, refund: null });
          continue;
        }
        const planned = await this.planInFull(tx, order, refunds, actor, policies);
        const { decision, policy } = planned;
        if (decision.reasons.includes('DISPUTE_OPEN')) {
          decided.push({ orderId, error: refusal(decision) });
          continue;
        }
        if (!decision.eligible || !decision.refund) {
          decided.push({ orderId, refund: null });
          continue;
        }
        const id = randomUUID();
        const parts = decision.requiresReview
          ? null
          : await this.settlement.partsAtReserve(tx, order, { id, amount: decision.refund.amount, currency: order.currency }, planned.refunds);
        const request = { actor, reason, request: { kind: 'full' } as const, idempotencyKey, requestKey: null };
        decided.push({ orderId, reservation: reservations.length, parts });
        reservations.push(this.reservationOf(order, decision, policy, request, { id, parts }, now));
      }
      const inserted = await insertRefunds(
        tx,
        reservations.map((reservation) => reservation.row),
      );
      await appendTimelineEntries(
        tx,
        reservations.map((reservation) => reservation.entry),
        reservations.map((reservation) => reservation.message),
      );
      return decided.map((one): ReservedInFull => {
        if (!('reservation' in one)) return one;
        const refund = inserted[one.reservation];
        if (!refund) throw new Error('a refund just reserved is missing');
        return { orderId: one.orderId, refund, created: true, parts: one.parts };
      });
    });
  }

  /**
   * The full refund of a paid order (the caller's transaction, order locked): refunds in review superseded, the
   * decision for everything left, plus the change fees the order kept (no other refund gives them back).
   * `policies` remembers the policy versions read in this transaction (a version never changes).
   */
  private async planInFull(
    tx: Tx,
    order: Order,
    listed: readonly Refund[],
    actor: Actor,
    policies: Map<string, GoverningPolicy>,
  ): Promise<{ decision: RefundDecision; policy: GoverningPolicy; refunds: readonly Refund[] }> {
    const refunds = await this.supersedeReviews(tx, order, actor, listed);
    const policyKey = `${order.refundPolicyId ?? ''}:${order.refundPolicyVersion ?? ''}`;
    const policy = policies.get(policyKey) ?? (await governingPolicy(tx, order));
    policies.set(policyKey, policy);
    const facts = ledgerFactsOf(order, refunds);
    const decision = decideRefund({ facts, policy, tickets: null, event: null, now: this.deps.clock.now(), requester: { kind: 'system' }, request: { kind: 'full' } });
    const given = refunds.filter((refund) => HOLDING_STATUSES.includes(refund.status));
    const changeFee = order.changeFee - given.reduce((total, refund) => total + changeFeeOf(refund), 0);
    if (changeFee <= 0 || !decision.refund) return { decision, policy, refunds };
    const refund = { ...decision.refund, amount: decision.refund.amount + changeFee };
    const withFee = { ...decision, refund, refundable: { ...decision.refundable, amount: decision.refundable.amount + changeFee } };
    return { policy, refunds, decision: withFee };
  }

  /**
   * A payment the order cannot take (SPEC §5.5: it arrived after the order expired or was cancelled, or the
   * tickets were gone) is refunded in full as a refund like any other: a refunds row, the ledger, the timeline
   * and order.refunded. `prepare` runs first in the same transaction, with the order locked (the caller cancels
   * a RESERVED order there and records why). Keyed per order: repeats answer the same refund. Throws
   * REFUNDS_LOCKED while a dispute is open and REFUND_FAILED when the Payment service did not refund (the
   * payment's message is then retried, and the retry makes a new attempt).
   */
  async refundUnfulfillable(
    tenantId: string,
    orderId: string,
    idempotencyKey: string,
    actor: Actor,
    prepare: (tx: Tx, order: Order) => Promise<{ order: Order; reason: string } | null>,
  ): Promise<Refund | null> {
    return this.refundKeyed(tenantId, orderId, idempotencyKey, actor, async (tx, locked, refunds) => {
      const prepared = await prepare(tx, locked);
      if (!prepared) return null;
      const [facts, policy] = [ledgerFactsOf(prepared.order, refunds), await governingPolicy(tx, prepared.order)];
      return { ...prepared, refunds, decision: decideUnfulfillableRefund({ facts, policy, now: this.deps.clock.now() }), policy };
    });
  }

  /**
   * A platform refund under a caller's key (refundUnfulfillable; refundAllInFull does the same for many orders):
   * with the order locked, the key answers the refund it started; otherwise `plan` decides (null: nothing to
   * refund) from the order and its refunds, and the refund is reserved and handed over to the Payment service in
   * the same transaction — these refunds need no review, and the decision checked the dispute lock under the
   * order's lock as the hand-over does (docs/refunds.md) — then sent. An open dispute throws REFUNDS_LOCKED; a
   * refund that ended FAILED throws (failedRefundError).
   */
  private async refundKeyed(
    tenantId: string,
    orderId: string,
    idempotencyKey: string,
    actor: Actor,
    plan: (tx: Tx, order: Order, refunds: readonly Refund[]) => Promise<PlannedPlatformRefund | null>,
  ): Promise<Refund | null> {
    const reserved = await this.deps.db.tenant(tenantId, async (tx): Promise<ReservedInFull> => {
      const locked = await findOrder(tx, orderId, { forUpdate: true });
      if (!locked) throw new NotFound(`Order ${orderId} not found`);
      const listed = await listRefunds(tx, orderId);
      const existing = refundByKeyIn(listed, idempotencyKey);
      if (existing) return { orderId, refund: existing, created: false, parts: null };
      const planned = await plan(tx, locked, listed);
      if (!planned) return { orderId, refund: null };
      const { order, reason, decision, policy, refunds } = planned;
      if (decision.reasons.includes('DISPUTE_OPEN')) throw refusal(decision);
      if (!decision.eligible || !decision.refund) return { orderId, refund: null };
      const id = randomUUID();
      const parts = decision.requiresReview ? null : await this.settlement.partsAtReserve(tx, order, { id, amount: decision.refund.amount, currency: order.currency }, refunds);
      const request = { actor, reason, request: { kind: 'full' } as const, idempotencyKey, requestKey: null };
      const refund = await this.reserve(tx, order, decision, policy, request, { id, parts });
      return { orderId, refund, created: true, parts };
    });
    const outcome = await this.sendInFull(reserved, actor, {});
    if ('error' in outcome) throw outcome.error;
    return outcome.refund;
  }

  /**
   * One run of the refund-recovery job: claims PENDING refunds left longer than their request should take
   * (the process died, the Payment service did not answer, or answered `pending` and its message is late),
   * asks the Payment service again with each refund's own key, and applies the answer. Answers how many it
   * claimed. Safe with many instances: claims skip rows another instance holds and lease them.
   */
  async recoverStale(limit: number): Promise<number> {
    const now = this.deps.clock.now();
    const claimed = await this.deps.db.system((tx) =>
      claimDueRefunds(tx, { status: 'PENDING', now, leaseSeconds: this.deps.recoverAfterSeconds, limit }),
    );
    for (const { tenantId, orderId, id } of claimed) {
      try {
        const refund = await this.deps.db.tenant(tenantId, (tx) => findRefund(tx, orderId, id));
        if (refund?.status === 'PENDING') await this.settlement.execute(refund, RECOVERY_ACTOR);
      } catch (error) {
        this.deps.log.error({ err: error, refundId: id, orderId }, 'could not recover a PENDING refund; will retry');
      }
    }
    return claimed.length;
  }

  /** One run of the ticket-release job: retries releasing the tickets of succeeded refunds whose release failed. */
  async releaseDueTickets(limit: number): Promise<number> {
    const now = this.deps.clock.now();
    const claimed = await this.deps.db.system((tx) =>
      claimDueRefunds(tx, { status: 'SUCCEEDED', now, leaseSeconds: this.deps.recoverAfterSeconds, limit }),
    );
    for (const { tenantId, orderId, id } of claimed) {
      const refund = await this.deps.db.tenant(tenantId, (tx) => findRefund(tx, orderId, id));
      if (refund) await this.settlement.releaseTickets(refund);
    }
    return claimed.length;
  }

  /**
   * Applies the Payment service's late answer (payment.refund.succeeded / payment.refund.failed) to the
   * refund it names: our refund id, the Payment service's refund id, or our key `refund:<id>` (or a further
   * part's `refund:<id>:<intentId>`). Repeated
   * messages are no-ops. Answers the refund, or null when no refund matches.
   */
  async settleRefund(reference: string, outcome: 'succeeded' | 'failed', reason?: string): Promise<Refund | null> {
    const located = await this.deps.db.system((tx) => locateRefund(tx, reference));
    if (!located) {
      this.deps.log.warn({ reference, outcome }, 'a refund settlement names no known refund');
      return null;
    }
    const peerRefundId = reference === located.id || reference.startsWith('refund:') ? null : reference;
    // A refund paid out in several parts is settled by all of them: the message names one, so every part is asked
    // again (with its own key; those paid answer as they did) and the refund settled on the whole answer.
    const refund = await this.deps.db.tenant(located.tenantId, (tx) => findRefund(tx, located.orderId, located.id));
    if (refund && (refund.paymentParts?.length ?? 0) > 1) {
      return refund.status === 'PENDING' ? this.settlement.execute(refund, PAYMENT_SERVICE_ACTOR) : refund;
    }
    if (outcome === 'failed') {
      return this.settlement.apply(
        located.tenantId,
        located.orderId,
        located.id,
        { kind: 'failed', peerRefundId, reason: reason ?? 'the payment service reported the refund failed' },
        PAYMENT_SERVICE_ACTOR,
        ['PENDING'],
      );
    }
    // A success may also arrive for an attempt we marked FAILED (a timeout): applied if it still fits.
    return this.settlement.apply(located.tenantId, located.orderId, located.id, { kind: 'succeeded', peerRefundId }, PAYMENT_SERVICE_ACTOR, [
      'PENDING',
      'FAILED',
    ]);
  }

  /**
   * The money an order change credits beyond what it added (SPEC §13), reserved as a refund of kind `change` in
   * the change's own transaction (the caller's, order locked): keyed per change, in review at the policy's
   * threshold like any refund, stopped by the dispute lock when it is handed over. `execute` sends it after the
   * commit; the recovery job sends one a crash left behind.
   */
  async reserveChangeRefund(
    tx: Tx,
    order: Order,
    change: { changeId: string; amount: number; breakdown: Refund['breakdown']; reason: string; actor: Actor; requiresReview: boolean; policy: GoverningPolicy },
  ): Promise<Refund> {
    const now = this.deps.clock.now();
    const idempotencyKey = `change:${change.changeId}:refund`;
    const existing = await findRefundByKey(tx, order.id, idempotencyKey);
    if (existing) return existing;
    const refund = await insertRefund(tx, {
      id: randomUUID(),
      tenantId: order.tenantId,
      orderId: order.id,
      status: change.requiresReview ? 'PENDING_REVIEW' : 'PENDING',
      amount: change.amount,
      currency: order.currency,
      reason: change.reason,
      kind: 'change',
      basis: 'change',
      requestedItems: null,
      breakdown: change.breakdown,
      allocation: { cells: [], releasedSlots: [] },
      ticketIds: [],
      policyId: change.policy.id,
      policyVersion: change.policy.version,
      ruleApplied: null,
      requestedBy: change.actor,
      reviewRequired: change.requiresReview,
      idempotencyKey,
      requestKey: null,
      createdAt: now,
      recoverAfter: new Date(now.getTime() + this.deps.recoverAfterSeconds * 1000),
    });
    const data = { refundId: refund.id, changeId: change.changeId, status: refund.status, amount: refund.amount, currency: refund.currency, basis: 'change' };
    await appendTimeline(tx, { tenantId: order.tenantId, orderId: order.id, type: 'refund.requested', actor: change.actor, reason: change.reason, data, at: now });
    await enqueueMessage(tx, {
      type: 'order.refund.requested',
      tenantId: order.tenantId,
      data: { ...orderMessageData(order), refund: { ...data, reason: change.reason } },
      time: now,
    });
    return refund;
  }

  /**
   * Releases the tickets succeeded refunds of a tenant gave back in one Ticket service call (refundInFull with
   * `releaseTickets: false`); what fails is released refund by refund, and what still fails by the release job.
   */
  releaseTicketsOf(tenantId: string, refunds: readonly Refund[]): Promise<void> {
    return this.settlement.releaseTicketsOf(tenantId, refunds);
  }

  /** Sends a PENDING refund to the Payment service and applies the answer (an order change's refund after its commit). */
  async execute(refund: Refund, actor: Actor): Promise<Refund> {
    return refund.status === 'PENDING' ? this.settlement.execute(refund, actor) : refund;
  }

  private async decide(tx: Tx, order: Order, peers: PeerFacts, requester: Requester, request: RefundRequest) {
    const [{ facts }, policy] = [await ledgerFacts(tx, order), await governingPolicy(tx, order)];
    const decision = decideRefund({ facts, policy, tickets: peers.tickets, event: peers.event, now: this.deps.clock.now(), requester, request });
    return { decision, policy };
  }

  /**
   * Inserts the refund (its amount now held), its timeline entry and order.refund.requested. With `handOver.parts`
   * the refund is handed to the Payment service in this transaction (submitted, its parts kept).
   */
  private async reserve(
    tx: Tx,
    order: Order,
    decision: RefundDecision,
    policy: GoverningPolicy,
    request: ReservationRequest,
    handOver: { id: string; parts: PaymentPart[] | null } = { id: randomUUID(), parts: null },
  ): Promise<Refund> {
    const { row, entry, message } = this.reservationOf(order, decision, policy, request, handOver, this.deps.clock.now());
    const refund = await insertRefund(tx, row);
    await appendTimeline(tx, entry, message);
    return refund;
  }

  /** What a reservation writes: the refund's row, its timeline entry refund.requested and order.refund.requested. */
  private reservationOf(
    order: Order,
    decision: RefundDecision,
    policy: GoverningPolicy,
    request: ReservationRequest,
    handOver: { id: string; parts: PaymentPart[] | null },
    now: Date,
  ): Reservation {
    const planned = decision.refund;
    if (!planned) throw new Error('reserve() needs an eligible decision');
    const row: NewRefund = {
      id: handOver.id,
      tenantId: order.tenantId,
      orderId: order.id,
      status: decision.requiresReview ? 'PENDING_REVIEW' : 'PENDING',
      amount: planned.amount,
      currency: order.currency,
      reason: request.reason,
      kind: request.request.kind,
      basis: decision.basis,
      requestedItems: request.request.kind === 'items' ? [...request.request.items] : null,
      breakdown: planned.breakdown,
      allocation: planned.allocation,
      ticketIds: planned.ticketIds,
      policyId: policy.id,
      policyVersion: policy.version,
      ruleApplied: decision.ruleApplied,
      requestedBy: request.actor,
      reviewRequired: decision.requiresReview,
      idempotencyKey: request.idempotencyKey,
      requestKey: request.requestKey,
      createdAt: now,
      recoverAfter: new Date(now.getTime() + this.deps.recoverAfterSeconds * 1000),
      ...(handOver.parts && !decision.requiresReview ? { handedOver: { submittedAt: now, paymentParts: handOver.parts } } : {}),
    };
    const data = {
      refundId: row.id,
      status: row.status,
      amount: row.amount,
      currency: row.currency,
      breakdown: row.breakdown,
      basis: row.basis,
      override: row.basis === 'override',
      policy: { id: policy.id, version: policy.version, ruleApplied: decision.ruleApplied },
      reasons: decision.reasons,
      ticketIds: row.ticketIds,
    };
    return {
      row,
      entry: { tenantId: order.tenantId, orderId: order.id, type: 'refund.requested', actor: request.actor, reason: request.reason, data, at: now },
      message: { type: 'order.refund.requested', tenantId: order.tenantId, data: { ...orderMessageData(order), refund: { ...data, reason: request.reason } }, time: now },
    };
  }

  private async lockForReview(tx: Tx, principal: Principal, orderId: string, refundId: string): Promise<{ order: Order; refund: Refund }> {
    const order = visibleOrder(await findOrder(tx, orderId, { forUpdate: true }), principal);
    const refund = await findRefund(tx, orderId, refundId, { forUpdate: true });
    if (!refund) throw new NotFound(`Refund ${refundId} not found`);
    if (refund.status !== 'PENDING_REVIEW') throw new InvalidState(`Only a refund in review can be approved or rejected (status ${refund.status})`);
    return { order, refund };
  }

  /** Rejects the order's refunds in review (a full refund supersedes them); answers `refunds` as they are now. */
  private async supersedeReviews(tx: Tx, order: Order, actor: Actor, refunds: readonly Refund[]): Promise<Refund[]> {
    const now = this.deps.clock.now();
    const current: Refund[] = [];
    for (const refund of refunds) {
      if (refund.status !== 'PENDING_REVIEW') {
        current.push(refund);
        continue;
      }
      const note = 'superseded by the full refund of the cancelled event';
      const rejected = await updateRefundIf(tx, refund.id, ['PENDING_REVIEW'], 'REJECTED', { reviewedBy: actor.id, reviewedAt: now, reviewNote: note, settledAt: now }, now);
      await appendTimeline(tx, { tenantId: order.tenantId, orderId: order.id, type: 'refund.rejected', actor, reason: note, data: { refundId: refund.id }, at: now });
      current.push(rejected ?? refund);
    }
    return current;
  }
}
