/**
 * Races (SPEC §5: transitions are conditional updates, so two racing requests cannot both succeed): buyers
 * racing for the last tickets, one user racing the live-order limit, cancels racing each other, and a
 * payment racing a cancel. Whatever wins, the order, the Ticket service and the Payment service agree.
 */
import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import {
  availableOf,
  bearer,
  cancelOrder,
  cartOf,
  checkout,
  expectProblem,
  getOrder,
  intentsOfOrder,
  listAllOrders,
  payIntent,
  placeOrder,
  reservationsOf,
  timelineOf,
  validTicketsOf,
  type OrderBody,
} from '../support/orders.js';

// Up to 25 checkouts in flight at once: the admission limit, which would refuse some with 503 OVERLOADED, is off
// (test/integration/orders-admission.test.ts covers it).
const svc = useTestService({ env: { ADMISSION_MAX_IN_FLIGHT: '0' } });

describe('buyers racing for the last tickets', () => {
  it('reserves exactly the capacity: 25 buyers for 10 tickets → 10 RESERVED, 15 SOLD_OUT, 10 held', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'Floor', price: 4000, capacity: 10 }] });
    const typeId = event.ticketTypes[0]!.id;
    const buyers = await Promise.all(Array.from({ length: 25 }, () => tenant.customer()));

    const responses = await Promise.all(buyers.map((buyer) => checkout(svc, buyer.token, cartOf(event, 1))));

    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(15);
    for (const response of responses.filter((candidate) => candidate.statusCode === 409)) expectProblem(response, 409, 'SOLD_OUT');

    const held = reservationsOf(svc, event.id).filter((reservation) => reservation.status === 'HELD');
    expect(held).toHaveLength(10);
    expect(availableOf(svc, tenant.id, event.id, typeId)).toBe(0);

    const orders = await listAllOrders(svc, await tenant.admin());
    const winners = responses.filter((response) => response.statusCode === 201).map((response) => response.json<OrderBody>().id);
    expect(orders.filter((order) => order.status === 'RESERVED').map((order) => order.id).sort()).toEqual(winners.sort());
    // Losers that got as far as an order row end CANCELLED; none is left PENDING holding anything.
    expect(orders.filter((order) => order.status !== 'RESERVED' && order.status !== 'CANCELLED')).toEqual([]);
  });

  it('never lets one user past 5 live orders for an event, even with concurrent checkouts', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const { token } = await tenant.customer();

    const responses = await Promise.all(Array.from({ length: 8 }, () => checkout(svc, token, cartOf(event, 1))));

    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 201, 422, 422, 422]);
    for (const response of responses.filter((candidate) => candidate.statusCode === 422)) {
      expectProblem(response, 422, 'ORDER_LIMIT_EXCEEDED');
    }
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(95);
  });
});

describe('racing state changes of one order', () => {
  it('lets exactly one of two concurrent cancels win; the other gets 409 INVALID_STATE', async () => {
    const tenant = svc.tenant();
    const { order, token, event } = await placeOrder(svc, tenant, { quantity: 2 });
    const support = await tenant.support();

    const responses = await Promise.all([cancelOrder(svc, token, order.id, 'first'), cancelOrder(svc, support, order.id, 'second')]);

    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    expectProblem(responses.find((response) => response.statusCode === 409)!, 409, 'INVALID_STATE');
    const types = (await timelineOf(svc, token, order.id)).map((entry) => entry.type);
    expect(types.filter((type) => type === 'order.cancelled')).toHaveLength(1);
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(100);
  });

  it('confirms once when the same payment is reported twice at the same time', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant, { quantity: 3 });
    const paymentToken = await svc.serviceToken('payment-service');
    const confirm = () =>
      svc.request({
        method: 'POST',
        url: `/internal/v1/orders/${order.id}/confirm`,
        headers: bearer(paymentToken),
        payload: { paymentIntentId: order.payment.intentId },
      });

    const responses = await Promise.all([confirm(), confirm(), confirm()]);

    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    const confirmed = await getOrder(svc, token, order.id);
    expect(confirmed.status).toBe('CONFIRMED');
    const ticketIds = confirmed.items.flatMap((item) => item.ticketIds);
    expect(ticketIds).toHaveLength(3);
    expect(validTicketsOf(svc, tenant.id, order.id).sort()).toEqual([...ticketIds].sort());
    const types = (await timelineOf(svc, token, order.id)).map((entry) => entry.type);
    expect(types.filter((type) => type === 'order.confirmed')).toHaveLength(1);
  });

  it('never both confirms and cancels when a payment races a cancel', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'Seat', price: 6000, capacity: 50 }] });
    const typeId = event.ticketTypes[0]!.id;
    const outcomes: string[] = [];

    for (let round = 0; round < 6; round++) {
      const { order, token } = await placeOrder(svc, tenant, { event, quantity: 2 });
      const [paid, cancelled] = await Promise.all([payIntent(svc, order.payment.intentId!), cancelOrder(svc, token, order.id, 'race')]);

      const final = await getOrder(svc, token, order.id);
      outcomes.push(final.status);
      const [intent] = intentsOfOrder(svc, order.id);
      const tickets = validTicketsOf(svc, tenant.id, order.id);
      if (final.status === 'CONFIRMED') {
        expect(cancelled.statusCode).toBe(409);
        expect(final.items.flatMap((item) => item.ticketIds).sort()).toEqual(tickets.sort());
        expect(tickets).toHaveLength(2);
        expect(intent).toMatchObject({ status: 'succeeded', refundedAmount: 0 });
      } else {
        expect(final.status).toBe('CANCELLED');
        expect(cancelled.statusCode).toBe(200);
        // No ticket stays with a cancelled order; money taken is given back in full.
        expect(tickets).toEqual([]);
        expect(final.items.flatMap((item) => item.ticketIds)).toEqual([]);
        if (intent!.status === 'succeeded') {
          expect(intent!.refundedAmount).toBe(intent!.amount);
          const types = (await timelineOf(svc, token, order.id)).map((entry) => entry.type);
          expect(types).toContain('payment.refunded_automatically');
        } else {
          expect(intent!.status).toBe('cancelled');
          expect(paid.status).toBe(409);
        }
      }
      const types = (await timelineOf(svc, token, order.id)).map((entry) => entry.type);
      expect(types.includes('order.confirmed') && types.includes('order.cancelled')).toBe(false);
    }

    // Everything not confirmed went back on sale.
    const confirmedCount = outcomes.filter((status) => status === 'CONFIRMED').length;
    expect(availableOf(svc, tenant.id, event.id, typeId)).toBe(50 - 2 * confirmedCount);
  });
});
