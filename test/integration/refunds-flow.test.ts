import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentClient, PeerRefund } from '../../src/peers/contract.js';
import { RefundService } from '../../src/modules/refunds/service.js';
import { startTestService, type TestService } from '../support/harness.js';
import {
  bearer,
  buyConfirmedOrder,
  changeEvent,
  createPolicy,
  hoursFromNow,
  outboxTypes,
  timelineTypes,
  validTicketIds,
} from './refunds-support.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService();
});
afterAll(async () => {
  await svc?.close();
});

const refundUrl = (orderId: string) => `/api/v1/orders/${orderId}/refunds`;
const getOrder = async (orderId: string, token: string) => (await svc.request({ method: 'GET', url: `/api/v1/orders/${orderId}`, headers: bearer(token) })).json();

describe('a refund from request to money back', () => {
  it('a full refund: SUCCEEDED, order PARTIALLY_REFUNDED (fees kept), tickets released, timeline and messages', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const response = await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(order.token), payload: { reason: 'cannot come' } });
    expect(response.statusCode).toBe(201);
    const refund = response.json();
    expect(refund).toMatchObject({
      orderId: order.id,
      status: 'SUCCEEDED',
      amount: 10800,
      currency: 'USD',
      reason: 'cannot come',
      items: [{ orderItemId: order.items[0]!.id, quantity: 2 }],
      breakdown: { tickets: 10000, platformFee: 0, processingFee: 0, tax: 800 },
      basis: 'policy',
      policy: { id: null, version: null, ruleApplied: { minHoursBeforeEvent: 168, refundPercent: '100' } },
      requestedBy: { type: 'user', id: order.userId },
    });
    expect(refund.settledAt).toEqual(expect.any(String));

    expect(await getOrder(order.id, order.token)).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedAmount: 10800 });
    expect(await validTicketIds(svc, tenant.id, order.id)).toEqual([]);
    expect(await timelineTypes(svc, order.id, order.token)).toEqual([
      'order.created',
      'order.reserved',
      'order.confirmed',
      'refund.requested',
      'refund.succeeded',
      'order.refunded',
    ]);
    const messages = await outboxTypes(svc, tenant.id);
    expect(messages).toContain('order.refund.requested');
    expect(messages).toContain('order.refunded');

    const list = (await svc.request({ method: 'GET', url: refundUrl(order.id), headers: bearer(order.token) })).json();
    expect(list).toEqual({ data: [refund], nextCursor: null });
    const one = (await svc.request({ method: 'GET', url: `${refundUrl(order.id)}/${refund.id}`, headers: bearer(order.token) })).json();
    expect(one).toEqual(refund);

    // Nothing is left under the policy (the fees are not refundable).
    const again = await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(order.token), payload: { reason: 'again' } });
    expect(again.statusCode).toBe(422);
    expect(again.json().reasons).toEqual(['NOTHING_REFUNDABLE']);
  });

  it('item refunds take exactly those tickets’ share, fees per policy, and add up to the order when all are refunded', async () => {
    const tenant = svc.tenant();
    await createPolicy(svc, await tenant.admin(), { refundPlatformFee: true, refundProcessingFee: true });
    // 2 General (5000) + 1 VIP (15000): subtotal 25000, fees 1250 + 755, tax 8 % → total 29165.
    const order = await buyConfirmedOrder(svc, tenant, { items: [{ type: 0, quantity: 2 }, { type: 1, quantity: 1 }] });
    const [general, vip] = order.items;
    expect(order.total).toBe(general!.total + vip!.total);

    const one = await svc.request({
      method: 'POST',
      url: refundUrl(order.id),
      headers: bearer(order.token),
      payload: { reason: 'one general ticket', items: [{ orderItemId: general!.id, quantity: 1 }] },
    });
    expect(one.statusCode).toBe(201);
    const first = one.json();
    expect(first).toMatchObject({ status: 'SUCCEEDED', items: [{ orderItemId: general!.id, quantity: 1 }], ticketIds: [general!.ticketIds[0]] });
    expect(first.amount).toBe(first.breakdown.tickets + first.breakdown.platformFee + first.breakdown.processingFee + first.breakdown.tax);
    expect(first.breakdown.tickets).toBe(5000);

    const rest = await svc.request({
      method: 'POST',
      url: refundUrl(order.id),
      headers: bearer(order.token),
      payload: { reason: 'the rest', items: [{ orderItemId: general!.id, quantity: 1 }, { orderItemId: vip!.id, quantity: 1 }] },
    });
    expect(rest.json()).toMatchObject({ status: 'SUCCEEDED' });
    expect(first.amount + rest.json().amount).toBe(order.total);
    expect(await getOrder(order.id, order.token)).toMatchObject({ status: 'REFUNDED', refundedAmount: order.total });
    expect(await validTicketIds(svc, tenant.id, order.id)).toEqual([]);
  });

  it('an amount refund splits the amount and keeps the tickets; the next one gets what is left', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const partial = await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(order.token), payload: { reason: 'goodwill', amount: 1001 } });
    expect(partial.json()).toMatchObject({ status: 'SUCCEEDED', amount: 1001, breakdown: { tickets: 927, platformFee: 0, processingFee: 0, tax: 74 }, ticketIds: [] });
    expect(partial.json().items).toBeUndefined();
    expect(await validTicketIds(svc, tenant.id, order.id)).toHaveLength(2);
    const eligibility = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refund-eligibility`, headers: bearer(order.token) })).json();
    expect(eligibility.refundableAmount).toBe(10800 - 1001);
    const tooMuch = await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(order.token), payload: { reason: 'more', amount: 10000 } });
    expect(tooMuch.json()).toMatchObject({ code: 'REFUND_NOT_ELIGIBLE', reasons: ['AMOUNT_EXCEEDS_REFUNDABLE'] });
  });

  it.each([
    { name: 'both amount and items', payload: (itemId: string) => ({ reason: 'x', amount: 100, items: [{ orderItemId: itemId, quantity: 1 }] }), field: 'body' },
    { name: 'an item of another order', payload: () => ({ reason: 'x', items: [{ orderItemId: '6f1d3a52-1111-4111-8111-111111111111', quantity: 1 }] }), field: 'body.items[0].orderItemId' },
    { name: 'a zero amount', payload: () => ({ reason: 'x', amount: 0 }), field: 'body.amount' },
    { name: 'no reason', payload: () => ({ amount: 100 }), field: 'body.reason' },
  ])('refuses $name with 400', async ({ payload, field }) => {
    const order = await buyConfirmedOrder(svc, svc.tenant());
    const response = await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(order.token), payload: payload(order.items[0]!.id) });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
  });
});

describe('review of large refunds', () => {
  it('waits in PENDING_REVIEW (amount held), an admin approves → SUCCEEDED; a rejected one frees its amount', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    await createPolicy(svc, admin, { autoApproveBelow: 2000 });
    const order = await buyConfirmedOrder(svc, tenant);

    const big = (await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(order.token), payload: { reason: 'big', amount: 5000 } })).json();
    expect(big).toMatchObject({ status: 'PENDING_REVIEW', amount: 5000 });
    expect(big.settledAt).toBeUndefined();
    expect(await getOrder(order.id, order.token)).toMatchObject({ status: 'CONFIRMED', refundedAmount: 0 });
    const held = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refund-eligibility`, headers: bearer(order.token) })).json();
    expect(held.refundableAmount).toBe(10800 - 5000);

    const byCustomer = await svc.request({ method: 'POST', url: `${refundUrl(order.id)}/${big.id}/approve`, headers: bearer(order.token), payload: {} });
    expect(byCustomer.statusCode).toBe(403);
    const approved = await svc.request({ method: 'POST', url: `${refundUrl(order.id)}/${big.id}/approve`, headers: bearer(admin), payload: { note: 'ok' } });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'SUCCEEDED', review: { note: 'ok' } });
    expect(await getOrder(order.id, order.token)).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedAmount: 5000 });
    const twice = await svc.request({ method: 'POST', url: `${refundUrl(order.id)}/${big.id}/approve`, headers: bearer(admin) });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('INVALID_STATE');
    const badNote = await svc.request({ method: 'POST', url: `${refundUrl(order.id)}/${big.id}/approve`, headers: bearer(admin), payload: { note: '' } });
    expect(badNote.statusCode).toBe(400);

    const second = (await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(order.token), payload: { reason: 'more', amount: 3000 } })).json();
    expect(second.status).toBe('PENDING_REVIEW');
    const rejected = await svc.request({ method: 'POST', url: `${refundUrl(order.id)}/${second.id}/reject`, headers: bearer(admin), payload: { reason: 'already refunded enough' } });
    expect(rejected.json()).toMatchObject({ status: 'REJECTED', review: { note: 'already refunded enough' } });
    const freed = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refund-eligibility`, headers: bearer(order.token) })).json();
    expect(freed.refundableAmount).toBe(10800 - 5000);

    const types = await timelineTypes(svc, order.id, order.token);
    expect(types.filter((type) => type.startsWith('refund.'))).toEqual([
      'refund.requested',
      'refund.approved',
      'refund.succeeded',
      'refund.requested',
      'refund.rejected',
    ]);
  });

  it('an admin requesting a refund for the buyer needs no review', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    await createPolicy(svc, admin, { autoApproveBelow: 100 });
    const order = await buyConfirmedOrder(svc, tenant);
    const refund = await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(admin), payload: { reason: 'asked by phone' } });
    expect(refund.json()).toMatchObject({ status: 'SUCCEEDED', amount: 10800, basis: 'policy' });
  });
});

describe('admin override', () => {
  it('refunds past the cutoff, fees included, and records who and why; customers may not override', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    await changeEvent(svc, order.event, { startsAt: hoursFromNow(3) });

    const byCustomer = await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(order.token), payload: { reason: 'please', override: true } });
    expect(byCustomer.statusCode).toBe(403);

    const adminId = 'admin-override-1';
    const admin = await tenant.token(adminId, ['admin']);
    const refund = await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(admin), payload: { reason: 'venue changed the doors time', override: true } });
    expect(refund.statusCode).toBe(201);
    expect(refund.json()).toMatchObject({
      status: 'SUCCEEDED',
      amount: 11686,
      basis: 'override',
      breakdown: { tickets: 10000, platformFee: 500, processingFee: 320, tax: 866 },
      requestedBy: { type: 'user', id: adminId, role: 'admin' },
    });
    const timeline = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/events`, headers: bearer(admin) })).json();
    const requested = timeline.data.find((entry: { type: string }) => entry.type === 'refund.requested');
    expect(requested).toMatchObject({ actor: { id: adminId, role: 'admin' }, reason: 'venue changed the doors time', data: { override: true, basis: 'override' } });
    expect(await getOrder(order.id, order.token)).toMatchObject({ status: 'REFUNDED', refundedAmount: 11686 });
  });
});

