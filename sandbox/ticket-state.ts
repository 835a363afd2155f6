/**
 * The Ticket service of the sandbox (SPEC §9): ticket types with capacity, holds that expire, idempotent
 * reservations and commits, tickets released (back on sale) or voided. The Fastify app (ticket-app.ts) only
 * translates HTTP to these methods.
 */
import { randomUUID } from 'node:crypto';
import type { AllocatedTicket, Currency, HoldReleaseOutcome, Reservation, ReservationRequest, TicketState, TicketType } from '../src/peers/contract.js';
import { iso, notFound, SandboxError } from './peer-error.js';

/** What the Ticket service knows of an event: whose it is and its ticket types, in order. */
export interface EventOfTicketTypes {
  id: string;
  tenantId: string;
  ticketTypeIds: string[];
}

export interface NewTicketType {
  name: string;
  price: number;
  capacity: number;
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

export class TicketSandbox {
  readonly ticketTypes = new Map<string, TicketTypeRecord>();
  readonly reservations = new Map<string, ReservationRecord>();
  readonly tickets = new Map<string, TicketRecord>();
  /** The tickets of each order, so that an order's tickets are not looked for among all of them. */
  private readonly ticketsOfOrder = new Map<string, TicketRecord[]>();

  constructor(
    readonly now: () => number,
    /** The events (the Event service's records), by id. */
    private readonly eventOf: (eventId: string) => EventOfTicketTypes | undefined,
  ) {}

  /** The ticket types of a new event (the sandbox creates them with the event); answers their ids in order. */
  addTicketTypes(event: { id: string; tenantId: string; currency: Currency }, types: readonly NewTicketType[]): string[] {
    return types.map((type) => {
      const id = randomUUID();
      this.ticketTypes.set(id, {
        id,
        eventId: event.id,
        tenantId: event.tenantId,
        name: type.name,
        price: type.price,
        currency: event.currency,
        capacity: type.capacity,
        sold: 0,
        holds: new Map(),
        held: 0,
        endings: new MinHeap(),
      });
      return id;
    });
  }

  /** Unknown events simply have no ticket types: the Ticket service lists by event id, it does not own events. */
  listTicketTypes(eventId: string, tenantId: string): TicketType[] {
    const event = this.eventOf(eventId);
    if (!event || event.tenantId !== tenantId) return [];
    return event.ticketTypeIds.flatMap((id) => {
      const type = this.ticketTypes.get(id);
      if (!type) return [];
      return [{ id: type.id, name: type.name, price: type.price, currency: type.currency, available: this.available(type) }];
    });
  }

  /** What the Ticket service counts per type, unclamped (a count beyond capacity would be an oversell). */
  ticketTypeCounts(eventId: string, tenantId: string): { id: string; capacity: number; sold: number; held: number }[] {
    const event = this.eventOf(eventId);
    if (!event || event.tenantId !== tenantId) return [];
    return event.ticketTypeIds.flatMap((id) => {
      const type = this.ticketTypes.get(id);
      return type ? [{ id: type.id, capacity: type.capacity, sold: type.sold, held: this.heldQuantity(type) }] : [];
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

    const event = this.eventOf(request.eventId);
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

  /** Idempotent: unknown and already released (or expired) reservations are fine; a committed one is a 409. */
  releaseReservation(reservationId: string, tenantId: string): void {
    if (this.releaseHold(reservationId, tenantId) === 'committed') {
      throw new SandboxError(409, 'INVALID_STATE', `reservation ${reservationId} is committed; release its tickets instead`);
    }
  }

  /** Many holds at once, each as releaseReservation: one outcome per id, in order (the batch route). */
  releaseHolds(reservationIds: readonly string[], tenantId: string): { reservationId: string; outcome: HoldReleaseOutcome }[] {
    return reservationIds.map((reservationId) => ({ reservationId, outcome: this.releaseHold(reservationId, tenantId) }));
  }

  /**
   * What releasing one hold comes to. Another tenant's reservation is as unknown as one never made; a hold that
   * lapsed or was released before is marked released again and reported unknown (nothing was held any more).
   */
  private releaseHold(reservationId: string, tenantId: string): HoldReleaseOutcome {
    const reservation = this.reservations.get(reservationId);
    if (!reservation || reservation.tenantId !== tenantId) return 'unknown';
    if (reservation.status === 'COMMITTED') return 'committed';
    const held = this.isLiveHold(reservation);
    reservation.status = 'RELEASED';
    for (const ticketTypeId of reservation.quantities.keys()) {
      const type = this.ticketTypes.get(ticketTypeId);
      if (type) this.dropHold(type, reservationId);
    }
    return held ? 'released' : 'unknown';
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
}

function sameQuantities(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([ticketTypeId, quantity]) => b.get(ticketTypeId) === quantity);
}

function ticketView(ticket: TicketRecord): TicketState {
  const { ticketId, ticketTypeId, ownerUserId, transferred, used } = ticket;
  return { ticketId, ticketTypeId, ownerUserId, transferred, used };
}
