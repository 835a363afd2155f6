/**
 * Checkout when a peer fails (SPEC §5 saga compensation, §11 resilience): the client gets 503
 * UPSTREAM_UNAVAILABLE with Retry-After, and nothing stays held — no hold at the Ticket service, no payment
 * intent, the order CANCELLED with the cause on its timeline.
 *
 * Breakers are per app and count every call of the file over 60 s: this file has its own service, turns
 * every fault off after each test and keeps each peer's failures below the opening threshold (≥ 50 % of
 * ≥ 10 calls). Slow peers and the open breaker are in orders-peer-timeouts.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import {
  availableOf,
  cartOf,
  checkout,
  expectProblem,
  intentsOfOrder,
  listAllOrders,
  reservationsOf,
  setFault,
  timelineOf,
  type OrderBody,
} from '../support/orders.js';

const svc = useTestService();
afterEach(async () => {
  for (const peer of ['ticket', 'event', 'payment'] as const) await setFault(svc, peer, { mode: 'off' });
});

function expectUpstreamUnavailable(response: Awaited<ReturnType<typeof checkout>>, peer: string): number {
  const problem = expectProblem(response, 503, 'UPSTREAM_UNAVAILABLE');
  expect(problem.peer).toBe(peer);
  const retryAfter = Number(response.headers['retry-after']);
  expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
  return retryAfter;
}

describe('a peer that fails', () => {
  it('answers 503 with Retry-After when the Ticket service fails, leaves no order or hold, and takes the retry', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const key = { 'idempotency-key': 'retry-after-503' };
    await setFault(svc, 'ticket', { mode: 'fail' });

    expectUpstreamUnavailable(await checkout(svc, token, cartOf(event, 2), key), 'ticket');

    await setFault(svc, 'ticket', { mode: 'off' });
    expect(reservationsOf(svc, event.id).filter((reservation) => reservation.status === 'HELD')).toEqual([]);
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(100);
    const live = (await listAllOrders(svc, await tenant.support())).filter((order) => ['PENDING', 'RESERVED'].includes(order.status));
    expect(live).toEqual([]);

    // A 5xx is not stored under the Idempotency-Key: the same request, retried once the peer is back, goes through.
    const retried = await checkout(svc, token, cartOf(event, 2), key);
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(retried.json<OrderBody>().status).toBe('RESERVED');
  });

  it('answers 503 when the Event service fails', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    await setFault(svc, 'event', { mode: 'fail' });

    expectUpstreamUnavailable(await checkout(svc, token, cartOf(event)), 'event');
    expect(reservationsOf(svc, event.id)).toEqual([]);
  });

  it('rides out a single failure of a peer by retrying', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    await setFault(svc, 'ticket', { mode: 'fail', count: 1 });

    const response = await checkout(svc, token, cartOf(event));

    expect(response.statusCode).toBe(201);
    expect(response.json<OrderBody>().status).toBe('RESERVED');
  });

  it('releases the hold and cancels the order with the cause when the payment intent cannot be created', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;
    // Creating an intent is tried three times (it carries an Idempotency-Key); all three fail.
    await setFault(svc, 'payment', { mode: 'fail', count: 3 });

    expectUpstreamUnavailable(await checkout(svc, token, cartOf(event, 3)), 'payment');

    expect(availableOf(svc, tenant.id, event.id, typeId)).toBe(100);
    expect(reservationsOf(svc, event.id).map((reservation) => reservation.status)).toEqual(['RELEASED']);
    const [order] = await listAllOrders(svc, await tenant.support());
    expect(order).toMatchObject({ status: 'CANCELLED', cancelledAt: expect.any(String), payment: { intentId: null } });
    expect(order!.cancelReason).toMatch(/UPSTREAM_UNAVAILABLE/);
    expect(intentsOfOrder(svc, order!.id)).toEqual([]);
    const timeline = await timelineOf(svc, token, order!.id);
    expect(timeline.map((entry) => entry.type)).toEqual(['order.created', 'order.cancelled']);
    expect(timeline[1]).toMatchObject({
      fromStatus: 'PENDING',
      toStatus: 'CANCELLED',
      actor: { type: 'system' },
      reason: expect.stringMatching(/payment/i),
      data: { failureCode: 'UPSTREAM_UNAVAILABLE' },
    });
  });

  // BUG (reported): the order id is derived from the Idempotency-Key (orderIdForIdempotencyKey in
  // src/modules/orders/checkout.ts). A 5xx releases the key so the client may retry, but the retry finds the
  // CANCELLED order of the failed attempt (`if (!created.isNew) return created.order`) and answers
  // 201 Created with status CANCELLED, never trying again. Remove `.fails` once fixed.
  it('lets the client retry, with the same Idempotency-Key, a checkout whose payment step failed with 503', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const key = { 'idempotency-key': 'retry-after-payment-503' };
    await setFault(svc, 'payment', { mode: 'fail', count: 3 });
    expectUpstreamUnavailable(await checkout(svc, token, cartOf(event), key), 'payment');

    const retried = await checkout(svc, token, cartOf(event), key);

    expect(retried.statusCode).toBe(201);
    expect(retried.json<OrderBody>().status).toBe('RESERVED');
    expect(reservationsOf(svc, event.id).filter((reservation) => reservation.status === 'HELD')).toHaveLength(1);
  });
});
