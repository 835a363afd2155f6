/**
 * The Event service of the sandbox (SPEC §9): events with their venue, sales window and status. A new event's
 * ticket types are created at the Ticket service (ticket-state.ts) at the same time.
 */
import { randomUUID } from 'node:crypto';
import type { Currency, EventStatus, PeerEvent, SandboxEvent, SandboxEventRequest, Venue } from '../src/peers/contract.js';
import { iso, notFound } from './peer-error.js';
import type { TicketSandbox } from './ticket-state.js';

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

const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
const msOrNull = (value: string | undefined) => (value === undefined ? null : Date.parse(value));

export class EventSandbox {
  readonly events = new Map<string, EventRecord>();

  constructor(private readonly tickets: TicketSandbox) {}

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
    event.ticketTypeIds.push(...this.tickets.addTicketTypes(event, request.ticketTypes));
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
      const type = this.tickets.ticketTypes.get(id);
      return type ? [{ id: type.id, name: type.name, price: type.price, capacity: type.capacity }] : [];
    });
    return { ...this.eventView(event), ticketTypes };
  }
}
