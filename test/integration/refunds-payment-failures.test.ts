import { afterEach, describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { bearer, buyConfirmedOrder, paymentFaults, timelineTypes, validTicketIds } from '../support/refunds.js';

const svc = useTestService();
afterEach(async () => {
  await paymentFaults(svc, 'off');
});

describe('the Payment service fails a refund', () => {
  it('leaves the refund FAILED with the cause and the order untouched; the same key replays, a new key succeeds', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    await paymentFaults(svc, 'fail');

    const request = (key: string) =>
      svc.request({
        method: 'POST',
        url: `/api/v1/orders/${order.id}/refunds`,
        headers: { ...bearer(order.token), 'idempotency-key': key },
        payload: { reason: 'cannot come' },
      });
    const failed = await request('refund-attempt-1');
    expect(failed.statusCode).toBe(201);
    const refund = failed.json();
    expect(refund).toMatchObject({ status: 'FAILED', amount: 10800 });
    expect(refund.failureReason).toMatch(/^UPSTREAM_UNAVAILABLE: payment service/);
    expect(refund.settledAt).toEqual(expect.any(String));

    const order1 = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(order.token) })).json();
    expect(order1).toMatchObject({ status: 'CONFIRMED', refundedAmount: 0 });
    expect(await validTicketIds(svc, tenant.id, order.id)).toHaveLength(2);
    expect(await timelineTypes(svc, order.id, order.token)).toEqual(['order.created', 'order.reserved', 'order.confirmed', 'refund.requested', 'refund.failed']);

    // The same Idempotency-Key answers the first response again, even after the Payment service is back.
    await paymentFaults(svc, 'off');
    const replayed = await request('refund-attempt-1');
    expect(replayed.statusCode).toBe(201);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body).toBe(failed.body);

    // A new key is a new refund; the FAILED one held nothing, so the whole amount is available again.
    const retried = await request('refund-attempt-2');
    expect(retried.json()).toMatchObject({ status: 'SUCCEEDED', amount: 10800 });
    expect(retried.json().id).not.toBe(refund.id);
    const order2 = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(order.token) })).json();
    expect(order2).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedAmount: 10800 });

    const list = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token) })).json();
    expect(list.data.map((entry: { status: string }) => entry.status)).toEqual(['FAILED', 'SUCCEEDED']);
  });

  it('refundInFull reports the failure (REFUND_FAILED) and a retry with the same key tries again', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const actor = { type: 'system' as const, id: 'event-cancellation' };
    await paymentFaults(svc, 'fail');
    await expect(svc.app.services.refunds.refundInFull(tenant.id, order.id, 'event cancelled', actor, 'job-9')).rejects.toMatchObject({ code: 'REFUND_FAILED' });
    await paymentFaults(svc, 'off');
    const retried = await svc.app.services.refunds.refundInFull(tenant.id, order.id, 'event cancelled', actor, 'job-9');
    expect(retried).toMatchObject({ status: 'SUCCEEDED', amount: 11686 });
  });
});
