/**
 * An order after checkout (SPEC §5): confirmation by the Payment service (sandbox notification and the
 * internal route), cancellation by the buyer or support, and the one-time extension of a hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/harness.js';
import {
  availableOf,
  bearer,
  cancelOrder,
  expectProblem,
  getOrder,
  intentStatus,
  minutesBetween,
  payIntent,
  placeOrder,
  reservationsOf,
  timelineOf,
  validTicketsOf,
  type OrderBody,
} from '../support/order-factories.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService();
});
afterAll(async () => {
  await svc?.close();
});

async function confirmAsPaymentService(orderId: string, paymentIntentId: string, token?: string) {
  return svc.request({
    method: 'POST',
    url: `/internal/v1/orders/${orderId}/confirm`,
    headers: bearer(token ?? (await svc.serviceToken('payment-service'))),
    payload: { paymentIntentId },
  });
}

describe('confirmation', () => {
  it('confirms the order with its tickets when the payment succeeds', async () => {
    const tenant = svc.tenant();
    const { order, token, event } = await placeOrder(svc, tenant, { quantity: 3 });

    const paid = await payIntent(svc, order.payment.intentId!);
    expect(paid.status).toBe(200);
    expect(await paid.json()).toMatchObject({ status: 'succeeded', notified: true });

    const confirmed = await getOrder(svc, token, order.id);
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', confirmedAt: expect.any(String) });
    expect(confirmed.payment).toMatchObject({ intentId: order.payment.intentId, status: 'succeeded', clientSecret: null });
    const ticketIds = confirmed.items.flatMap((item) => item.ticketIds);
    expect(ticketIds).toHaveLength(3);
    expect(new Set(ticketIds).size).toBe(3);
    expect(validTicketsOf(svc, tenant.id, order.id).sort()).toEqual([...ticketIds].sort());
    expect(reservationsOf(svc, event.id).map((reservation) => reservation.status)).toEqual(['COMMITTED']);
    // Sold, not held: the count stays down.
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(97);
  });

  it('treats a second confirmation of the same payment as a no-op: 200, same order, one order.confirmed', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant, { quantity: 2 });

    const first = await confirmAsPaymentService(order.id, order.payment.intentId!);
    const second = await confirmAsPaymentService(order.id, order.payment.intentId!);

    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    const [a, b] = [first.json<OrderBody>(), second.json<OrderBody>()];
    expect(a.status).toBe('CONFIRMED');
    expect(b).toMatchObject({ id: a.id, status: 'CONFIRMED', confirmedAt: a.confirmedAt });
    expect(b.items.map((item) => item.ticketIds)).toEqual(a.items.map((item) => item.ticketIds));
    const types = (await timelineOf(svc, token, order.id)).map((entry) => entry.type);
    expect(types.filter((type) => type === 'order.confirmed')).toHaveLength(1);
    expect(validTicketsOf(svc, tenant.id, order.id)).toHaveLength(2);
  });

  it('records the Payment service as the actor of the confirmation', async () => {
    const tenant = svc.tenant();
    const { order } = await placeOrder(svc, tenant);
    expect((await confirmAsPaymentService(order.id, order.payment.intentId!)).statusCode).toBe(200);

    const confirmedEntry = (await timelineOf(svc, await tenant.support(), order.id)).find((entry) => entry.type === 'order.confirmed');
    expect(confirmedEntry).toMatchObject({ fromStatus: 'RESERVED', toStatus: 'CONFIRMED', actor: { type: 'service', id: 'payment-service' } });
  });

  it('answers 409 for a payment intent that is not the order’s, and leaves the order RESERVED', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);

    expectProblem(await confirmAsPaymentService(order.id, 'pi_not_this_one'), 409, 'INVALID_STATE');

    expect((await getOrder(svc, token, order.id)).status).toBe('RESERVED');
  });

  it('answers 404 for an unknown order', async () => {
    expectProblem(await confirmAsPaymentService('7d4f0c1e-0000-4000-8000-000000000000', 'pi'), 404, 'NOT_FOUND');
  });

  describe('the internal confirm route takes only the Payment service’s token', () => {
    it('refuses a customer JWT with 401', async () => {
      const tenant = svc.tenant();
      const { order, token } = await placeOrder(svc, tenant);
      expectProblem(await confirmAsPaymentService(order.id, order.payment.intentId!, token), 401, 'UNAUTHENTICATED');
      expect((await getOrder(svc, token, order.id)).status).toBe('RESERVED');
    });

    it('refuses the scheduler’s service token with 403', async () => {
      const tenant = svc.tenant();
      const { order, token } = await placeOrder(svc, tenant);
      expectProblem(await confirmAsPaymentService(order.id, order.payment.intentId!, await svc.serviceToken('scheduler')), 403, 'FORBIDDEN');
      expect((await getOrder(svc, token, order.id)).status).toBe('RESERVED');
    });

    it('refuses a payment-service token meant for another audience with 401', async () => {
      const tenant = svc.tenant();
      const { order } = await placeOrder(svc, tenant);
      const token = await svc.serviceToken('payment-service', 'ticket-service');
      expectProblem(await confirmAsPaymentService(order.id, order.payment.intentId!, token), 401, 'UNAUTHENTICATED');
    });

    it('refuses a call without a token with 401', async () => {
      const tenant = svc.tenant();
      const { order } = await placeOrder(svc, tenant);
      const response = await svc.request({
        method: 'POST',
        url: `/internal/v1/orders/${order.id}/confirm`,
        payload: { paymentIntentId: order.payment.intentId },
      });
      expectProblem(response, 401, 'UNAUTHENTICATED');
    });
  });
});

describe('cancellation', () => {
  it('cancels a RESERVED order: hold released, intent cancelled, reason and actor recorded', async () => {
    const tenant = svc.tenant();
    const { order, token, userId, event } = await placeOrder(svc, tenant, { quantity: 4 });
    const typeId = event.ticketTypes[0]!.id;
    expect(availableOf(svc, tenant.id, event.id, typeId)).toBe(96);

    const response = await cancelOrder(svc, token, order.id, 'bought by mistake');

    expect(response.statusCode).toBe(200);
    expect(response.json<OrderBody>()).toMatchObject({ status: 'CANCELLED', cancelReason: 'bought by mistake', cancelledAt: expect.any(String) });
    expect(availableOf(svc, tenant.id, event.id, typeId)).toBe(100);
    expect(reservationsOf(svc, event.id).map((reservation) => reservation.status)).toEqual(['RELEASED']);
    expect(intentStatus(svc, order.payment.intentId!)).toBe('cancelled');
    const cancelled = (await timelineOf(svc, await tenant.support(), order.id)).at(-1);
    expect(cancelled).toMatchObject({
      type: 'order.cancelled',
      fromStatus: 'RESERVED',
      toStatus: 'CANCELLED',
      reason: 'bought by mistake',
      actor: { type: 'user', id: userId, role: 'customer' },
    });
  });

  it('answers 409 INVALID_STATE for a CONFIRMED order and keeps its tickets', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant, { quantity: 2 });
    expect((await payIntent(svc, order.payment.intentId!)).status).toBe(200);

    expectProblem(await cancelOrder(svc, token, order.id), 409, 'INVALID_STATE');

    expect((await getOrder(svc, token, order.id)).status).toBe('CONFIRMED');
    expect(validTicketsOf(svc, tenant.id, order.id)).toHaveLength(2);
    expect(intentStatus(svc, order.payment.intentId!)).toBe('succeeded');
  });

  it('answers 409 INVALID_STATE for an order that is already cancelled', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);
    expect((await cancelOrder(svc, token, order.id)).statusCode).toBe(200);

    expectProblem(await cancelOrder(svc, token, order.id), 409, 'INVALID_STATE');
  });

  it("answers 404 for another customer's order and changes nothing", async () => {
    const tenant = svc.tenant();
    const { order, token, event } = await placeOrder(svc, tenant);
    const other = await tenant.customer();

    expectProblem(await cancelOrder(svc, other.token, order.id), 404, 'NOT_FOUND');

    expect((await getOrder(svc, token, order.id)).status).toBe('RESERVED');
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(99);
  });

  it("answers 404 for another tenant's order, even to its support staff", async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);
    const otherSupport = await svc.tenant().support();

    expectProblem(await cancelOrder(svc, otherSupport, order.id), 404, 'NOT_FOUND');
    expect((await getOrder(svc, token, order.id)).status).toBe('RESERVED');
  });

  it("lets support cancel any order of the tenant, recorded as support's act", async () => {
    const tenant = svc.tenant();
    const { order, token, event } = await placeOrder(svc, tenant, { quantity: 2 });
    const support = await tenant.token('agent-7', ['support']);

    const response = await cancelOrder(svc, support, order.id, 'customer called in');

    expect(response.statusCode).toBe(200);
    expect(response.json<OrderBody>().status).toBe('CANCELLED');
    // Staff never see the buyer's client secret.
    expect(response.json<OrderBody>().payment.clientSecret).toBeNull();
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(100);
    // Staff see who acted and from where; the customer sees what happened and when, not the agent's id or address.
    const staffView = (await timelineOf(svc, support, order.id)).at(-1);
    expect(staffView).toMatchObject({ type: 'order.cancelled', actor: { id: 'agent-7', role: 'support', ip: expect.any(String) }, reason: 'customer called in' });
    const customerView = (await timelineOf(svc, token, order.id)).at(-1);
    expect(customerView).toMatchObject({ type: 'order.cancelled', reason: 'customer called in', createdAt: staffView!.createdAt });
    expect(customerView!.actor).toEqual({ type: 'user', role: 'support' });
  });

  it('requires a reason (400 naming the field)', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);

    for (const payload of [{}, { reason: '' }]) {
      const response = await svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/cancel`, headers: bearer(token), payload });
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(problem.errors?.map((error) => error.field)).toContain('body.reason');
    }
    expect((await getOrder(svc, token, order.id)).status).toBe('RESERVED');
  });
});

describe('extending a hold', () => {
  const extend = (token: string, orderId: string) =>
    svc.request({ method: 'POST', url: `/api/v1/orders/${orderId}/reserve`, headers: bearer(token) });

  it('extends a RESERVED hold once, moving reservationExpiresAt later at the Ticket service too', async () => {
    const tenant = svc.tenant();
    const { order, token, event } = await placeOrder(svc, tenant);

    const response = await extend(token, order.id);

    expect(response.statusCode).toBe(200);
    const extended = response.json<OrderBody>();
    expect(extended.status).toBe('RESERVED');
    expect(minutesBetween(order.reservationExpiresAt!, extended.reservationExpiresAt!)).toBeCloseTo(10, 5);
    const [hold] = reservationsOf(svc, event.id);
    expect(hold!.expiresAtMs).toBeGreaterThan(new Date(extended.reservationExpiresAt!).getTime() - 1);
    expect((await getOrder(svc, token, order.id)).reservationExpiresAt).toBe(extended.reservationExpiresAt);
    expect((await timelineOf(svc, token, order.id)).at(-1)).toMatchObject({ type: 'order.reservation_extended' });
  });

  it('answers 409 RESERVATION_NOT_EXTENDABLE the second time, and keeps the first extension', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);
    const first = (await extend(token, order.id)).json<OrderBody>();

    expectProblem(await extend(token, order.id), 409, 'RESERVATION_NOT_EXTENDABLE');

    expect((await getOrder(svc, token, order.id)).reservationExpiresAt).toBe(first.reservationExpiresAt);
  });

  it('answers 409 for a CONFIRMED order', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);
    expect((await payIntent(svc, order.payment.intentId!)).status).toBe(200);

    const response = await extend(token, order.id);

    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers 409 for a CANCELLED order', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);
    expect((await cancelOrder(svc, token, order.id)).statusCode).toBe(200);

    expect((await extend(token, order.id)).statusCode).toBe(409);
  });

  it("answers 404 for another customer's order", async () => {
    const tenant = svc.tenant();
    const { order } = await placeOrder(svc, tenant);
    const other = await tenant.customer();
    expectProblem(await extend(other.token, order.id), 404, 'NOT_FOUND');
  });
});
