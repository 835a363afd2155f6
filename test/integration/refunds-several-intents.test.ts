/**
 * Refunds of an order whose money came through several payment intents (its own, and an order change's that
 * charged more, SPEC §13): paid out in parts, most recent intent first, each intent giving back exactly what it
 * took at most; a half-paid refund is finished by the refund-recovery job.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { refundRecoveryJob } from '../../src/jobs/refund-recovery.js';
import { RefundService } from '../../src/modules/refunds/service.js';
import type { PaymentClient } from '../../src/peers/contract.js';
import { eventually, useTestService, type TestTenant } from '../support/harness.js';
import { intentsOfOrder } from '../support/orders.js';
import { makeChange, orderOf, payChange, setChangeFee } from '../support/changes.js';
import { bearer, buyConfirmedOrder, type ConfirmedOrder } from '../support/refunds.js';

const svc = useTestService({ env: { REFUND_RECOVERY_AFTER_SECONDS: '1' } });

/** A paid order upgraded by a change paid through its own intent: answers the order and both intents. */
async function upgradedOrder(tenant: TestTenant): Promise<{ order: ConfirmedOrder; ownIntent: string; changeIntent: string; total: number }> {
  const order = await buyConfirmedOrder(svc, tenant);
  const vip = order.event.ticketTypes[1]!.id;
  const change = await makeChange(svc, order.token, order.id, { reason: 'upgrade', add: [{ ticketTypeId: vip, quantity: 1 }] });
  expect(change.status).toBe('AWAITING_PAYMENT');
  expect((await payChange(svc, order.token, order.id, change)).status).toBe('APPLIED');
  const after = await orderOf(svc, order.token, order.id);
  expect(after.pricing.total).toBe(order.total + change.delta.total);
  return { order, ownIntent: (order.body.payment as { intentId: string }).intentId, changeIntent: change.payment!.intentId, total: after.pricing.total };
}

async function refundedOrder(orderId: string) {
  const { rows } = await svc.infra.db.system((tx) =>
    tx.query<{ status: string; refunded_amount: number }>('SELECT status, refunded_amount FROM orders WHERE id = $1', [orderId]),
  );
  return rows[0]!;
}

function expectEveryIntentGaveBackWhatItTook(orderId: string): void {
  const intents = intentsOfOrder(svc, orderId).filter((intent) => intent.status === 'succeeded');
  expect(intents).toHaveLength(2);
  for (const intent of intents) expect(intent.refundedAmount).toBe(intent.amount);
}

