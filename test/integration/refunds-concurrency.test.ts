/**
 * Concurrent refunds of one order on the real database: the amount of each refund is reserved with the order
 * row locked, so however the requests interleave the refunds never exceed what was paid, and exactly as many
 * succeed as fit.
 */
import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { bearer, buyConfirmedOrder, createPolicy } from '../support/refunds.js';

const svc = useTestService();

async function succeededSum(tenantId: string, orderId: string): Promise<{ sum: number; refunded: number; total: number }> {
  return svc.infra.db.tenant(tenantId, async (tx) => {
    const refunds = await tx.query<{ sum: number }>(`SELECT COALESCE(sum(amount), 0)::bigint AS sum FROM refunds WHERE order_id = $1 AND status = 'SUCCEEDED'`, [orderId]);
    const order = await tx.query<{ refunded_amount: number; total: number }>('SELECT refunded_amount, total FROM orders WHERE id = $1', [orderId]);
    return { sum: Number(refunds.rows[0]?.sum ?? 0), refunded: order.rows[0]!.refunded_amount, total: order.rows[0]!.total };
  });
}

describe('10 concurrent refund requests on one order', () => {
  it('partial amounts: exactly as many succeed as fit, and the sum never exceeds the total', async () => {
    const tenant = svc.tenant();
    await createPolicy(svc, await tenant.admin(), { refundPlatformFee: true, refundProcessingFee: true, autoApproveBelow: 1_000_000 });
    const order = await buyConfirmedOrder(svc, tenant);
    expect(order.total).toBe(11686);
    // Ten different admins (the refund rate limit is per user), 3000 each: 3 fit in 11686, the 4th would not.
    const admins = await Promise.all(Array.from({ length: 10 }, () => tenant.admin()));
    const responses = await Promise.all(
      admins.map((admin, index) =>
        svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(admin), payload: { reason: `request ${index}`, amount: 3000 } }),
      ),
    );
    const succeeded = responses.filter((response) => response.statusCode === 201 && response.json().status === 'SUCCEEDED');
    const refused = responses.filter((response) => response.statusCode === 422);
    expect(succeeded).toHaveLength(3);
    expect(refused).toHaveLength(7);
    for (const response of refused) expect(response.json().reasons).toEqual(['AMOUNT_EXCEEDS_REFUNDABLE']);

    const { sum, refunded, total } = await succeededSum(tenant.id, order.id);
    expect(sum).toBe(9000);
    expect(refunded).toBe(9000);
    expect(sum).toBeLessThanOrEqual(total);
  });

  it('full refunds: exactly one succeeds', async () => {
    const tenant = svc.tenant();
    await createPolicy(svc, await tenant.admin(), { refundPlatformFee: true, refundProcessingFee: true, autoApproveBelow: 1_000_000 });
    const order = await buyConfirmedOrder(svc, tenant);
    const admins = await Promise.all(Array.from({ length: 10 }, () => tenant.admin()));
    const responses = await Promise.all(
      admins.map((admin) => svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(admin), payload: { reason: 'all of it' } })),
    );
    const succeeded = responses.filter((response) => response.statusCode === 201);
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0]!.json()).toMatchObject({ status: 'SUCCEEDED', amount: 11686 });
    for (const response of responses.filter((candidate) => candidate.statusCode !== 201)) {
      expect(response.statusCode).toBe(422);
      expect(['FULLY_REFUNDED', 'REFUND_IN_PROGRESS']).toContain(response.json().reasons[0]);
    }
    const { sum, refunded, total } = await succeededSum(tenant.id, order.id);
    expect({ sum, refunded }).toEqual({ sum: total, refunded: total });
  });

  it('mixed items and amounts from the buyer and admins never over-refund', async () => {
    const tenant = svc.tenant();
    await createPolicy(svc, await tenant.admin(), { refundPlatformFee: true, refundProcessingFee: true, autoApproveBelow: 1_000_000 });
    const order = await buyConfirmedOrder(svc, tenant, { items: [{ type: 0, quantity: 4 }] });
    const itemId = order.items[0]!.id;
    const admins = await Promise.all(Array.from({ length: 10 }, () => tenant.admin()));
    const payloads = admins.map((_, index) =>
      index % 2 === 0 ? { reason: 'one ticket', items: [{ orderItemId: itemId, quantity: 1 }] } : { reason: 'some money', amount: 2500 + index },
    );
    const responses = await Promise.all(
      admins.map((admin, index) => svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(admin), payload: payloads[index] })),
    );
    for (const response of responses) expect([201, 422]).toContain(response.statusCode);
    const { sum, refunded, total } = await succeededSum(tenant.id, order.id);
    expect(sum).toBe(refunded);
    expect(sum).toBeLessThanOrEqual(total);
    const released = responses
      .filter((response) => response.statusCode === 201)
      .flatMap((response) => response.json<{ ticketIds: string[] }>().ticketIds);
    expect(new Set(released).size).toBe(released.length);
  });
});
