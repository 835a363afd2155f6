/**
 * What this instance knows of sold-out ticket types, for a few seconds (SOLD_OUT_MEMORY_SECONDS): during an
 * on-sale rush most checkouts ask for tickets that are gone, and each would otherwise cost a call to the
 * Ticket service. When the Ticket service's listing of an event shows a type with nothing available, the
 * listing is remembered; checkout answers 409 SOLD_OUT from it without asking again (see
 * CheckoutSaga.checkout). A release of tickets in this instance (a hold released on cancel or expiry, tickets
 * released by a refund) forgets the tenant's listings at once; releases made by other instances, and holds
 * the Ticket service lets lapse by itself, are seen when the memory's time is up.
 */
import type { PeerCallContext, TicketClient, TicketType } from './contract.js';

/** Listings kept at most; the oldest goes first (a rush concerns a few events, not thousands). */
const MAX_EVENTS = 10_000;

interface Remembered {
  types: TicketType[];
  expiresAt: number;
}

export class SoldOutMemory {
  private readonly listings = new Map<string, Remembered>();
  /** Bumped by every release in a tenant: a listing read before a release must not be remembered after it. */
  private readonly generations = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  generation(tenantId: string): number {
    return this.generations.get(tenantId) ?? 0;
  }

  /** Keeps the listing when one of its types has nothing available (and no release happened since `generation`). */
  remember(tenantId: string, eventId: string, types: TicketType[], generation: number): void {
    const key = keyOf(tenantId, eventId);
    if (!this.enabled || generation !== this.generation(tenantId) || !types.some((type) => type.available === 0)) {
      this.listings.delete(key);
      return;
    }
    this.listings.delete(key);
    if (this.listings.size >= MAX_EVENTS) {
      const oldest = this.listings.keys().next().value;
      if (oldest !== undefined) this.listings.delete(oldest);
    }
    this.listings.set(key, { types, expiresAt: this.now() + this.ttlMs });
  }

  /** The event's remembered listing (some type of it sold out), or null. */
  recall(tenantId: string, eventId: string): TicketType[] | null {
    const key = keyOf(tenantId, eventId);
    const remembered = this.listings.get(key);
    if (!remembered) return null;
    if (remembered.expiresAt <= this.now()) {
      this.listings.delete(key);
      return null;
    }
    return remembered.types;
  }

  /** Tickets of the tenant went back on sale: forget every listing of it. */
  forgetTenant(tenantId: string): void {
    this.generations.set(tenantId, this.generation(tenantId) + 1);
    const prefix = keyOf(tenantId, '');
    for (const key of this.listings.keys()) if (key.startsWith(prefix)) this.listings.delete(key);
  }
}

const keyOf = (tenantId: string, eventId: string) => `${tenantId}\u0000${eventId}`;

/**
 * The Ticket client with the memory: listings feed it, releases empty it. The release calls name a
 * reservation or tickets, not the event, so the whole tenant's memory goes (before the call, so that no
 * checkout trusts it while the release is under way, and after, for a listing read meanwhile).
 */
export function soldOutMemoryTicketClient(inner: TicketClient, memory: SoldOutMemory): TicketClient {
  const released = async <T>(ctx: PeerCallContext, release: () => Promise<T>): Promise<T> => {
    memory.forgetTenant(ctx.tenantId);
    try {
      return await release();
    } finally {
      memory.forgetTenant(ctx.tenantId);
    }
  };
  return {
    async listTicketTypes(eventId, ctx) {
      const generation = memory.generation(ctx.tenantId);
      const types = await inner.listTicketTypes(eventId, ctx);
      memory.remember(ctx.tenantId, eventId, types, generation);
      return types;
    },
    rememberedListing: (eventId, ctx) => memory.recall(ctx.tenantId, eventId),
    reserve: (request, ctx) => inner.reserve(request, ctx),
    commit: (reservationId, request, ctx) => inner.commit(reservationId, request, ctx),
    release: (reservationId, ctx) => released(ctx, () => inner.release(reservationId, ctx)),
    releaseMany: (reservationIds, ctx) => released(ctx, () => inner.releaseMany(reservationIds, ctx)),
    orderTickets: (orderId, ctx) => inner.orderTickets(orderId, ctx),
    releaseTickets: (ticketIds, ctx) => released(ctx, () => inner.releaseTickets(ticketIds, ctx)),
    voidTickets: (ticketIds, ctx) => inner.voidTickets(ticketIds, ctx),
  };
}
