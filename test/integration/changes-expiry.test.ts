/**
 * Order changes that do not complete (SPEC §13): an unpaid change expires by the job with its hold released and
 * its intent cancelled; a change whose payment intent cannot be made fails with its hold released; a change left
 * PENDING by a request that got no answer is undone by the recovery job. The order stays as it was each time.
 */
import { describe, expect, it } from 'vitest';
import { eventually, useTestService } from '../support/harness.js';
import { bearer, buyConfirmedOrder } from '../support/refunds.js';
import { availableOf, expectProblem, intentStatus, setFault } from '../support/orders.js';
import { listChanges, makeChange, orderOf, requestChange, type ChangeBody } from '../support/changes.js';

const svc = useTestService({
  env: { RESERVATION_HOLD_SECONDS: '2', RESERVATION_GRACE_SECONDS: '0', SAGA_TIMEOUT_SECONDS: '1', PEER_TIMEOUT_MS: '300' },
});

describe('order changes that end without being applied', () => {
  it('an unpaid change expires by the job: EXPIRED, hold released, intent cancelled, the order as it was and open to refunds', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const vip = order.event.ticketTypes[1]!;
    const change = await makeChange(svc, order.token, order.id, { add: [{ ticketTypeId: vip.id, quantity: 2 }] });
    expect(change.status).toBe('AWAITING_PAYMENT');
    expect(availableOf(svc, tenant.id, order.event.id, vip.id)).toBe(vip.capacity - 2);

    const expired = await eventually(
      async () => {
        await svc.app.services.changes.expireDue(50);
        const [current] = await listChanges(svc, order.token, order.id);
        return current?.status === 'EXPIRED' ? current : undefined;
      },
      10_000,
      100,
    );
    expect(expired).toMatchObject({ failure: { code: 'PAYMENT_TIMEOUT' } });
    expect(expired.payment?.clientSecret).toBeNull();
    expect(availableOf(svc, tenant.id, order.event.id, vip.id)).toBe(vip.capacity);
    expect(intentStatus(svc, change.payment!.intentId)).toBe('cancelled');
    expect(await orderOf(svc, order.token, order.id)).toMatchObject({ version: 1, pricing: { total: order.total } });
    // The order takes refunds and changes again.
    const refund = await svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token), payload: { reason: 'changed my mind', amount: 100 } });
    expect(refund.statusCode, refund.body).toBe(201);
  });

  it('a change whose payment intent is refused fails at once: 503, the change FAILED with the cause, its hold released', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const vip = order.event.ticketTypes[1]!;
    await setFault(svc, 'payment', { mode: 'fail', count: 3 });
    try {
      const response = await requestChange(svc, order.token, order.id, { add: [{ ticketTypeId: vip.id, quantity: 1 }] });
      expectProblem(response, 503, 'UPSTREAM_UNAVAILABLE');
    } finally {
      await setFault(svc, 'payment', { mode: 'off' });
    }
    const [failed] = await listChanges(svc, order.token, order.id);
    expect(failed).toMatchObject({ status: 'FAILED', failure: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(availableOf(svc, tenant.id, order.event.id, vip.id)).toBe(vip.capacity);
    expect(await orderOf(svc, order.token, order.id)).toMatchObject({ version: 1, pricing: { total: order.total } });
  });

  it('a change left PENDING (no answer from the Payment service) is undone by the recovery job; its intent, if made, cancelled', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const vip = order.event.ticketTypes[1]!;
    await setFault(svc, 'payment', { mode: 'slow', delayMs: 1500, count: 3 });
    try {
      const response = await requestChange(svc, order.token, order.id, { add: [{ ticketTypeId: vip.id, quantity: 1 }] });
      expectProblem(response, 503, 'UPSTREAM_UNAVAILABLE');
    } finally {
      await setFault(svc, 'payment', { mode: 'off' });
    }
    const [pending] = await listChanges(svc, order.token, order.id);
    expect(pending?.status).toBe('PENDING');
    const recovered = await eventually<ChangeBody>(
      async () => {
        await svc.app.services.changes.recover(50);
        const [current] = await listChanges(svc, order.token, order.id);
        return current?.status === 'FAILED' ? current : undefined;
      },
      10_000,
      200,
    );
    expect(recovered.failure?.code).toBe('CHANGE_TIMEOUT');
    expect(availableOf(svc, tenant.id, order.event.id, vip.id)).toBe(vip.capacity);
    expect(await orderOf(svc, order.token, order.id)).toMatchObject({ version: 1, pricing: { total: order.total } });
    const again = await requestChange(svc, order.token, order.id, { remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }] });
    expect(again.statusCode, again.body).toBe(201);
  });
});
