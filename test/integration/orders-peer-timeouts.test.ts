/**
 * Checkout when the Payment service is too slow or keeps failing (SPEC §11: call timeout, retries, circuit
 * breaker; §5.4: no hold or intent is ever leaked). Its own service with a short peer timeout; the test that
 * opens the Payment breaker runs last, since an open breaker stays open for 30 s.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import {
  availableOf,
  cartOf,
  checkout,
  expectProblem,
  getOrder,
  intentsOfOrder,
  listAllOrders,
  reservationsOf,
  setFault,
} from '../support/orders.js';

const PEER_TIMEOUT_MS = 600;

const svc = useTestService({ env: { PEER_TIMEOUT_MS: String(PEER_TIMEOUT_MS) } });
afterEach(async () => {
  await setFault(svc, 'payment', { mode: 'off' });
});

function expectPaymentUnavailable(response: Awaited<ReturnType<typeof checkout>>): number {
  const problem = expectProblem(response, 503, 'UPSTREAM_UNAVAILABLE');
  expect(problem.peer).toBe('payment');
  const retryAfter = Number(response.headers['retry-after']);
  expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
  return retryAfter;
}

describe('a Payment service slower than the call timeout', () => {
  it('answers 503 after the retries time out, releases the hold and cancels the order', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    await setFault(svc, 'payment', { mode: 'slow', delayMs: PEER_TIMEOUT_MS + 200, count: 3 });

    expectPaymentUnavailable(await checkout(svc, token, cartOf(event, 2)));

    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(100);
    expect(reservationsOf(svc, event.id).map((reservation) => reservation.status)).toEqual(['RELEASED']);
    const [order] = await listAllOrders(svc, await tenant.support());
    const read = await getOrder(svc, token, order!.id);
    expect(read.status).toBe('CANCELLED');
    expect(read.cancelReason).toMatch(/UPSTREAM_UNAVAILABLE/);
    // A timed-out intent request may have made an intent: the checkout asks again with the order's key and
    // cancels what it gets, so no intent of the order is left open.
    expect(intentsOfOrder(svc, order!.id).map((intent) => intent.status)).toEqual(['cancelled']);
  });

  it('completes the checkout when the Payment service is slow but within the timeout', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    await setFault(svc, 'payment', { mode: 'slow', delayMs: PEER_TIMEOUT_MS / 4, count: 1 });

    const response = await checkout(svc, token, cartOf(event));

    expect(response.statusCode).toBe(201);
  });
});

describe('an open circuit breaker', () => {
  it('answers 503 at once with the breaker’s Retry-After after repeated Payment failures, holding nothing', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    await setFault(svc, 'payment', { mode: 'fail' });

    // Each failed checkout counts three failed calls; the breaker opens at ≥ 50 % of ≥ 10 calls.
    let retryAfter = 0;
    for (let attempt = 0; attempt < 8 && retryAfter < 10; attempt++) {
      const { token } = await tenant.customer();
      retryAfter = expectPaymentUnavailable(await checkout(svc, token, cartOf(event)));
    }
    expect(retryAfter).toBeGreaterThan(20);
    expect(retryAfter).toBeLessThanOrEqual(30);

    // While open, the Payment service is not even called: the answer waits for no timeout.
    await setFault(svc, 'payment', { mode: 'off' });
    const callsBefore = svc.infra.sandbox!.state.faults.internalCalls.payment;
    const { token } = await tenant.customer();
    expectPaymentUnavailable(await checkout(svc, token, cartOf(event)));
    expect(svc.infra.sandbox!.state.faults.internalCalls.payment).toBe(callsBefore);

    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(100);
    const orders = await listAllOrders(svc, await tenant.support());
    expect(orders.length).toBeGreaterThan(1);
    expect(orders.every((order) => order.status === 'CANCELLED')).toBe(true);
    const metrics = (await svc.request({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/^peer_breaker_state\{peer="payment"\} 2/m);
    expect(metrics).toMatch(/^peer_calls_total\{peer="payment",outcome="rejected_open"\} [1-9]/m);
  });
});
