import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertSender, type DisputeAlert } from '../../src/modules/disputes/alerts.js';
import { eventually, useTestService } from '../support/harness.js';
import {
  bearer,
  disputeWebhook,
  openSandboxDispute,
  orderDisputes,
  outboxMessages,
  paidOrder,
  sendWebhook,
  startAlertReceiver,
  storedDispute,
  timelineTypes,
  type AlertReceiver,
  type PaidOrder,
} from '../support/disputes.js';

let alerts: AlertReceiver;
beforeAll(async () => {
  alerts = await startAlertReceiver();
});
afterAll(async () => {
  await alerts?.close();
});
const svc = useTestService(() => ({ env: { ALERT_WEBHOOK_URL: alerts.url } }));

const alertsFor = (paymentDisputeId: string) => alerts.received.filter((alert) => alert.dispute.paymentDisputeId === paymentDisputeId);

/** Pretends the refund module refunded part of the order (it is written by another area). */
async function markRefunded(order: PaidOrder, tenantId: string, amount: number): Promise<void> {
  await svc.infra.db.tenant(tenantId, (tx) =>
    tx.query("UPDATE orders SET refunded_amount = $2, status = 'PARTIALLY_REFUNDED' WHERE id = $1", [order.id, amount]),
  );
}

describe('dispute alerts to ALERT_WEBHOOK_URL', () => {
  it('retries a failing alert endpoint with backoff until it takes the alert, without holding up the webhook', async () => {
    const tenant = svc.tenant();
    const order = await paidOrder(svc, tenant);
    alerts.failNext(2);

    const dispute = await openSandboxDispute(svc, { paymentIntentId: order.intentId });
    // The webhook was answered before the alert got through (two refusals and their backoff come after).
    expect(alertsFor(dispute.id)).toHaveLength(0);

    const [alert] = await eventually(async () => (alertsFor(dispute.id).length > 0 ? alertsFor(dispute.id) : undefined), 10_000);
    expect(alert).toMatchObject({ type: 'DISPUTE_OPENED', severity: 'warning', tenantId: tenant.id, orderId: order.id });
    expect(alerts.calls.filter((id) => id === alert!.id)).toHaveLength(3);
  });

  it('stores and alerts a dispute whose payment intent matches no order, invisible to every tenant', async () => {
    const body = disputeWebhook({ data: { paymentIntentId: 'pi_unknown_to_us', amount: 777 } });
    expect(await sendWebhook(svc, body)).toMatchObject({ status: 200, body: { status: 'processed' } });

    expect(await storedDispute(svc, body.data.disputeId)).toMatchObject({ tenant_id: null, order_id: null, status: 'needs_response', events: 1 });
    const [alert] = await eventually(async () => (alertsFor(body.data.disputeId).length > 0 ? alertsFor(body.data.disputeId) : undefined));
    expect(alert).toMatchObject({ type: 'DISPUTE_UNMATCHED', severity: 'critical', tenantId: null, orderId: null });
    expect(alert!.dispute.paymentIntentId).toBe('pi_unknown_to_us');

    // Later webhooks of the same dispute join its history on the system path.
    const closed = disputeWebhook({
      type: 'dispute.closed',
      createdAt: new Date(Date.parse(body.createdAt) + 1000),
      data: { ...body.data, status: 'lost' },
    });
    expect((await sendWebhook(svc, closed)).body.status).toBe('processed');
    expect(await storedDispute(svc, body.data.disputeId)).toMatchObject({ tenant_id: null, status: 'lost', events: 2 });

    const tenant = svc.tenant();
    const listed = await svc.request({ method: 'GET', url: '/api/v1/disputes', headers: bearer(await tenant.admin()) });
    expect(listed.json()).toEqual({ data: [], nextCursor: null });
    // Not even the tenant path can read the tenantless rows (row-level security).
    const seen = await svc.infra.db.tenant(tenant.id, (tx) =>
      tx.query('SELECT 1 FROM disputes WHERE payment_dispute_id = $1', [body.data.disputeId]),
    );
    expect(seen.rows).toHaveLength(0);
  });

  it('raises DOUBLE_LOSS_RISK (a second alert and a timeline entry) for a dispute against an already refunded order', async () => {
    const tenant = svc.tenant();
    const order = await paidOrder(svc, tenant);
    await markRefunded(order, tenant.id, 1000);

    const dispute = await openSandboxDispute(svc, { paymentIntentId: order.intentId });
    const received = await eventually(async () => (alertsFor(dispute.id).length >= 2 ? alertsFor(dispute.id) : undefined));
    expect(received.map((alert) => alert.type).sort()).toEqual(['DISPUTE_OPENED', 'DOUBLE_LOSS_RISK']);
    expect(received.find((alert) => alert.type === 'DOUBLE_LOSS_RISK')).toMatchObject({ severity: 'critical', orderId: order.id });

    const [shown] = await orderDisputes(svc, order.token, order.id);
    expect(shown).toMatchObject({ doubleLossRisk: true, status: 'needs_response' });
    const timeline = await timelineTypes(svc, order.token, order.id);
    expect(timeline.find((entry) => entry.type === 'dispute.double_loss_risk')).toMatchObject({
      actor: { type: 'system' },
      data: expect.objectContaining({ refundedAmount: 1000 }),
    });
    expect(await outboxMessages(svc, tenant.id, 'order.dispute.opened')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ doubleLossRisk: true, refundedAmount: 1000 }) }),
    ]);
  });

  it('raises DOUBLE_LOSS_RISK once when a refund succeeds during an open dispute (the refund module calls refundSucceeded)', async () => {
    const tenant = svc.tenant();
    const order = await paidOrder(svc, tenant);
    const dispute = await openSandboxDispute(svc, { paymentIntentId: order.intentId });
    expect((await orderDisputes(svc, order.token, order.id))[0]?.doubleLossRisk).toBe(false);

    await markRefunded(order, tenant.id, 2500);
    expect(await svc.app.services.disputeWebhooks.refundSucceeded(tenant.id, order.id)).toBe(1);
    expect(await svc.app.services.disputeWebhooks.refundSucceeded(tenant.id, order.id)).toBe(0);

    await eventually(async () => (alertsFor(dispute.id).some((alert) => alert.type === 'DOUBLE_LOSS_RISK') ? true : undefined));
    expect((await orderDisputes(svc, order.token, order.id))[0]?.doubleLossRisk).toBe(true);
    const riskEntries = (await timelineTypes(svc, order.token, order.id)).filter((entry) => entry.type === 'dispute.double_loss_risk');
    expect(riskEntries).toHaveLength(1);
  });
});

