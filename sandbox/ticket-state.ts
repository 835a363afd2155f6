/**
 * The in-memory state of the sandbox peers (SPEC §9) and the rules a real Ticket, Event and Payment service
 * would enforce on it: capacity, holds that expire, idempotent reservations and commits, intents that
 * succeed or fail, refunds that never exceed what was paid. The Fastify apps only translate HTTP to these
 * methods, so the behaviour can be read in one place.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type {
  AllocatedTicket,
  CreateIntentRequest,
  Currency,
  EventStatus,
  FaultRequest,
  PaymentIntent,
  PaymentIntentStatus,
  PeerEvent,
  PeerRefund,
  RefundRequest,
  Reservation,
  ReservationRequest,
  SandboxEvent,
  SandboxEventRequest,
  TicketState,
  TicketType,
  Venue,
} from '../src/peers/contract.js';

export type SandboxPeer = 'ticket' | 'event' | 'payment';

/** A refusal a real peer would answer with: HTTP status plus a stable code (the body is `{code, detail}`). */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'SandboxError';
  }
}

const notFound = (what: string) => new SandboxError(404, 'NOT_FOUND', `${what} not found`);

interface EventRecord {
  id: string;
  tenantId: string;
  name: string;
  startsAtMs: number;
  endsAtMs: number | null;
  status: EventStatus;
  currency: Currency;
  venue: Venue;
  salesStartAtMs: number | null;
  salesEndAtMs: number | null;
  ticketTypeIds: string[];
}

interface TicketTypeRecord {
  id: string;
  eventId: string;
  tenantId: string;
  name: string;
  price: number;
  currency: Currency;
  capacity: number;
  /** Tickets issued and not released back on sale (voided tickets stay sold: they are not resold). */
  sold: number;
  /** Reservations holding some of this type: reservationId → quantity; `held` is their sum. */
  holds: Map<string, number>;
  held: number;
  /**
   * When each hold ends, soonest first, so that holds that ran out are dropped without looking at the others
   * (a real Ticket service keeps a count, not a scan: with thousands of live holds, scanning them on every
   * availability check made each call slower the busier the event). An extended hold gets a second entry;
   * the stale one is skipped when it comes up.
   */
  endings: MinHeap<{ atMs: number; reservationId: string }>;
}

/** A binary min-heap on `atMs`. */
class MinHeap<T extends { atMs: number }> {
  private readonly items: T[] = [];

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (items[parent]!.atMs <= item.atMs) break;
      items[index] = items[parent]!;
      index = parent;
    }
    items[index] = item;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && items[right]!.atMs < items[left]!.atMs ? right : left;
      if (items[child]!.atMs >= last.atMs) break;
      items[index] = items[child]!;
      index = child;
    }
    items[index] = last;
    return top;
  }
}

interface ReservationRecord {
  reservationId: string;
  tenantId: string;
  eventId: string;
  /** One entry per ticket type, quantities summed. */
  quantities: Map<string, number>;
  expiresAtMs: number;
  status: 'HELD' | 'COMMITTED' | 'RELEASED';
  committedFor?: { orderId: string; ownerUserId: string };
  tickets: AllocatedTicket[];
}

interface TicketRecord {
  ticketId: string;
  ticketTypeId: string;
  tenantId: string;
  orderId: string;
  ownerUserId: string;
  transferred: boolean;
  used: boolean;
  /** released: refunded and back on sale; voided: invalidated (e.g. lost dispute) and not resold. */
  status: 'valid' | 'released' | 'voided';
}

export interface IntentRecord {
  id: string;
  tenantId: string;
  orderId: string;
  amount: number;
  currency: Currency;
  status: PaymentIntentStatus;
  clientSecret: string;
  refundedAmount: number;
}

interface RefundRecord {
  id: string;
  tenantId: string;
  paymentIntentId: string;
  amount: number;
  reason: string;
  status: PeerRefund['status'];
}

