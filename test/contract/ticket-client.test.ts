import { randomUUID } from 'node:crypto';
import { Value } from '@sinclair/typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckoutRejected, InvalidState, SoldOut } from '../../src/errors.js';
import { createServiceTokenSigner, ServiceName } from '../../src/http/service-token.js';
import {
  AllocatedTicket,
  CommitResponse,
  ReleaseHoldsResponse,
  Reservation,
  ReservationGone,
  TicketStateList,
  TicketTypeList,
  type PeerCallContext,
  type SandboxEvent,
} from '../../src/peers/contract.js';
import {
  createSandboxEvent,
  minutesFrom,
  newTenant,
  postJson,
  SERVICE_JWT_SECRET,
  startContractFixture,
  ticketTypeId,
  type ContractFixture,
} from './sandbox-fixture.js';

let fixture: ContractFixture;
beforeAll(async () => {
  fixture = await startContractFixture();
});
afterAll(async () => {
  await fixture.close();
});

async function availability(event: SandboxEvent, ctx: PeerCallContext): Promise<Record<string, number>> {
  const types = await fixture.peers.tickets.listTicketTypes(event.id, ctx);
  return Object.fromEntries(types.map((type) => [type.name, type.available]));
}

async function reserveGeneral(event: SandboxEvent, ctx: PeerCallContext, quantity: number, holdMinutes = 15) {
  return fixture.peers.tickets.reserve(
    {
      reservationId: randomUUID(),
      eventId: event.id,
      items: [{ ticketTypeId: ticketTypeId(event, 'General'), quantity }],
      expiresAt: minutesFrom(fixture.nowMs(), holdMinutes),
    },
    ctx,
  );
}