describe('an alert that never gets through', () => {
  it('is tried the configured number of times, then logged at error without the URL path', async () => {
    const receiver = await startAlertReceiver();
    receiver.failNext(100);
    const lines: Record<string, unknown>[] = [];
    const log = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
          done();
        },
      }),
    );
    const sender = new AlertSender({ url: `${receiver.url}?token=secret-in-url`, log, attempts: 3, baseDelayMs: 10, maxDelayMs: 40 });
    const alert: DisputeAlert = {
      id: 'alert-never-delivered',
      type: 'DISPUTE_OPENED',
      severity: 'warning',
      summary: 'test',
      tenantId: null,
      orderId: null,
      orderNumber: null,
      dispute: { id: 'd', paymentDisputeId: 'dp', paymentIntentId: 'pi', status: 'needs_response', amount: 1, lostAmount: 0, currency: 'USD', reason: 'fraudulent', evidenceDueBy: null },
      occurredAt: new Date().toISOString(),
    };
    try {
      sender.send(alert);
      await eventually(async () => (sender.inFlight === 0 ? true : undefined));
      expect(receiver.calls).toEqual(['alert-never-delivered', 'alert-never-delivered', 'alert-never-delivered']);
      const failure = lines.find((line) => line.level === 50);
      expect(failure).toMatchObject({ msg: 'dispute alert could not be delivered', alertId: 'alert-never-delivered', problem: 'HTTP 503' });
      expect(JSON.stringify(lines)).not.toContain('secret-in-url');
    } finally {
      await sender.close();
      await receiver.close();
    }
  });
});