export interface DisputeRecord {
  id: string;
  paymentIntentId: string;
  amount: number;
  currency: Currency;
  reason: string;
  status: 'needs_response' | 'won' | 'lost';
  evidenceDueByMs: number;
}

/** An idempotency-key record: the request it was first used with and what that request created. */
interface KeyedResult {
  fingerprint: string;
  resultId: string;
}

export interface FaultState {
  mode: 'fail' | 'slow' | 'off';
  /** Calls still affected; undefined = until turned off. */
  remaining: number | undefined;
  delayMs: number;
}

/** Without a delayMs, a slow peer outlasts the order service's 5 s call timeout (SPEC §11). */
export const DEFAULT_SLOW_DELAY_MS = 6000;
const EVIDENCE_WINDOW_MS = 7 * 24 * 3600 * 1000;

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
const msOrNull = (value: string | undefined) => (value === undefined ? null : Date.parse(value));

export class SandboxState {
  readonly events = new Map<string, EventRecord>();
  readonly ticketTypes = new Map<string, TicketTypeRecord>();
  readonly reservations = new Map<string, ReservationRecord>();
  readonly tickets = new Map<string, TicketRecord>();
  /** The tickets of each order, so that an order's tickets are not looked for among all of them. */
  private readonly ticketsOfOrder = new Map<string, TicketRecord[]>();
  readonly intents = new Map<string, IntentRecord>();
  readonly refunds = new Map<string, RefundRecord>();
  readonly disputes = new Map<string, DisputeRecord>();
  private readonly intentKeys = new Map<string, KeyedResult>();
  private readonly refundKeys = new Map<string, KeyedResult>();

  readonly faults: Record<SandboxPeer, FaultState> = {
    ticket: { mode: 'off', remaining: undefined, delayMs: 0 },
    event: { mode: 'off', remaining: undefined, delayMs: 0 },
    payment: { mode: 'off', remaining: undefined, delayMs: 0 },
  };
  /** /internal calls each peer received (faulted ones included): lets tests see what reached the network. */
  readonly internalCalls: Record<SandboxPeer, number> = { ticket: 0, event: 0, payment: 0 };

  /** Milliseconds since the epoch; injectable so tests can let holds expire without waiting. */
  constructor(readonly now: () => number = Date.now) {}

  // ---------- faults ----------

  setFault(peer: SandboxPeer, request: FaultRequest): FaultState {
    const fault: FaultState =
      request.mode === 'off'
        ? { mode: 'off', remaining: undefined, delayMs: 0 }
        : { mode: request.mode, remaining: request.count, delayMs: request.delayMs ?? DEFAULT_SLOW_DELAY_MS };
    this.faults[peer] = fault;
    return { ...fault };
  }