describe('TicketClient against the Ticket sandbox', () => {
  it('lists ticket types with prices and availability per the contract', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const types = await fixture.peers.tickets.listTicketTypes(event.id, ctx);
    expect(Value.Check(TicketTypeList, types)).toBe(true);
    expect(types.map(({ name, price, currency, available }) => ({ name, price, currency, available }))).toEqual([
      { name: 'General', price: 5000, currency: 'USD', available: 10 },
      { name: 'VIP', price: 15000, currency: 'USD', available: 2 },
    ]);
  });

  it("answers no ticket types for an unknown event or another tenant's event", async () => {
    const owner = newTenant();
    const event = await createSandboxEvent(fixture, owner.tenantId);
    expect(await fixture.peers.tickets.listTicketTypes(randomUUID(), owner)).toEqual([]);
    expect(await fixture.peers.tickets.listTicketTypes(event.id, newTenant())).toEqual([]);
  });

  it('holds tickets: a reservation lowers availability until it expires', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const reservation = await reserveGeneral(event, ctx, 3);
    expect(Value.Check(Reservation, reservation)).toBe(true);
    expect(reservation.status).toBe('HELD');
    expect((await availability(event, ctx)).General).toBe(7);

    fixture.advance(16 * 60_000);
    expect((await availability(event, ctx)).General).toBe(10);
  });

  it('is idempotent per reservationId and extends a live hold when posted again with a later expiresAt', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const request = {
      reservationId: randomUUID(),
      eventId: event.id,
      items: [{ ticketTypeId: ticketTypeId(event, 'General'), quantity: 2 }],
      expiresAt: minutesFrom(fixture.nowMs(), 15),
    };
    const first = await fixture.peers.tickets.reserve(request, ctx);
    const again = await fixture.peers.tickets.reserve(request, ctx);
    expect(again).toEqual(first);
    expect((await availability(event, ctx)).General).toBe(8);

    const extendedUntil = minutesFrom(fixture.nowMs(), 30);
    const extended = await fixture.peers.tickets.reserve({ ...request, expiresAt: extendedUntil }, ctx);
    expect(extended).toMatchObject({ status: 'HELD', expiresAt: extendedUntil });
    expect((await availability(event, ctx)).General).toBe(8);
  });

  it('frees holds in the order they end, keeps an extended hold past its first end, and counts releases and commits once', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const start = fixture.nowMs();
    const extended = await reserveGeneral(event, ctx, 2, 15);
    await reserveGeneral(event, ctx, 3, 5);
    await reserveGeneral(event, ctx, 1, 10);
    const released = await reserveGeneral(event, ctx, 1, 20);
    const committed = await reserveGeneral(event, ctx, 1, 20);
    const request = { reservationId: extended.reservationId, eventId: event.id, items: [{ ticketTypeId: ticketTypeId(event, 'General'), quantity: 2 }] };
    await fixture.peers.tickets.reserve({ ...request, expiresAt: minutesFrom(start, 30) }, ctx);
    expect((await availability(event, ctx)).General).toBe(2);

    await fixture.peers.tickets.release(released.reservationId, ctx);
    await fixture.peers.tickets.release(released.reservationId, ctx);
    await fixture.peers.tickets.commit(committed.reservationId, { orderId: randomUUID(), ownerUserId: 'u' }, ctx);
    // 10 − 2 (extended) − 3 − 1 held, 1 sold.
    expect((await availability(event, ctx)).General).toBe(3);

    const at = async (minutes: number) => {
      fixture.advance(start + minutes * 60_000 - fixture.nowMs());
      return (await availability(event, ctx)).General;
    };
    expect(await at(6)).toBe(6); // the 5-minute hold ended
    expect(await at(11)).toBe(7); // the 10-minute one
    expect(await at(16)).toBe(7); // the extended hold still counts past its first 15 minutes
    expect(await at(21)).toBe(7); // the released one was counted free once, not again at its end
    expect(await at(31)).toBe(9); // the extended hold ended; the committed ticket stays sold
  });

  it('refuses a reservation beyond capacity with SoldOut', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    await reserveGeneral(event, ctx, 8);
    await expect(reserveGeneral(event, ctx, 3)).rejects.toBeInstanceOf(SoldOut);
    expect((await availability(event, ctx)).General).toBe(2);
  });

  it("refuses ticket types that are not the event's", async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const request = {
      reservationId: randomUUID(),
      eventId: event.id,
      items: [{ ticketTypeId: randomUUID(), quantity: 1 }],
      expiresAt: minutesFrom(fixture.nowMs(), 15),
    };
    await expect(fixture.peers.tickets.reserve(request, ctx)).rejects.toBeInstanceOf(CheckoutRejected);
  });

  it('commits a live hold into tickets, and committing again answers the same tickets', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const reservation = await reserveGeneral(event, ctx, 2);
    const commit = { orderId: randomUUID(), ownerUserId: 'user-1' };

    const tickets = await fixture.peers.tickets.commit(reservation.reservationId, commit, ctx);
    expect(Value.Check(CommitResponse, { tickets })).toBe(true);
    expect(tickets).toHaveLength(2);
    expect(tickets.every((ticket) => Value.Check(AllocatedTicket, ticket) && ticket.ticketTypeId === ticketTypeId(event, 'General'))).toBe(true);

    expect(await fixture.peers.tickets.commit(reservation.reservationId, commit, ctx)).toEqual(tickets);
    // Sold tickets stay unavailable after the hold's expiry time has passed.
    fixture.advance(60 * 60_000);
    expect((await availability(event, ctx)).General).toBe(8);
  });

  it('answers ReservationGone when committing a hold that expired', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const reservation = await reserveGeneral(event, ctx, 1, 15);
    fixture.advance(15 * 60_000 + 1000);
    await expect(fixture.peers.tickets.commit(reservation.reservationId, { orderId: randomUUID(), ownerUserId: 'u' }, ctx)).rejects.toBeInstanceOf(
      ReservationGone,
    );
  });

  it('answers ReservationGone when committing an unknown reservation', async () => {
    const ctx = newTenant();
    const error = await fixture.peers.tickets.commit(randomUUID(), { orderId: randomUUID(), ownerUserId: 'u' }, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReservationGone);
  });

  it('releases a hold idempotently, after which it cannot be committed', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const reservation = await reserveGeneral(event, ctx, 4);
    await fixture.peers.tickets.release(reservation.reservationId, ctx);
    await fixture.peers.tickets.release(reservation.reservationId, ctx);
    await fixture.peers.tickets.release(randomUUID(), ctx);
    expect((await availability(event, ctx)).General).toBe(10);
    await expect(fixture.peers.tickets.commit(reservation.reservationId, { orderId: randomUUID(), ownerUserId: 'u' }, ctx)).rejects.toBeInstanceOf(
      ReservationGone,
    );
  });

  it('refuses to release a committed reservation with InvalidState', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const reservation = await reserveGeneral(event, ctx, 1);
    await fixture.peers.tickets.commit(reservation.reservationId, { orderId: randomUUID(), ownerUserId: 'u' }, ctx);
    await expect(fixture.peers.tickets.release(reservation.reservationId, ctx)).rejects.toBeInstanceOf(InvalidState);
  });

  it("reports an order's tickets with their owner, transfer and use", async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const reservation = await reserveGeneral(event, ctx, 2);
    const orderId = randomUUID();
    const [first, second] = await fixture.peers.tickets.commit(reservation.reservationId, { orderId, ownerUserId: 'buyer' }, ctx);
    if (!first || !second) throw new Error('expected two tickets');

    expect((await postJson(`${fixture.sandbox.urls.ticket}/sandbox/tickets/${first.ticketId}/transfer`, { toUserId: 'friend' })).status).toBe(200);
    expect((await postJson(`${fixture.sandbox.urls.ticket}/sandbox/tickets/${second.ticketId}/scan`)).status).toBe(200);

    const states = await fixture.peers.tickets.orderTickets(orderId, ctx);
    expect(Value.Check(TicketStateList, states)).toBe(true);
    expect(states).toEqual(
      expect.arrayContaining([
        { ticketId: first.ticketId, ticketTypeId: first.ticketTypeId, ownerUserId: 'friend', transferred: true, used: false },
        { ticketId: second.ticketId, ticketTypeId: second.ticketTypeId, ownerUserId: 'buyer', transferred: false, used: true },
      ]),
    );
    expect(await fixture.peers.tickets.orderTickets(orderId, newTenant())).toEqual([]);
  });

  it('puts released tickets back on sale, while voided tickets only stop being valid', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const reservation = await reserveGeneral(event, ctx, 3);
    const orderId = randomUUID();
    const [refunded, disputed, kept] = await fixture.peers.tickets.commit(reservation.reservationId, { orderId, ownerUserId: 'u' }, ctx);
    if (!refunded || !disputed || !kept) throw new Error('expected three tickets');
    expect((await availability(event, ctx)).General).toBe(7);

    await fixture.peers.tickets.releaseTickets([refunded.ticketId], ctx);
    await fixture.peers.tickets.releaseTickets([refunded.ticketId], ctx);
    await fixture.peers.tickets.voidTickets([disputed.ticketId], ctx);

    expect((await availability(event, ctx)).General).toBe(8);
    expect((await fixture.peers.tickets.orderTickets(orderId, ctx)).map((ticket) => ticket.ticketId)).toEqual([kept.ticketId]);
  });
});