describe('refundInFull (the event-cancellation job)', () => {
  it('refunds everything still refundable, fees included, supersedes reviews, and is safe to repeat', async () => {
    const tenant = svc.tenant();
    await createPolicy(svc, await tenant.admin(), { autoApproveBelow: 1000 });
    const order = await buyConfirmedOrder(svc, tenant);
    const partial = (await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(order.token), payload: { reason: 'goodwill', amount: 500 } })).json();
    expect(partial.status).toBe('SUCCEEDED');
    const inReview = (await svc.request({ method: 'POST', url: refundUrl(order.id), headers: bearer(order.token), payload: { reason: 'big', amount: 4000 } })).json();
    expect(inReview.status).toBe('PENDING_REVIEW');

    const actor = { type: 'system' as const, id: 'event-cancellation' };
    const refunds = svc.app.services.refunds;
    const refund = await refunds.refundInFull(tenant.id, order.id, 'event cancelled', actor, 'event-cancel:job-1:order');
    expect(refund).toMatchObject({ status: 'SUCCEEDED', amount: 11686 - 500, basis: 'event_cancelled' });
    const repeated = await refunds.refundInFull(tenant.id, order.id, 'event cancelled', actor, 'event-cancel:job-1:order');
    expect(repeated?.id).toBe(refund?.id);
    expect(await refunds.refundInFull(tenant.id, order.id, 'event cancelled', actor, 'another-key')).toBeNull();

    expect(await getOrder(order.id, order.token)).toMatchObject({ status: 'REFUNDED', refundedAmount: 11686 });
    const list = (await svc.request({ method: 'GET', url: refundUrl(order.id), headers: bearer(order.token) })).json();
    expect(list.data.map((entry: { status: string }) => entry.status)).toEqual(['SUCCEEDED', 'REJECTED', 'SUCCEEDED']);
  });

  it('answers null for an order that was never paid', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const created = await svc.request({
      method: 'POST',
      url: '/api/v1/orders',
      headers: bearer(token),
      payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] },
    });
    expect(await svc.app.services.refunds.refundInFull(tenant.id, created.json().id, 'x', { type: 'system', id: 'job' }, 'k')).toBeNull();
  });
});