  /** Counts one /internal call and says which fault, if any, applies to it. */
  takeFault(peer: SandboxPeer): { mode: 'fail' } | { mode: 'slow'; delayMs: number } | undefined {
    this.internalCalls[peer] += 1;
    const fault = this.faults[peer];
    if (fault.mode === 'off') return undefined;
    if (fault.remaining !== undefined) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.faults[peer] = { mode: 'off', remaining: undefined, delayMs: 0 };
    }
    return fault.mode === 'fail' ? { mode: 'fail' } : { mode: 'slow', delayMs: fault.delayMs };
  }

  // ---------- events ----------

  createEvent(request: SandboxEventRequest): SandboxEvent {
    const event: EventRecord = {
      id: randomUUID(),
      tenantId: request.tenantId,
      name: request.name,
      startsAtMs: Date.parse(request.startsAt),
      endsAtMs: msOrNull(request.endsAt),
      status: 'SCHEDULED',
      currency: request.currency,
      venue: request.venue,
      salesStartAtMs: msOrNull(request.salesStartAt),
      salesEndAtMs: msOrNull(request.salesEndAt),
      ticketTypeIds: [],
    };
    for (const type of request.ticketTypes) {
      const id = randomUUID();
      this.ticketTypes.set(id, {
        id,
        eventId: event.id,
        tenantId: event.tenantId,
        name: type.name,
        price: type.price,
        currency: request.currency,
        capacity: type.capacity,
        sold: 0,
        holds: new Map(),
        held: 0,
        endings: new MinHeap(),
      });
      event.ticketTypeIds.push(id);
    }
    this.events.set(event.id, event);
    return this.sandboxEventView(event);
  }

  updateEvent(
    eventId: string,
    changes: { startsAt?: string; endsAt?: string | null; salesStartAt?: string | null; salesEndAt?: string | null; status?: EventStatus },
  ): SandboxEvent {
    const event = this.requireEvent(eventId);
    if (changes.startsAt !== undefined) event.startsAtMs = Date.parse(changes.startsAt);
    if (changes.endsAt !== undefined) event.endsAtMs = changes.endsAt === null ? null : Date.parse(changes.endsAt);
    if (changes.salesStartAt !== undefined) event.salesStartAtMs = changes.salesStartAt === null ? null : Date.parse(changes.salesStartAt);
    if (changes.salesEndAt !== undefined) event.salesEndAtMs = changes.salesEndAt === null ? null : Date.parse(changes.salesEndAt);
    if (changes.status !== undefined) event.status = changes.status;
    return this.sandboxEventView(event);
  }

  cancelEvent(eventId: string): SandboxEvent {
    const event = this.requireEvent(eventId);
    event.status = 'CANCELLED';
    return this.sandboxEventView(event);
  }

  /** The Event service's view: another tenant's event is as unknown as a missing one. */
  getEvent(eventId: string, tenantId: string): PeerEvent {
    const event = this.events.get(eventId);
    if (!event || event.tenantId !== tenantId) throw notFound(`event ${eventId}`);
    return this.eventView(event);
  }

  getSandboxEvent(eventId: string): SandboxEvent {
    return this.sandboxEventView(this.requireEvent(eventId));
  }

  private requireEvent(eventId: string): EventRecord {
    const event = this.events.get(eventId);
    if (!event) throw notFound(`event ${eventId}`);
    return event;
  }

  private eventView(event: EventRecord): PeerEvent {
    return {
      id: event.id,
      tenantId: event.tenantId,
      name: event.name,
      startsAt: iso(event.startsAtMs),
      endsAt: isoOrNull(event.endsAtMs),
      status: event.status,
      currency: event.currency,
      venue: event.venue,
      salesStartAt: isoOrNull(event.salesStartAtMs),
      salesEndAt: isoOrNull(event.salesEndAtMs),
    };
  }

  private sandboxEventView(event: EventRecord): SandboxEvent {
    const ticketTypes = event.ticketTypeIds.flatMap((id) => {
      const type = this.ticketTypes.get(id);
      return type ? [{ id: type.id, name: type.name, price: type.price, capacity: type.capacity }] : [];
    });
    return { ...this.eventView(event), ticketTypes };
  }

  // ---------- ticket types and holds ----------

  /** Unknown events simply have no ticket types: the Ticket service lists by event id, it does not own events. */
  listTicketTypes(eventId: string, tenantId: string): TicketType[] {
    const event = this.events.get(eventId);
    if (!event || event.tenantId !== tenantId) return [];
    return event.ticketTypeIds.flatMap((id) => {
      const type = this.ticketTypes.get(id);
      if (!type) return [];
      return [{ id: type.id, name: type.name, price: type.price, currency: type.currency, available: this.available(type) }];
    });
  }

  private available(type: TicketTypeRecord): number {
    return Math.max(0, type.capacity - type.sold - this.heldQuantity(type));
  }

  /** Quantity held by live holds; first drops the holds that ran out since the last look. */
  private heldQuantity(type: TicketTypeRecord): number {
    const now = this.now();
    for (let ending = type.endings.peek(); ending && ending.atMs <= now; ending = type.endings.peek()) {
      type.endings.pop();
      const reservation = this.reservations.get(ending.reservationId);
      // Still live: the hold was extended, and its later ending is in the heap too.
      if (reservation && this.isLiveHold(reservation)) continue;
      this.dropHold(type, ending.reservationId);
    }
    return type.held;
  }

  private addHold(type: TicketTypeRecord, reservation: ReservationRecord, quantity: number): void {
    type.holds.set(reservation.reservationId, quantity);
    type.held += quantity;
    type.endings.push({ atMs: reservation.expiresAtMs, reservationId: reservation.reservationId });
  }

  private dropHold(type: TicketTypeRecord, reservationId: string): void {
    const quantity = type.holds.get(reservationId);
    if (quantity === undefined) return;
    type.holds.delete(reservationId);
    type.held -= quantity;
  }

  private isLiveHold(reservation: ReservationRecord): boolean {
    return reservation.status === 'HELD' && reservation.expiresAtMs > this.now();
  }

  /** An expired hold holds nothing any more: it is shown (and treated) as released. */
  private reservationView(reservation: ReservationRecord): Reservation {
    const status = reservation.status === 'HELD' && !this.isLiveHold(reservation) ? 'RELEASED' : reservation.status;
    return { reservationId: reservation.reservationId, eventId: reservation.eventId, status, expiresAt: iso(reservation.expiresAtMs) };
  }

  /**
   * Idempotent per reservationId: the same id with the same event and items answers the existing
   * reservation. A later expiresAt on a live hold extends it (that is how the order service extends a hold);
   * an earlier one never shortens it.
   */
  reserve(request: ReservationRequest, tenantId: string): Reservation {
    const quantities = new Map<string, number>();
    for (const item of request.items) quantities.set(item.ticketTypeId, (quantities.get(item.ticketTypeId) ?? 0) + item.quantity);
    const expiresAtMs = Date.parse(request.expiresAt);

    const existing = this.reservations.get(request.reservationId);
    if (existing) {
      if (existing.tenantId !== tenantId || existing.eventId !== request.eventId || !sameQuantities(existing.quantities, quantities)) {
        throw new SandboxError(409, 'RESERVATION_CONFLICT', `reservation ${request.reservationId} exists with other items`);
      }
      if (this.isLiveHold(existing) && expiresAtMs > existing.expiresAtMs) {
        existing.expiresAtMs = expiresAtMs;
        for (const ticketTypeId of existing.quantities.keys()) {
          this.ticketTypes.get(ticketTypeId)?.endings.push({ atMs: expiresAtMs, reservationId: existing.reservationId });
        }
      }
      return this.reservationView(existing);
    }

    const event = this.events.get(request.eventId);
    if (!event || event.tenantId !== tenantId) throw notFound(`event ${request.eventId}`);
    if (expiresAtMs <= this.now()) throw new SandboxError(400, 'VALIDATION_FAILED', 'expiresAt must be in the future');
    const types = [...quantities].map(([ticketTypeId, quantity]) => {
      const type = this.ticketTypes.get(ticketTypeId);
      if (!type || type.eventId !== event.id) throw notFound(`ticket type ${ticketTypeId} of event ${event.id}`);
      return { type, quantity };
    });
    const short = types.filter(({ type, quantity }) => this.available(type) < quantity);
    if (short.length > 0) {
      const names = short.map(({ type }) => `${type.name} (${this.available(type)} left)`).join(', ');
      throw new SandboxError(409, 'SOLD_OUT', `not enough tickets: ${names}`);
    }

    const reservation: ReservationRecord = {
      reservationId: request.reservationId,
      tenantId,
      eventId: event.id,
      quantities,
      expiresAtMs,
      status: 'HELD',
      tickets: [],
    };
    this.reservations.set(reservation.reservationId, reservation);
    for (const { type, quantity } of types) this.addHold(type, reservation, quantity);
    return this.reservationView(reservation);
  }

  /** Idempotent: committing again for the same order answers the same tickets. */
  commit(reservationId: string, tenantId: string, orderId: string, ownerUserId: string): AllocatedTicket[] {
    const reservation = this.reservations.get(reservationId);
    if (!reservation || reservation.tenantId !== tenantId) throw notFound(`reservation ${reservationId}`);
    if (reservation.status === 'COMMITTED') {
      if (reservation.committedFor?.orderId !== orderId) {
        throw new SandboxError(409, 'RESERVATION_CONFLICT', `reservation ${reservationId} was committed for another order`);
      }
      return reservation.tickets;
    }
    if (!this.isLiveHold(reservation)) {
      throw new SandboxError(409, 'RESERVATION_GONE', `reservation ${reservationId} expired or was released`);
    }

    for (const [ticketTypeId, quantity] of reservation.quantities) {
      const type = this.ticketTypes.get(ticketTypeId);
      if (!type) continue;
      this.dropHold(type, reservationId);
      type.sold += quantity;
      for (let n = 0; n < quantity; n++) {
        const ticket: TicketRecord = {
          ticketId: randomUUID(),
          ticketTypeId,
          tenantId,
          orderId,
          ownerUserId,
          transferred: false,
          used: false,
          status: 'valid',
        };
        this.tickets.set(ticket.ticketId, ticket);
        const ofOrder = this.ticketsOfOrder.get(orderId);
        if (ofOrder) ofOrder.push(ticket);
        else this.ticketsOfOrder.set(orderId, [ticket]);
        reservation.tickets.push({ ticketId: ticket.ticketId, ticketTypeId });
      }
    }
    reservation.status = 'COMMITTED';
    reservation.committedFor = { orderId, ownerUserId };
    return reservation.tickets;
  }

  /** Sandbox control (read-only): a tenant's reservations as the Ticket service sees them now, for drills. */
  listReservations(tenantId: string): (Reservation & { tenantId: string })[] {
    return [...this.reservations.values()]
      .filter((reservation) => reservation.tenantId === tenantId)
      .map((reservation) => ({ ...this.reservationView(reservation), tenantId }));
  }

  /** Idempotent: unknown and already released (or expired) reservations are fine. */
  releaseReservation(reservationId: string, tenantId: string): void {
    const reservation = this.reservations.get(reservationId);
    if (!reservation || reservation.tenantId !== tenantId) return;
    if (reservation.status === 'COMMITTED') {
      throw new SandboxError(409, 'INVALID_STATE', `reservation ${reservationId} is committed; release its tickets instead`);
    }
    reservation.status = 'RELEASED';
    for (const ticketTypeId of reservation.quantities.keys()) {
      const type = this.ticketTypes.get(ticketTypeId);
      if (type) this.dropHold(type, reservationId);
    }
  }

  // ---------- tickets ----------

  /** The order's tickets still in force: released (refunded) and voided ones no longer belong to it. */
  orderTickets(orderId: string, tenantId: string): TicketState[] {
    return (this.ticketsOfOrder.get(orderId) ?? [])
      .filter((ticket) => ticket.tenantId === tenantId && ticket.status === 'valid')
      .map(({ ticketId, ticketTypeId, ownerUserId, transferred, used }) => ({ ticketId, ticketTypeId, ownerUserId, transferred, used }));
  }

  /** Refunded tickets go back on sale. All ids are checked first, so an unknown one changes nothing. */
  releaseTickets(ticketIds: string[], tenantId: string): number {
    const tickets = this.requireTickets(ticketIds, tenantId);
    let released = 0;
    for (const ticket of tickets) {
      if (ticket.status !== 'valid') continue;
      ticket.status = 'released';
      const type = this.ticketTypes.get(ticket.ticketTypeId);
      if (type) type.sold -= 1;
      released += 1;
    }
    return released;
  }

  /** Voided tickets stop being valid but are not resold (a lost dispute, fraud). */
  voidTickets(ticketIds: string[], tenantId: string): number {
    const tickets = this.requireTickets(ticketIds, tenantId);
    let voided = 0;
    for (const ticket of tickets) {
      if (ticket.status !== 'valid') continue;
      ticket.status = 'voided';
      voided += 1;
    }
    return voided;
  }

  transferTicket(ticketId: string, toUserId: string): TicketState {
    const ticket = this.tickets.get(ticketId);
    if (!ticket) throw notFound(`ticket ${ticketId}`);
    ticket.ownerUserId = toUserId;
    ticket.transferred = true;
    return ticketView(ticket);
  }

  scanTicket(ticketId: string): TicketState {
    const ticket = this.tickets.get(ticketId);
    if (!ticket) throw notFound(`ticket ${ticketId}`);
    if (ticket.status !== 'valid') throw new SandboxError(409, 'INVALID_STATE', `ticket ${ticketId} is ${ticket.status}`);
    ticket.used = true;
    return ticketView(ticket);
  }

  private requireTickets(ticketIds: string[], tenantId: string): TicketRecord[] {
    return ticketIds.map((ticketId) => {
      const ticket = this.tickets.get(ticketId);
      if (!ticket || ticket.tenantId !== tenantId) throw notFound(`ticket ${ticketId}`);
      return ticket;
    });
  }

  // ---------- payments ----------

  /** Idempotent per (tenant, key): the same body answers the same intent, another body is refused. */
  createIntent(request: CreateIntentRequest, tenantId: string, idempotencyKey: string): PaymentIntent {
    const keyed = this.replay(this.intentKeys, tenantId, idempotencyKey, request);
    if (keyed) return intentView(this.requireIntent(keyed, tenantId));
    const intent: IntentRecord = {
      id: randomUUID(),
      tenantId,
      orderId: request.orderId,
      amount: request.amount,
      currency: request.currency,
      status: 'requires_payment',
      clientSecret: `sandbox_secret_${randomBytes(16).toString('hex')}`,
      refundedAmount: 0,
    };
    this.intents.set(intent.id, intent);
    this.remember(this.intentKeys, tenantId, idempotencyKey, request, intent.id);
    return intentView(intent);
  }

  /** Idempotent: cancelling a cancelled intent is fine; a paid one can only be refunded. */
  cancelIntent(intentId: string, tenantId: string): PaymentIntent {
    const intent = this.requireIntent(intentId, tenantId);
    if (intent.status === 'succeeded') throw new SandboxError(409, 'INVALID_STATE', `payment intent ${intentId} already succeeded; refund it instead`);
    intent.status = 'cancelled';
    return intentView(intent);
  }

  /** Sandbox control (read-only): a tenant's payment intents, for drills. */
  listIntents(tenantId: string): IntentRecord[] {
    return [...this.intents.values()].filter((intent) => intent.tenantId === tenantId).map((intent) => ({ ...intent }));
  }

  /** For sandbox controls, which act across tenants. */
  requireAnyIntent(intentId: string): IntentRecord {
    const intent = this.intents.get(intentId);
    if (!intent) throw notFound(`payment intent ${intentId}`);
    return intent;
  }

  /** Sandbox control: the customer paid. Repeating it is allowed (the notification is sent again). */
  succeedIntent(intentId: string): IntentRecord {
    const intent = this.requireAnyIntent(intentId);
    if (intent.status === 'cancelled') throw new SandboxError(409, 'INVALID_STATE', `payment intent ${intentId} is cancelled`);
    intent.status = 'succeeded';
    return intent;
  }

  /** Sandbox control: the card was declined; the customer may still try again. */
  failIntent(intentId: string): IntentRecord {
    const intent = this.requireAnyIntent(intentId);
    if (intent.status === 'cancelled' || intent.status === 'succeeded') {
      throw new SandboxError(409, 'INVALID_STATE', `payment intent ${intentId} is ${intent.status}`);
    }
    intent.status = 'failed';
    return intent;
  }

  /** The sum of refunds per intent never exceeds what was paid. Idempotent per (tenant, key). */
  refund(request: RefundRequest, tenantId: string, idempotencyKey: string): PeerRefund {
    const keyed = this.replay(this.refundKeys, tenantId, idempotencyKey, request);
    if (keyed) {
      const existing = this.refunds.get(keyed);
      if (existing) return refundView(existing);
    }
    const intent = this.requireIntent(request.paymentIntentId, tenantId);
    if (intent.status !== 'succeeded') {
      throw new SandboxError(409, 'INVALID_STATE', `payment intent ${intent.id} is ${intent.status}, not paid`);
    }
    const refundable = intent.amount - intent.refundedAmount;
    if (request.amount > refundable) {
      throw new SandboxError(409, 'REFUND_EXCEEDS_PAYMENT', `refund of ${request.amount} exceeds the ${refundable} still refundable on ${intent.id}`);
    }
    intent.refundedAmount += request.amount;
    const refund: RefundRecord = {
      id: randomUUID(),
      tenantId,
      paymentIntentId: intent.id,
      amount: request.amount,
      reason: request.reason,
      status: 'succeeded',
    };
    this.refunds.set(refund.id, refund);
    this.remember(this.refundKeys, tenantId, idempotencyKey, request, refund.id);
    return refundView(refund);
  }

  private requireIntent(intentId: string, tenantId: string): IntentRecord {
    const intent = this.intents.get(intentId);
    if (!intent || intent.tenantId !== tenantId) throw notFound(`payment intent ${intentId}`);
    return intent;
  }

  private replay(keys: Map<string, KeyedResult>, tenantId: string, key: string, request: object): string | undefined {
    const keyed = keys.get(`${tenantId}:${key}`);
    if (!keyed) return undefined;
    if (keyed.fingerprint !== JSON.stringify(request)) {
      throw new SandboxError(422, 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used with a different request');
    }
    return keyed.resultId;
  }

  private remember(keys: Map<string, KeyedResult>, tenantId: string, key: string, request: object, resultId: string): void {
    keys.set(`${tenantId}:${key}`, { fingerprint: JSON.stringify(request), resultId });
  }

  // ---------- disputes ----------

  /**
   * Disputes may name an intent the sandbox does not know (the order service must store and alert those),
   * in which case the amount has to be given.
   */
  openDispute(request: { paymentIntentId: string; amount?: number; currency?: Currency; reason?: string }): DisputeRecord {
    const intent = this.intents.get(request.paymentIntentId);
    const amount = request.amount ?? intent?.amount;
    if (amount === undefined) throw new SandboxError(400, 'VALIDATION_FAILED', 'amount is required for an unknown payment intent');
    const dispute: DisputeRecord = {
      id: randomUUID(),
      paymentIntentId: request.paymentIntentId,
      amount,
      currency: intent?.currency ?? request.currency ?? 'USD',
      reason: request.reason ?? 'fraudulent',
      status: 'needs_response',
      evidenceDueByMs: this.now() + EVIDENCE_WINDOW_MS,
    };
    this.disputes.set(dispute.id, dispute);
    return dispute;
  }

  closeDispute(disputeId: string, outcome: 'won' | 'lost'): DisputeRecord {
    const dispute = this.disputes.get(disputeId);
    if (!dispute) throw notFound(`dispute ${disputeId}`);
    if (dispute.status !== 'needs_response') throw new SandboxError(409, 'INVALID_STATE', `dispute ${disputeId} is already ${dispute.status}`);
    dispute.status = outcome;
    return dispute;
  }
}

function sameQuantities(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([ticketTypeId, quantity]) => b.get(ticketTypeId) === quantity);
}

function ticketView(ticket: TicketRecord): TicketState {
  const { ticketId, ticketTypeId, ownerUserId, transferred, used } = ticket;
  return { ticketId, ticketTypeId, ownerUserId, transferred, used };
}

export function intentView(intent: IntentRecord): PaymentIntent {
  return { id: intent.id, clientSecret: intent.clientSecret, status: intent.status, amount: intent.amount, currency: intent.currency };
}

function refundView(refund: RefundRecord): PeerRefund {
  return { id: refund.id, status: refund.status };
}
