/**
 * The refund-lock contract between disputes and refunds (docs/disputes.md), checked at the database: the
 * refund module is written elsewhere, so its side is played here by the SQL the contract asks of it — lock
 * the order row FOR UPDATE, read refund_locked, record the refund, commit.
 */
import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { bearer, disputeWebhook, openSandboxDispute, orderDisputes, paidOrder, sendWebhook, type WebhookAnswer } from '../support/disputes.js';

const svc = useTestService();

describe('a refund racing dispute.created', () => {
  it('a refund holding the order row makes the dispute wait; the dispute then sees the refund and raises DOUBLE_LOSS_RISK', async () => {
    const tenant = svc.tenant();
    const order = await paidOrder(svc, tenant);
    const webhook = disputeWebhook({ data: { paymentIntentId: order.intentId } });
    let answered = false;

    const { pending, lockedWhenRefunding } = await svc.infra.db.tenant(tenant.id, async (tx) => {
      const { rows } = await tx.query<{ refund_locked: boolean }>('SELECT refund_locked FROM orders WHERE id = $1 FOR UPDATE', [order.id]);
      const delivery = sendWebhook(svc, webhook).then((answer) => {
        answered = true;
        return answer;
      });
      // While the refund holds the row, the dispute cannot be applied.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(answered).toBe(false);
      await tx.query("UPDATE orders SET refunded_amount = 1500, status = 'PARTIALLY_REFUNDED' WHERE id = $1", [order.id]);
      return { pending: { delivery }, lockedWhenRefunding: rows[0]?.refund_locked };
    });
    expect(lockedWhenRefunding).toBe(false);

    const answer: WebhookAnswer = await pending.delivery;
    expect(answer.body.status).toBe('processed');
    const [dispute] = await orderDisputes(svc, order.token, order.id);
    expect(dispute).toMatchObject({ doubleLossRisk: true, status: 'needs_response' });
  });

  it('a refund that comes after dispute.created sees the lock in its own transaction', async () => {
    const tenant = svc.tenant();
    const order = await paidOrder(svc, tenant);
    expect((await sendWebhook(svc, disputeWebhook({ data: { paymentIntentId: order.intentId } }))).body.status).toBe('processed');
    const locked = await svc.infra.db.tenant(tenant.id, async (tx) => {
      const { rows } = await tx.query<{ refund_locked: boolean }>('SELECT refund_locked FROM orders WHERE id = $1 FOR UPDATE', [order.id]);
      return rows[0]?.refund_locked;
    });
    expect(locked).toBe(true);
  });
});

describe('a refund request racing a dispute over HTTP', () => {
  it('never lets a refund succeed against an open dispute unnoticed: a refund either precedes the lock (and is flagged DOUBLE_LOSS_RISK) or is refused', async () => {
    for (let round = 0; round < 5; round++) {
      const tenant = svc.tenant();
      const order = await paidOrder(svc, tenant);
      const [refund] = await Promise.all([
        svc.request({
          method: 'POST',
          url: `/api/v1/orders/${order.id}/refunds`,
          headers: bearer(order.token),
          payload: { reason: 'changed my mind', amount: 1000 },
        }),
        openSandboxDispute(svc, { paymentIntentId: order.intentId }),
      ]);
      const [dispute] = await orderDisputes(svc, order.token, order.id);
      expect(dispute?.status).toBe('needs_response');
      if (refund.statusCode === 201 && refund.json().status === 'SUCCEEDED') {
        // The refund reserved its amount before the dispute locked the order: the dispute knows it.
        expect(dispute?.doubleLossRisk).toBe(true);
      } else {
        expect([409, 422]).toContain(refund.statusCode);
        expect(['REFUNDS_LOCKED', 'REFUND_NOT_ELIGIBLE']).toContain(refund.json().code);
      }
      // Once the dispute is open, no refund gets through.
      const after = await svc.request({
        method: 'POST',
        url: `/api/v1/orders/${order.id}/refunds`,
        headers: bearer(order.token),
        payload: { reason: 'again', amount: 500 },
      });
      expect([409, 422]).toContain(after.statusCode);
    }
  });
});
