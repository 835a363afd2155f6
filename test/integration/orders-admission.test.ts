/**
 * Graceful overload (docs/decisions.md, "On-sale rush"): beyond ADMISSION_MAX_IN_FLIGHT checkouts at once, the
 * next is refused at once with 503 OVERLOADED and Retry-After, and leaves nothing behind; a checkout the
 * sold-out memory answers takes no place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { useTestService, type TestTenant } from '../support/harness.js';
import { availableOf, cartOf, checkout, expectProblem, listAllOrders, setFault, type OrderBody } from '../support/orders.js';

const svc = useTestService({ env: { ADMISSION_MAX_IN_FLIGHT: '1', ADMISSION_RETRY_AFTER_SECONDS: '2', SOLD_OUT_MEMORY_SECONDS: '60' } });
afterEach(async () => setFault(svc, 'ticket', { mode: 'off' }));

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

/**
 * A checkout that holds the only place for about 3 s: the Ticket service is made slow for one call, and the answer
 * waits until the checkout is there. Answers the checkout's answer still to come, to await once the test is done
 * with the place.
 */
async function holdTheOnlyPlace(tenant: TestTenant, cart: ReturnType<typeof cartOf>): Promise<{ answer: Promise<LightMyRequestResponse> }> {
  const ticketCalls = () => svc.infra.sandbox!.state.faults.internalCalls.ticket;
  const callsBefore = ticketCalls();
  await setFault(svc, 'ticket', { mode: 'slow', count: 1, delayMs: 3000 });
  const first = checkout(svc, (await tenant.customer()).token, cart);
  await until(() => ticketCalls() > callsBefore);
  return { answer: first };
}

describe('checkouts beyond the admission limit', () => {
  it('are refused with 503 OVERLOADED and Retry-After, and leave no order, hold or key behind', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;
    // The first checkout is at the (slow) Ticket service: it holds the only place.
    const first = (await holdTheOnlyPlace(tenant, cartOf(event, 1))).answer;
    const refusedBuyer = await tenant.customer();
    const refused = await checkout(svc, refusedBuyer.token, cartOf(event, 2), { 'idempotency-key': 'over-the-limit' });

    expectProblem(refused, 503, 'OVERLOADED');
    expect(Number(refused.headers['retry-after'])).toBe(2);
    const accepted = await first;
    expect(accepted.statusCode, accepted.body).toBe(201);

    const orders = await listAllOrders(svc, await tenant.support());
    expect(orders.map((order) => order.id)).toEqual([accepted.json<OrderBody>().id]);
    expect(availableOf(svc, tenant.id, event.id, typeId)).toBe(event.ticketTypes[0]!.capacity - 1);

    // The place is free again, and the refused request, repeated as it was, goes through.
    const repeated = await checkout(svc, refusedBuyer.token, cartOf(event, 2), { 'idempotency-key': 'over-the-limit' });
    expect(repeated.statusCode, repeated.body).toBe(201);
    expect(repeated.headers['idempotent-replayed']).toBeUndefined();
  });

  it('does not charge refused checkouts to the buyer\'s rate limit: one who waits out twelve refusals still gets through', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const first = (await holdTheOnlyPlace(tenant, cartOf(event, 1))).answer;

    // More refusals than the 10 checkouts a minute a buyer may make (SPEC §11).
    const patient = await tenant.customer();
    for (let attempt = 0; attempt < 12; attempt++) {
      expectProblem(await checkout(svc, patient.token, cartOf(event, 1), { 'idempotency-key': 'patient-buyer' }), 503, 'OVERLOADED');
    }
    expect((await first).statusCode).toBe(201);
    const admitted = await checkout(svc, patient.token, cartOf(event, 1), { 'idempotency-key': 'patient-buyer' });
    expect(admitted.statusCode, admitted.body).toBe(201);
  });

  it('still answers 409 SOLD_OUT from memory while every place is taken', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent({
      ticketTypes: [
        { name: 'Front', price: 9000, capacity: 1 },
        { name: 'Back', price: 4000, capacity: 50 },
      ],
    });
    expect((await checkout(svc, (await tenant.customer()).token, cartOf(event, 1, 0))).statusCode).toBe(201);
    expectProblem(await checkout(svc, (await tenant.customer()).token, cartOf(event, 1, 0)), 409, 'SOLD_OUT');
    const first = (await holdTheOnlyPlace(tenant, cartOf(event, 1, 1))).answer;

    expectProblem(await checkout(svc, (await tenant.customer()).token, cartOf(event, 1, 0)), 409, 'SOLD_OUT');
    expectProblem(await checkout(svc, (await tenant.customer()).token, cartOf(event, 1, 1)), 503, 'OVERLOADED');
    expect((await first).statusCode).toBe(201);
  });
});