describe('settleRefund (payment.refund.succeeded / .failed)', () => {
  /** The real service with a Payment service that answers `pending` (the sandbox always answers at once). */
  function withPendingPayments(): { service: RefundService; peerIds: string[] } {
    const deps = svc.app.services.orderDeps;
    const peerIds: string[] = [];
    const payments: PaymentClient = {
      ...deps.peers.payments,
      async refund(): Promise<PeerRefund> {
        const id = `re_pending_${peerIds.length + 1}_${Date.now()}`;
        peerIds.push(id);
        return { id, status: 'pending' };
      },
    };
    return { service: new RefundService({ ...deps, recoverAfterSeconds: 60, peers: { ...deps.peers, payments } }), peerIds };
  }

  it('a pending refund stays PENDING (amount held) until the success message, which is applied once', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const customer = { userId: order.userId, tenantId: tenant.id, roles: ['customer' as const], vip: false, ip: '127.0.0.1' };
    const { service, peerIds } = withPendingPayments();

    const pending = await service.request(customer, order.id, { reason: 'later', amount: 3000 });
    expect(pending).toMatchObject({ status: 'PENDING', peerRefundId: peerIds[0] });
    expect(await getOrder(order.id, order.token)).toMatchObject({ status: 'CONFIRMED', refundedAmount: 0 });
    expect(await validTicketIds(svc, tenant.id, order.id)).toHaveLength(2);

    const settled = await service.settleRefund(peerIds[0]!, 'succeeded');
    expect(settled).toMatchObject({ id: pending.id, status: 'SUCCEEDED' });
    const replayed = await service.settleRefund(peerIds[0]!, 'succeeded');
    expect(replayed?.status).toBe('SUCCEEDED');
    expect(await getOrder(order.id, order.token)).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedAmount: 3000 });
  });

  it('a failure message fails the refund with its cause and frees the amount; unknown references answer null', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const customer = { userId: order.userId, tenantId: tenant.id, roles: ['customer' as const], vip: false, ip: '127.0.0.1' };
    const { service } = withPendingPayments();
    const pending = await service.request(customer, order.id, { reason: 'later' });
    expect(pending.status).toBe('PENDING');

    const failed = await service.settleRefund(`refund:${pending.id}`, 'failed', 'card account closed');
    expect(failed).toMatchObject({ status: 'FAILED', failureReason: 'card account closed' });
    expect(await getOrder(order.id, order.token)).toMatchObject({ status: 'CONFIRMED', refundedAmount: 0 });
    const eligibility = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refund-eligibility`, headers: bearer(order.token) })).json();
    expect(eligibility).toMatchObject({ eligible: true, refundableAmount: 10800 });
    expect(await service.settleRefund('re_unknown', 'succeeded')).toBeNull();
  });
});
