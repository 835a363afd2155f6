/**
 * The on-sale rush (docs/decisions.md): a ticket type seen sold out is answered 409 SOLD_OUT for a few
 * seconds without asking the Ticket service again, with the very answer the Ticket service's listing gives;
 * tickets released by this instance put the type back on sale at once.
 */
import { describe, expect, it } from 'vitest';
import { useTestService, type TestService } from '../support/harness.js';
import { bearer, cartOf, checkout, expectProblem, type OrderBody, type ProblemBody } from '../support/orders.js';

// Long enough that only a release, never the memory's time running out, can end it during a test.
const svc = useTestService({ env: { SOLD_OUT_MEMORY_SECONDS: '60' } });

const ticketCalls = (service: TestService) => service.infra.sandbox!.state.faults.internalCalls.ticket;

/** The problem document without what differs from one answer to the next (the request's own id). */
function shapeOf(problem: ProblemBody): Omit<ProblemBody, 'requestId' | 'instance'> {
  const { requestId: _requestId, instance: _instance, ...rest } = problem;
  return rest;
}

describe('a sold-out ticket type', () => {
  it('is answered from memory with the same 409 SOLD_OUT, and is on sale again once this instance releases tickets', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'General', price: 5000, capacity: 2 }] });
    const holder = await tenant.customer();
    const held = await checkout(svc, holder.token, cartOf(event, 2));
    expect(held.statusCode).toBe(201);

    // The Ticket service's listing shows the type sold out.
    const first = await checkout(svc, (await tenant.customer()).token, cartOf(event, 1), { 'idempotency-key': 'rush-1' });
    const fromListing = expectProblem(first, 409, 'SOLD_OUT');

    // The next buyer is answered without a call to the Ticket service, with the same document.
    const callsBefore = ticketCalls(svc);
    const second = await checkout(svc, (await tenant.customer()).token, cartOf(event, 1), { 'idempotency-key': 'rush-2' });
    const fromMemory = expectProblem(second, 409, 'SOLD_OUT');
    expect(ticketCalls(svc)).toBe(callsBefore);
    expect(shapeOf(fromMemory)).toEqual(shapeOf(fromListing));
    expect(second.headers['content-type']).toBe(first.headers['content-type']);

    // The holder cancels: this instance releases the hold, and the next checkout gets the tickets.
    const cancelled = await svc.request({
      method: 'POST',
      url: `/api/v1/orders/${held.json<OrderBody>().id}/cancel`,
      headers: bearer(holder.token),
      payload: { reason: 'changed my mind' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const after = await checkout(svc, (await tenant.customer()).token, cartOf(event, 1));
    expect(after.statusCode, after.body).toBe(201);
    expect(after.json<OrderBody>().status).toBe('RESERVED');
  });

  it('still asks the Ticket service for a cart the memory cannot answer (another type with tickets left)', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent({
      ticketTypes: [
        { name: 'Front', price: 9000, capacity: 1 },
        { name: 'Back', price: 4000, capacity: 5 },
      ],
    });
    expect((await checkout(svc, (await tenant.customer()).token, cartOf(event, 1, 0))).statusCode).toBe(201);
    expectProblem(await checkout(svc, (await tenant.customer()).token, cartOf(event, 1, 0)), 409, 'SOLD_OUT');

    const back = await checkout(svc, (await tenant.customer()).token, cartOf(event, 2, 1));
    expect(back.statusCode, back.body).toBe(201);
  });
});
