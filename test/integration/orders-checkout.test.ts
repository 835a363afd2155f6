/**
 * Checkout over HTTP (SPEC §5 checkout, §12 order shape): what a RESERVED order carries, where its prices
 * come from, and every rule that refuses a checkout — sold out, unknown events, sale windows, currency and
 * the order limits — each leaving nothing held.
 */
import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import {
  availableOf,
  bearer,
  cartOf,
  checkout,
  expectProblem,
  listAllOrders,
  minutesBetween,
  reservationsOf,
  timelineOf,
  updateEvent,
  type OrderBody,
} from '../support/orders.js';

const svc = useTestService();

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('a successful checkout', () => {
  it('answers 201 with a RESERVED order, its payment intent and a 15-minute hold', async () => {
    const tenant = svc.tenant();
    const { userId, token } = await tenant.customer();
    const event = await tenant.createEvent();
    const before = Date.now();

    const response = await checkout(svc, token, { ...cartOf(event, 2), metadata: { source: 'web' } });

    expect(response.statusCode).toBe(201);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const order = response.json<OrderBody>();
    expect(order).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      orderNumber: expect.stringMatching(/^ORD-\d{8,}$/),
      tenantId: tenant.id,
      userId,
      eventId: event.id,
      status: 'RESERVED',
      currency: 'USD',
      refundLocked: false,
      refundedAmount: 0,
      refundPolicy: null,
      metadata: { source: 'web' },
      confirmedAt: null,
      cancelledAt: null,
    });
    expect(order.payment).toEqual({ intentId: expect.any(String), clientSecret: expect.stringMatching(/^sandbox_secret_/), status: 'requires_payment' });
    const holdMinutes = minutesBetween(before, order.reservationExpiresAt!);
    expect(holdMinutes).toBeGreaterThan(14.9);
    expect(holdMinutes).toBeLessThan(15.1);

    // The intent is for exactly the order's total, in its currency.
    const intent = svc.infra.sandbox!.state.payments.intents.get(order.payment.intentId!);
    expect(intent).toMatchObject({ orderId: order.id, amount: order.pricing.total, currency: 'USD', tenantId: tenant.id });
    // The hold is taken at the Ticket service.
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(98);

    const timeline = await timelineOf(svc, token, order.id);
    expect(timeline.map((entry) => entry.type)).toEqual(['order.created', 'order.reserved']);
  });

  it('holds the tickets for 30 minutes when the token says vip', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const vipToken = await tenant.token('vip-user', ['customer'], { vip: true });
    const before = Date.now();

    const response = await checkout(svc, vipToken, cartOf(event));

    expect(response.statusCode).toBe(201);
    const holdMinutes = minutesBetween(before, response.json<OrderBody>().reservationExpiresAt!);
    expect(holdMinutes).toBeGreaterThan(29.9);
    expect(holdMinutes).toBeLessThan(30.1);
  });

  it('prices from the Ticket service: item amounts add up to the totals, taxed at the DEFAULT 8 %', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent({
      ticketTypes: [
        { name: 'General', price: 3333, capacity: 50 },
        { name: 'Balcony', price: 4999, capacity: 50 },
        { name: 'Box', price: 12_345, capacity: 50 },
      ],
    });
    const [general, balcony, box] = event.ticketTypes;

    const response = await checkout(svc, token, {
      eventId: event.id,
      items: [
        { ticketTypeId: general!.id, quantity: 3 },
        { ticketTypeId: balcony!.id, quantity: 7 },
        { ticketTypeId: box!.id, quantity: 1 },
      ],
    });

    expect(response.statusCode).toBe(201);
    const order = response.json<OrderBody>();
    expect(order.items.map((item) => [item.ticketTypeId, item.quantity, item.unitPrice])).toEqual([
      [general!.id, 3, 3333],
      [balcony!.id, 7, 4999],
      [box!.id, 1, 12_345],
    ]);
    const subtotal = 3 * 3333 + 7 * 4999 + 12_345;
    const platformFee = Math.round(subtotal * 0.05);
    const processingFee = Math.round(subtotal * 0.029) + 30;
    expect(order.pricing).toMatchObject({ subtotal, platformFee, processingFee, priceMode: 'exclusive' });
    expect(order.pricing.total).toBe(subtotal + platformFee + processingFee + order.pricing.tax);

    for (const column of ['subtotal', 'platformFee', 'processingFee', 'tax', 'total'] as const) {
      expect(order.items.reduce((sum, item) => sum + item[column], 0), column).toBe(order.pricing[column]);
    }
    for (const item of order.items) {
      expect(item.subtotal).toBe(item.unitPrice * item.quantity);
      expect(item.total).toBe(item.subtotal + item.platformFee + item.processingFee + item.tax);
      expect(item.ticketIds).toEqual([]);
    }

    // No jurisdiction matches: the tenant fallback, 8 % on tickets and both fees, shown as DEFAULT.
    expect(order.taxes.map((line) => [line.jurisdiction, line.category, line.rate])).toEqual([
      ['DEFAULT', 'tickets', '8'],
      ['DEFAULT', 'platform_fee', '8'],
      ['DEFAULT', 'processing_fee', '8'],
    ]);
    expect(order.taxes.find((line) => line.category === 'platform_fee')).toMatchObject({ taxable: platformFee, tax: Math.round(platformFee * 0.08) });
    expect(order.taxes.find((line) => line.category === 'processing_fee')).toMatchObject({
      taxable: processingFee,
      tax: Math.round(processingFee * 0.08),
    });
    expect(order.taxes.reduce((sum, line) => sum + line.tax, 0)).toBe(order.pricing.tax);
    expect(order.taxes.find((line) => line.category === 'tickets')!.taxable).toBe(subtotal);
  });

  it('refuses a price sent by the client (unknown field) instead of using it', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();

    const response = await checkout(svc, token, { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1, price: 1 }] });

    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(problem.errors).toContainEqual({ field: 'body.items.0.price', message: expect.any(String) });
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(100);
  });

  it('accepts the currency when it is the event’s own', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent({ currency: 'EUR' });

    const response = await checkout(svc, token, { ...cartOf(event), currency: 'EUR' });

    expect(response.statusCode).toBe(201);
    expect(response.json<OrderBody>().currency).toBe('EUR');
  });
});