describe('refunds of an order paid through several intents', () => {
  it('a full refund after a paid upgrade is SUCCEEDED: each intent gives back what it took, the order counts the sum', async () => {
    const tenant = svc.tenant();
    const { order, total } = await upgradedOrder(tenant);
    const admin = await tenant.admin();
    const response = await svc.request({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/refunds`,
      headers: bearer(admin),
      payload: { reason: 'goodwill', override: true },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ status: 'SUCCEEDED', amount: total });
    expectEveryIntentGaveBackWhatItTook(order.id);
    expect(await refundedOrder(order.id)).toEqual({ status: 'REFUNDED', refunded_amount: total });
  });

  it('a partial refund after the upgrade comes from the change intent first; a later one takes the rest from the order intent', async () => {
    const tenant = svc.tenant();
    const { order, ownIntent, changeIntent, total } = await upgradedOrder(tenant);
    const admin = await tenant.admin();
    const taken = new Map(intentsOfOrder(svc, order.id).map((intent) => [intent.id, intent.amount]));
    const first = taken.get(changeIntent)! + 1000;
    const refund = (payload: object) => svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(admin), payload });
    expect((await refund({ reason: 'part', amount: first, override: true })).json()).toMatchObject({ status: 'SUCCEEDED', amount: first });
    const refunded = () => new Map(intentsOfOrder(svc, order.id).map((intent) => [intent.id, intent.refundedAmount]));
    expect(refunded().get(changeIntent)).toBe(taken.get(changeIntent));
    expect(refunded().get(ownIntent)).toBe(1000);
    expect((await refund({ reason: 'rest', override: true })).json()).toMatchObject({ status: 'SUCCEEDED', amount: total - first });
    expectEveryIntentGaveBackWhatItTook(order.id);
    expect((await refundedOrder(order.id)).refunded_amount).toBe(total);
  });

  it('an event cancellation refunds an upgraded order in full through both intents', async () => {
    const tenant = svc.tenant();
    const { order, total } = await upgradedOrder(tenant);
    const job = await svc.app.services.eventCancellation.start(order.event.id, 'organizer cancelled', tenant.id);
    await eventually(async () => {
      await svc.app.services.eventCancellation.runBatch();
      const current = await svc.app.services.eventCancellation.getJob(job!.id);
      return current.status === 'COMPLETED' ? current : undefined;
    }, 20_000);
    const { rows } = await svc.infra.db.system((tx) =>
      tx.query<{ status: string; amount: number }>('SELECT status, amount FROM refunds WHERE order_id = $1', [order.id]),
    );
    expect(rows).toEqual([{ status: 'SUCCEEDED', amount: total }]);
    expectEveryIntentGaveBackWhatItTook(order.id);
    expect(await refundedOrder(order.id)).toMatchObject({ refunded_amount: total });
  });

  it('the change fee is a line of the change invoice, and an event cancellation gives it back: the order ends REFUNDED with all it took', async () => {
    const tenant = svc.tenant();
    await setChangeFee(svc, await tenant.admin(), 500);
    const { order, total } = await upgradedOrder(tenant);
    expect((await orderOf(svc, order.token, order.id)).changeFee).toBe(500);
    // The change's invoice charges the fee as a line of its own, untaxed.
    const documents = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/documents`, headers: bearer(order.token) })).json<{
      data: { type: string; lines: { category: string; description: string; net: number; total: number; taxes: unknown[] }[] }[];
    }>().data;
    const feeLines = documents.filter((document) => document.type === 'invoice').flatMap((document) => document.lines.filter((line) => line.category === 'change_fee'));
    expect(feeLines).toEqual([expect.objectContaining({ description: 'Change fee', net: 500, total: 500, taxes: [] })]);
    const job = await svc.app.services.eventCancellation.start(order.event.id, 'organizer cancelled', tenant.id);
    await eventually(async () => {
      await svc.app.services.eventCancellation.runBatch();
      const current = await svc.app.services.eventCancellation.getJob(job!.id);
      return current.status === 'COMPLETED' ? current : undefined;
    }, 20_000);
    expectEveryIntentGaveBackWhatItTook(order.id);
    expect(await refundedOrder(order.id)).toEqual({ status: 'REFUNDED', refunded_amount: total });
    const refunds = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token) })).json<{ data: unknown[] }>();
    expect(refunds.data).toEqual([expect.objectContaining({ status: 'SUCCEEDED', amount: total, changeFee: 500, basis: 'event_cancelled' })]);
  });

  it('a refund whose second part the Payment service fails stays PENDING with the first part paid; the recovery job finishes it', async () => {
    const tenant = svc.tenant();
    const { order, ownIntent, changeIntent, total } = await upgradedOrder(tenant);
    const faults = `${svc.infra.sandbox!.urls.payment}/sandbox/faults`;
    const setFault = (body: object) => fetch(faults, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    // The Payment sandbox starts failing as the second part (its key names its intent) is asked for.
    const deps = svc.app.services.orderDeps;
    const payments: PaymentClient = {
      ...deps.peers.payments,
      async refund(request, key, ctx) {
        if (/^refund:[0-9a-f-]{36}:/.test(key)) await setFault({ mode: 'fail' });
        return deps.peers.payments.refund(request, key, ctx);
      },
    };
    const faulty = new RefundService({ ...deps, recoverAfterSeconds: 1, peers: { ...deps.peers, payments } });
    const principal = { userId: randomUUID(), tenantId: tenant.id, roles: ['admin' as const], vip: false, ip: '127.0.0.1' };
    try {
      const pending = await faulty.request(principal, order.id, { reason: 'goodwill', override: true });
      expect(pending).toMatchObject({ status: 'PENDING', amount: total, submittedAt: expect.any(Date) });
      expect(pending.paymentParts?.map((part) => part.intentId)).toEqual([changeIntent, ownIntent]);
      expect(pending.paymentParts?.map((part) => part.key)).toEqual([`refund:${pending.id}`, `refund:${pending.id}:${ownIntent}`]);
    } finally {
      await setFault({ mode: 'off' });
    }
    const halfway = new Map(intentsOfOrder(svc, order.id).map((intent) => [intent.id, intent]));
    expect(halfway.get(changeIntent)!.refundedAmount).toBe(halfway.get(changeIntent)!.amount);
    expect(halfway.get(ownIntent)!.refundedAmount).toBe(0);
    expect((await refundedOrder(order.id)).refunded_amount).toBe(0);

    const recovery = refundRecoveryJob(svc.app.services.refunds, { recoverAfterSeconds: 1 });
    await eventually(async () => {
      await recovery.runOnce();
      return (await refundedOrder(order.id)).refunded_amount === total ? true : undefined;
    }, 20_000);
    expectEveryIntentGaveBackWhatItTook(order.id);
    expect(await refundedOrder(order.id)).toEqual({ status: 'REFUNDED', refunded_amount: total });
  });
});
