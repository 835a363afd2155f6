import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/harness.js';
import { bearer, buyConfirmedOrder, changeEvent, hoursFromNow, sandboxTicket, validTicketIds } from './refunds-support.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService();
});
afterAll(async () => {
  await svc?.close();
});

const eligibilityOf = async (orderId: string, token: string) => {
  const response = await svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}/refund-eligibility`, headers: bearer(token) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

// Orders are 2 × 50.00 (exclusive, 8 %): total 11686, of which 10800 is tickets and their tax (the built-in
// default refunds no fees), 5400 per ticket.
describe('refund eligibility under the built-in default policy', () => {
  it('a month before the event: everything but the fees, no review', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant());
    expect(await eligibilityOf(order.id, order.token)).toEqual({
      eligible: true,
      reasons: [],
      refundableAmount: 10800,
      currency: 'USD',
      breakdown: { tickets: 10000, platformFee: 0, processingFee: 0, tax: 800, discount: 0 },
      basis: 'policy',
      policy: { id: null, version: null, name: 'Built-in default', ruleApplied: { minHoursBeforeEvent: 168, refundPercent: '100' } },
      requiresReview: false,
    });
  });

  it('follows the event start: 50 % window, 0 % window, past the cutoff', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant());

    await changeEvent(svc, order.event, { startsAt: hoursFromNow(100) });
    expect(await eligibilityOf(order.id, order.token)).toMatchObject({
      eligible: true,
      reasons: ['POLICY_WINDOW'],
      refundableAmount: 5400,
      policy: { ruleApplied: { minHoursBeforeEvent: 48, refundPercent: '50' } },
    });

    await changeEvent(svc, order.event, { startsAt: hoursFromNow(30) });
    expect(await eligibilityOf(order.id, order.token)).toMatchObject({ eligible: false, reasons: ['POLICY_WINDOW'], refundableAmount: 0 });

    await changeEvent(svc, order.event, { startsAt: hoursFromNow(10) });
    expect(await eligibilityOf(order.id, order.token)).toMatchObject({ eligible: false, reasons: ['PAST_CUTOFF'], refundableAmount: 0 });

    const refused = await svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token), payload: { reason: 'cannot come' } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'REFUND_NOT_ELIGIBLE', reasons: ['PAST_CUTOFF'] });
  });

  it('a transferred ticket is not refundable; the other one is', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const [transferred, kept] = order.items[0]!.ticketIds;
    await sandboxTicket(svc, transferred!, 'transfer');
    expect(await eligibilityOf(order.id, order.token)).toMatchObject({ eligible: true, reasons: ['TICKETS_TRANSFERRED'], refundableAmount: 5400 });

    const refund = await svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token), payload: { reason: 'one friend cannot come' } });
    expect(refund.statusCode).toBe(201);
    expect(refund.json()).toMatchObject({ status: 'SUCCEEDED', amount: 5400, ticketIds: [kept], items: [{ orderItemId: order.items[0]!.id, quantity: 1 }] });
    expect(await validTicketIds(svc, tenant.id, order.id)).toEqual([transferred]);
  });

  it('used tickets are not refundable: with all of them used the order is not eligible', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant());
    for (const ticketId of order.items[0]!.ticketIds) await sandboxTicket(svc, ticketId, 'scan');
    expect(await eligibilityOf(order.id, order.token)).toMatchObject({ eligible: false, reasons: ['TICKETS_USED'], refundableAmount: 0 });
  });

  it('an event cancelled by its organizer overrides the policy: a full refund, fees included', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    await changeEvent(svc, order.event, { startsAt: hoursFromNow(5), status: 'CANCELLED' });
    expect(await eligibilityOf(order.id, order.token)).toMatchObject({
      eligible: true,
      reasons: [],
      basis: 'event_cancelled',
      refundableAmount: 11686,
      breakdown: { tickets: 10000, platformFee: 500, processingFee: 320, tax: 866 },
      policy: { ruleApplied: null },
    });

    const refund = await svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token), payload: { reason: 'event cancelled' } });
    expect(refund.json()).toMatchObject({ status: 'SUCCEEDED', amount: 11686, basis: 'event_cancelled' });
    const after = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(order.token) })).json();
    expect(after).toMatchObject({ status: 'REFUNDED', refundedAmount: 11686 });
    expect(await validTicketIds(svc, tenant.id, order.id)).toEqual([]);
    expect(await eligibilityOf(order.id, order.token)).toMatchObject({ eligible: false, reasons: ['FULLY_REFUNDED'], refundableAmount: 0 });
  });

  it('an open dispute locks refunds: DISPUTE_OPEN in the preview, 409 REFUNDS_LOCKED on a request, even for an admin override', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    await svc.infra.db.tenant(tenant.id, (tx) => tx.query('UPDATE orders SET refund_locked = true WHERE id = $1', [order.id]));
    expect(await eligibilityOf(order.id, order.token)).toMatchObject({ eligible: false, reasons: ['DISPUTE_OPEN'], refundableAmount: 10800 });
    const byCustomer = await svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token), payload: { reason: 'x' } });
    expect(byCustomer.statusCode).toBe(409);
    expect(byCustomer.json().code).toBe('REFUNDS_LOCKED');
    const byAdmin = await svc.request({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/refunds`,
      headers: bearer(await tenant.admin()),
      payload: { reason: 'goodwill', override: true },
    });
    expect(byAdmin.statusCode).toBe(409);
  });

  it('an unpaid order is ORDER_NOT_PAID', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const created = await svc.request({
      method: 'POST',
      url: '/api/v1/orders',
      headers: bearer(token),
      payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] },
    });
    expect(await eligibilityOf(created.json().id, token)).toMatchObject({ eligible: false, reasons: ['ORDER_NOT_PAID'], refundableAmount: 0 });
  });

  it('support sees what the buyer could get, with NOT_OWNER; its request is refused with that reason', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const support = await tenant.support();
    expect(await eligibilityOf(order.id, support)).toMatchObject({ eligible: false, reasons: ['NOT_OWNER'], refundableAmount: 10800 });
    const refused = await svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(support), payload: { reason: 'asked by phone' } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'REFUND_NOT_ELIGIBLE', reasons: ['NOT_OWNER'] });
  });

  it("another user's or tenant's order is 404 for eligibility, refunds and their list", async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const { token: stranger } = await tenant.customer();
    const otherTenantAdmin = await svc.tenant().admin();
    for (const token of [stranger, otherTenantAdmin]) {
      for (const request of [
        { method: 'GET' as const, url: `/api/v1/orders/${order.id}/refund-eligibility` },
        { method: 'GET' as const, url: `/api/v1/orders/${order.id}/refunds` },
        { method: 'POST' as const, url: `/api/v1/orders/${order.id}/refunds`, payload: { reason: 'mine now' } },
      ]) {
        const response = await svc.request({ ...request, headers: bearer(token) });
        expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
        expect(response.json().code).toBe('NOT_FOUND');
      }
    }
  });
});