describe('releasing many holds at once (POST /internal/v1/tickets/holds/release)', () => {
  const signer = createServiceTokenSigner(SERVICE_JWT_SECRET, ServiceName.order);
  async function releaseRoute(body: unknown, headers: Record<string, string>) {
    const response = await fetch(`${fixture.sandbox.urls.ticket}/internal/v1/tickets/holds/release`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }
  const ticketCalls = () => fixture.sandbox.state.faults.internalCalls.ticket;

  it('releases a mixed batch in one call: released, unknown (never known, released before, lapsed, another tenant\'s) and committed', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const live = await reserveGeneral(event, ctx, 2);
    const releasedBefore = await reserveGeneral(event, ctx, 1);
    await fixture.peers.tickets.release(releasedBefore.reservationId, ctx);
    const committed = await reserveGeneral(event, ctx, 1);
    const orderId = randomUUID();
    const tickets = await fixture.peers.tickets.commit(committed.reservationId, { orderId, ownerUserId: 'u' }, ctx);
    const other = newTenant();
    const othersEvent = await createSandboxEvent(fixture, other.tenantId);
    const othersHold = await reserveGeneral(othersEvent, other, 3);
    const never = randomUUID();
    expect((await availability(event, ctx)).General).toBe(7);

    const before = ticketCalls();
    const outcomes = await fixture.peers.tickets.releaseMany(
      [live.reservationId, never, releasedBefore.reservationId, committed.reservationId, othersHold.reservationId],
      ctx,
    );

    expect(ticketCalls() - before).toBe(1);
    expect(Object.fromEntries(outcomes)).toEqual({
      [live.reservationId]: { outcome: 'released' },
      [never]: { outcome: 'unknown' },
      [releasedBefore.reservationId]: { outcome: 'unknown' },
      [committed.reservationId]: { outcome: 'committed' },
      [othersHold.reservationId]: { outcome: 'unknown' },
    });
    // The live hold is let go and cannot be committed any more; the committed tickets and the other tenant's hold stay.
    expect((await availability(event, ctx)).General).toBe(9);
    await expect(fixture.peers.tickets.commit(live.reservationId, { orderId: randomUUID(), ownerUserId: 'u' }, ctx)).rejects.toBeInstanceOf(ReservationGone);
    expect(await fixture.peers.tickets.orderTickets(orderId, ctx)).toHaveLength(tickets.length);
    expect((await availability(othersEvent, other)).General).toBe(7);

    // Idempotent: the same batch again changes nothing, and the released hold is now unknown.
    const again = await fixture.peers.tickets.releaseMany([live.reservationId, committed.reservationId], ctx);
    expect(Object.fromEntries(again)).toEqual({ [live.reservationId]: { outcome: 'unknown' }, [committed.reservationId]: { outcome: 'committed' } });
    expect((await availability(event, ctx)).General).toBe(9);
  });

  it('reports a hold that lapsed as unknown, and answers per the contract in the order asked', async () => {
    const ctx = newTenant();
    const event = await createSandboxEvent(fixture, ctx.tenantId);
    const lapsed = await reserveGeneral(event, ctx, 1, 5);
    fixture.advance(6 * 60_000);
    const live = await reserveGeneral(event, ctx, 1);
    const authorization = `Bearer ${await signer.tokenFor(ServiceName.ticket)}`;

    const answer = await releaseRoute({ reservationIds: [live.reservationId, lapsed.reservationId] }, { authorization, 'x-tenant-id': ctx.tenantId });

    expect(answer.status).toBe(200);
    expect(Value.Check(ReleaseHoldsResponse, answer.body)).toBe(true);
    expect(answer.body).toEqual({
      results: [
        { reservationId: live.reservationId, outcome: 'released' },
        { reservationId: lapsed.reservationId, outcome: 'unknown' },
      ],
    });
  });

  it('names at most 500 holds per call: more are released in several calls', async () => {
    const ctx = newTenant();
    const ids = Array.from({ length: 501 }, () => randomUUID());
    const before = ticketCalls();
    const outcomes = await fixture.peers.tickets.releaseMany(ids, ctx);
    expect(ticketCalls() - before).toBe(2);
    expect(outcomes.size).toBe(501);
    expect([...outcomes.values()].every((result) => 'outcome' in result && result.outcome === 'unknown')).toBe(true);
  });

  it('refuses a body out of contract (no ids, more than 500, not a reservation id) and calls without a token or a tenant', async () => {
    const ctx = newTenant();
    const authorization = `Bearer ${await signer.tokenFor(ServiceName.ticket)}`;
    const headers = { authorization, 'x-tenant-id': ctx.tenantId };
    for (const body of [{ reservationIds: [] }, { reservationIds: Array.from({ length: 501 }, () => randomUUID()) }, { reservationIds: ['r-1'] }, {}]) {
      const answer = await releaseRoute(body, headers);
      expect(answer).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    }
    expect((await releaseRoute({ reservationIds: [randomUUID()] }, { 'x-tenant-id': ctx.tenantId })).status).toBe(401);
    expect((await releaseRoute({ reservationIds: [randomUUID()] }, { authorization })).status).toBe(400);
  });
});
