/**
 * Order changes refused (SPEC §13, §3): bad lines, limits the result would break, tickets that cannot be had,
 * an order that cannot change now — each a problem document with a stable code, and nothing stored.
 */
import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { bearer, buyConfirmedOrder, createPolicy } from '../support/refunds.js';
import { checkout, cartOf, expectProblem } from '../support/orders.js';
import { openSandboxDispute } from '../support/disputes.js';
import { listChanges, makeChange, orderOf, quoteChange, requestChange } from '../support/changes.js';

const svc = useTestService();

async function expectNothingStored(token: string, orderId: string): Promise<void> {
  expect(await listChanges(svc, token, orderId)).toEqual([]);
  const order = await orderOf(svc, token, orderId);
  expect(order.version).toBe(1);
}

describe('order changes refused with a code, nothing stored', () => {
  it('an empty change is 422 CHANGE_EMPTY; an unknown field is 400 VALIDATION_FAILED', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant());
    expectProblem(await requestChange(svc, order.token, order.id, {}), 422, 'CHANGE_EMPTY');
    expectProblem(await requestChange(svc, order.token, order.id, { add: [], remove: [] }), 422, 'CHANGE_EMPTY');
    expectProblem(await requestChange(svc, order.token, order.id, { swap: true }), 400, 'VALIDATION_FAILED');
    expectProblem(await quoteChange(svc, order.token, order.id, {}), 422, 'CHANGE_EMPTY');
    await expectNothingStored(order.token, order.id);
  });

  it('removing more than an item has left is 422 CHANGE_QUANTITY_EXCEEDS; an item of another order is 422 CHANGE_ITEM_UNKNOWN', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const other = await buyConfirmedOrder(svc, tenant);
    const exceeds = expectProblem(await requestChange(svc, order.token, order.id, { remove: [{ orderItemId: order.items[0]!.id, quantity: 3 }] }), 422, 'CHANGE_QUANTITY_EXCEEDS');
    expect(exceeds).toMatchObject({ live: 2, requested: 3, field: 'remove[0].quantity' });
    expectProblem(await requestChange(svc, order.token, order.id, { remove: [{ orderItemId: other.items[0]!.id, quantity: 1 }] }), 422, 'CHANGE_ITEM_UNKNOWN');
    await expectNothingStored(order.token, order.id);
  });

  it('a ticket type of another event is 422 UNKNOWN_TICKET_TYPE', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const otherEvent = await tenant.createEvent();
    const response = await requestChange(svc, order.token, order.id, { add: [{ ticketTypeId: otherEvent.ticketTypes[0]!.id, quantity: 1 }] });
    expect(expectProblem(response, 422, 'UNKNOWN_TICKET_TYPE')).toMatchObject({ field: 'add[0].ticketTypeId' });
    await expectNothingStored(order.token, order.id);
  });

  it('a result with more than 20 tickets of one type is 422 ORDER_LIMIT_EXCEEDED', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant(), { items: [{ type: 0, quantity: 10 }] });
    const general = order.event.ticketTypes[0]!.id;
    const response = await requestChange(svc, order.token, order.id, { add: [{ ticketTypeId: general, quantity: 10 }, { ticketTypeId: general, quantity: 1 }] });
    expect(expectProblem(response, 422, 'ORDER_LIMIT_EXCEEDED')).toMatchObject({ rule: 'TICKETS_PER_TICKET_TYPE', actual: 21 });
    await expectNothingStored(order.token, order.id);
  });

  it('tickets that cannot be had are 409 SOLD_OUT and nothing changes', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant());
    const vip = order.event.ticketTypes[1]!.id;
    const response = await requestChange(svc, order.token, order.id, { add: [{ ticketTypeId: vip, quantity: 6 }, { ticketTypeId: vip, quantity: 6 }] });
    expectProblem(response, 409, 'SOLD_OUT');
    await expectNothingStored(order.token, order.id);
  });

  it('an order that is not paid cannot change (409 INVALID_STATE); another customer sees 404', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const customer = await tenant.customer();
    const reserved = (await checkout(svc, customer.token, cartOf(event, 1))).json<{ id: string; items: { id: string }[] }>();
    expectProblem(await requestChange(svc, customer.token, reserved.id, { remove: [{ orderItemId: reserved.items[0]!.id, quantity: 1 }] }), 409, 'INVALID_STATE');
    const stranger = await tenant.customer();
    expectProblem(await requestChange(svc, stranger.token, reserved.id, { remove: [{ orderItemId: reserved.items[0]!.id, quantity: 1 }] }), 404, 'NOT_FOUND');
  });

  it('one open change per order (409 CHANGE_IN_PROGRESS), and refunds wait for it (409 CHANGE_IN_PROGRESS)', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant());
    const vip = order.event.ticketTypes[1]!.id;
    const open = await makeChange(svc, order.token, order.id, { add: [{ ticketTypeId: vip, quantity: 1 }] });
    expect(open.status).toBe('AWAITING_PAYMENT');
    const second = await requestChange(svc, order.token, order.id, { remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }] });
    expectProblem(second, 409, 'CHANGE_IN_PROGRESS');
    const refund = await svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token), payload: { reason: 'no' } });
    expect(expectProblem(refund, 409, 'CHANGE_IN_PROGRESS')).toMatchObject({ changeId: open.id });
    expect(await listChanges(svc, order.token, order.id)).toHaveLength(1);
  });

  it('an open dispute refuses changes with 409 REFUNDS_LOCKED', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant());
    await openSandboxDispute(svc, { paymentIntentId: (order.body as { payment: { intentId: string } }).payment.intentId });
    expectProblem(await requestChange(svc, order.token, order.id, { remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }] }), 409, 'REFUNDS_LOCKED');
    await expectNothingStored(order.token, order.id);
  });

  it("a policy without changes refuses the buyer (422 CHANGE_NOT_ALLOWED) but not staff; the change cutoff too", async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    await createPolicy(svc, admin, { allowChanges: false });
    const order = await buyConfirmedOrder(svc, tenant);
    const lines = { remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }] };
    expect(expectProblem(await requestChange(svc, order.token, order.id, lines), 422, 'CHANGE_NOT_ALLOWED')).toMatchObject({ reason: 'CHANGES_DISABLED' });
    await expectNothingStored(order.token, order.id);
    expect((await makeChange(svc, admin, order.id, lines)).status).toBe('APPLIED');

    const late = svc.tenant();
    // The event starts in 30 days; a 1000-hour change cutoff has passed.
    await createPolicy(svc, await late.admin(), { changeCutoffHours: 1000 });
    const lateOrder = await buyConfirmedOrder(svc, late);
    const refused = await requestChange(svc, lateOrder.token, lateOrder.id, { remove: [{ orderItemId: lateOrder.items[0]!.id, quantity: 1 }] });
    expect(expectProblem(refused, 422, 'CHANGE_NOT_ALLOWED')).toMatchObject({ reason: 'PAST_CHANGE_CUTOFF' });
  });

  it('the same Idempotency-Key answers the same change; another body with it is 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant(), { items: [{ type: 0, quantity: 3 }] });
    const lines = { remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }] };
    const first = await requestChange(svc, order.token, order.id, lines, 'change-key-1');
    const again = await requestChange(svc, order.token, order.id, lines, 'change-key-1');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toBe(first.body);
    expectProblem(await requestChange(svc, order.token, order.id, { remove: [{ orderItemId: order.items[0]!.id, quantity: 2 }] }, 'change-key-1'), 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await listChanges(svc, order.token, order.id)).toHaveLength(1);
  });
});