describe('a refused checkout', () => {
  it('answers 409 SOLD_OUT when fewer tickets are left than asked for, and holds nothing', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'Tiny', price: 5000, capacity: 3 }] });
    const typeId = event.ticketTypes[0]!.id;

    const response = await checkout(svc, token, cartOf(event, 4));

    expectProblem(response, 409, 'SOLD_OUT');
    expect(availableOf(svc, tenant.id, event.id, typeId)).toBe(3);
    expect(reservationsOf(svc, event.id).filter((reservation) => reservation.status === 'HELD')).toEqual([]);
    const orders = await listAllOrders(svc, await tenant.support());
    expect(orders.filter((order) => order.status === 'PENDING' || order.status === 'RESERVED')).toEqual([]);
  });

  it('answers 409 SOLD_OUT once the last tickets are held by someone else', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'Tiny', price: 5000, capacity: 2 }] });
    const first = await tenant.customer();
    const second = await tenant.customer();
    expect((await checkout(svc, first.token, cartOf(event, 2))).statusCode).toBe(201);

    expectProblem(await checkout(svc, second.token, cartOf(event, 1)), 409, 'SOLD_OUT');

    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(0);
    const live = (await listAllOrders(svc, await tenant.support())).filter((order) => order.status === 'RESERVED' || order.status === 'PENDING');
    expect(live.map((order) => order.userId)).toEqual([first.userId]);
  });

  it('answers 404 for an event that does not exist', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const response = await checkout(svc, token, {
      eventId: '00000000-0000-4000-8000-000000000000',
      items: [{ ticketTypeId: '00000000-0000-4000-8000-000000000001', quantity: 1 }],
    });
    expectProblem(response, 404, 'NOT_FOUND');
  });

  it("answers 404 for another tenant's event, and holds nothing there", async () => {
    const owner = svc.tenant();
    const event = await owner.createEvent();
    const intruder = svc.tenant();
    const { token } = await intruder.customer();

    expectProblem(await checkout(svc, token, cartOf(event)), 404, 'NOT_FOUND');

    expect(availableOf(svc, owner.id, event.id, event.ticketTypes[0]!.id)).toBe(100);
  });

  it.each([
    ['cancelled', { status: 'CANCELLED' }],
    ['postponed', { status: 'POSTPONED' }],
    ['already started', { startsAt: new Date(Date.now() - 3_600_000).toISOString() }],
    ['sales over', { salesEndAt: new Date(Date.now() - 60_000).toISOString() }],
  ])('answers 422 EVENT_NOT_ON_SALE for an event that is %s', async (_label, changes) => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    await updateEvent(svc, event.id, changes);

    expectProblem(await checkout(svc, token, cartOf(event)), 422, 'EVENT_NOT_ON_SALE');

    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(100);
  });

  it('answers 422 EVENT_NOT_ON_SALE before the sales start', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent({ salesStartAt: inDays(2) });

    expectProblem(await checkout(svc, token, cartOf(event)), 422, 'EVENT_NOT_ON_SALE');
  });

  it('answers 422 CURRENCY_MISMATCH when the client asks for another currency than the event’s', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent({ currency: 'USD' });

    expectProblem(await checkout(svc, token, { ...cartOf(event), currency: 'EUR' }), 422, 'CURRENCY_MISMATCH');
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(100);
  });

  it('answers 422 ORDER_LIMIT_EXCEEDED for 21 tickets of one type, even split over several items', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;

    const response = await checkout(svc, token, {
      eventId: event.id,
      items: [
        { ticketTypeId: typeId, quantity: 10 },
        { ticketTypeId: typeId, quantity: 10 },
        { ticketTypeId: typeId, quantity: 1 },
      ],
    });

    const problem = expectProblem(response, 422, 'ORDER_LIMIT_EXCEEDED');
    expect(problem).toMatchObject({ rule: 'TICKETS_PER_TICKET_TYPE', actual: 21 });
    expect(availableOf(svc, tenant.id, event.id, typeId)).toBe(100);
  });

  it('accepts exactly 20 tickets of one type', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;

    const response = await checkout(svc, token, {
      eventId: event.id,
      items: [
        { ticketTypeId: typeId, quantity: 10 },
        { ticketTypeId: typeId, quantity: 10 },
      ],
    });

    expect(response.statusCode).toBe(201);
    expect(availableOf(svc, tenant.id, event.id, typeId)).toBe(80);
  });

  it('answers 422 ORDER_TOTAL_OUT_OF_RANGE for an order under 1.00', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'Penny', price: 50, capacity: 10 }] });

    const problem = expectProblem(await checkout(svc, token, cartOf(event)), 422, 'ORDER_TOTAL_OUT_OF_RANGE');

    expect(problem).toMatchObject({ allowed: { min: 100, max: 10_000_000 } });
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(10);
  });

  it('answers 422 ORDER_LIMIT_EXCEEDED for a sixth live order of one user for one event', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    for (let n = 0; n < 5; n++) expect((await checkout(svc, token, cartOf(event))).statusCode).toBe(201);

    const problem = expectProblem(await checkout(svc, token, cartOf(event)), 422, 'ORDER_LIMIT_EXCEEDED');

    expect(problem).toMatchObject({ rule: 'LIVE_ORDERS_PER_USER_PER_EVENT' });
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(95);
    // Another event of the same user is not affected.
    const other = await tenant.createEvent();
    expect((await checkout(svc, token, cartOf(other))).statusCode).toBe(201);
  });

  it('counts only live orders: after a cancel the user may order again', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push((await checkout(svc, token, cartOf(event))).json<OrderBody>().id);

    const cancelled = await svc.request({ method: 'POST', url: `/api/v1/orders/${ids[0]}/cancel`, headers: bearer(token), payload: { reason: 'x' } });
    expect(cancelled.statusCode).toBe(200);

    expect((await checkout(svc, token, cartOf(event))).statusCode).toBe(201);
  });

  it('answers 422 UNKNOWN_TICKET_TYPE for a ticket type of another event', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const other = await tenant.createEvent();

    const response = await checkout(svc, token, { eventId: event.id, items: [{ ticketTypeId: other.ticketTypes[0]!.id, quantity: 1 }] });

    expect(response.statusCode).toBe(422);
    expect(response.json<{ code: string }>().code).toBe('UNKNOWN_TICKET_TYPE');
  });
});
