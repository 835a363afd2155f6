/**
 * Order changes under concurrency (SPEC §13): two changes at once (one wins, the other 409 CHANGE_IN_PROGRESS),
 * a change racing a refund, a change racing a dispute, and the same change payment brought twice at once. However
 * the races end, the books hold: what the Payment service took minus what it gave back equals the order's total
 * minus its refunded amount.
 */
import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { bearer, buyConfirmedOrder } from '../support/refunds.js';
import { intentsOfOrder, payIntent } from '../support/orders.js';
import { openSandboxDispute } from '../support/disputes.js';
import { listChanges, makeChange, orderOf, requestChange } from '../support/changes.js';
import type { TestService } from '../support/harness.js';

const svc = useTestService();

/** Money at the Payment service for the order (its own intent and its changes'), against the order's books. */
async function expectBooksBalance(service: TestService, token: string, orderId: string): Promise<void> {
  const order = await orderOf(service, token, orderId);
  const intents = intentsOfOrder(service, orderId).filter((intent) => intent.status === 'succeeded');
  const kept = intents.reduce((total, intent) => total + intent.amount - intent.refundedAmount, 0);
  expect(kept).toBe(order.pricing.total - order.refundedAmount);
}

describe('order changes racing', () => {
  it('two changes at once: one is made, the other is 409 CHANGE_IN_PROGRESS', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant(), { items: [{ type: 0, quantity: 4 }] });
    const vip = order.event.ticketTypes[1]!.id;
    const [a, b] = await Promise.all([
      requestChange(svc, order.token, order.id, { add: [{ ticketTypeId: vip, quantity: 1 }] }),
      requestChange(svc, order.token, order.id, { add: [{ ticketTypeId: vip, quantity: 2 }] }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect([a, b].find((response) => response.statusCode === 409)!.json().code).toBe('CHANGE_IN_PROGRESS');
    expect(await listChanges(svc, order.token, order.id)).toHaveLength(1);
  });

  it('a change racing a refund: each either goes first or waits, and the books balance', async () => {
    for (let round = 0; round < 3; round += 1) {
      const order = await buyConfirmedOrder(svc, svc.tenant(), { items: [{ type: 0, quantity: 3 }] });
      const [change, refund] = await Promise.all([
        requestChange(svc, order.token, order.id, { remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }] }),
        svc.request({ method: 'POST', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token), payload: { reason: 'race', items: [{ orderItemId: order.items[0]!.id, quantity: 1 }] } }),
      ]);
      expect([201, 409]).toContain(change.statusCode);
      expect([201, 409]).toContain(refund.statusCode);
      if (refund.statusCode === 409) expect(refund.json().code).toBe('CHANGE_IN_PROGRESS');
      if (change.statusCode === 409) expect(change.json().code).toBe('CHANGE_IN_PROGRESS');
      expect(change.statusCode === 201 || refund.statusCode === 201).toBe(true);
      await expectBooksBalance(svc, order.token, order.id);
    }
  });

  it('a change racing a dispute: refused with 409 REFUNDS_LOCKED, or made first and its credit waits for the dispute', async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant(), { items: [{ type: 0, quantity: 3 }] });
    const intentId = (order.body as { payment: { intentId: string } }).payment.intentId;
    const [change] = await Promise.all([
      requestChange(svc, order.token, order.id, { remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }] }),
      openSandboxDispute(svc, { paymentIntentId: intentId }),
    ]);
    const after = await orderOf(svc, order.token, order.id);
    expect(after.refundLocked).toBe(true);
    if (change.statusCode === 409) {
      expect(change.json().code).toBe('REFUNDS_LOCKED');
      expect(after.version).toBe(1);
    } else {
      expect(change.statusCode, change.body).toBe(201);
      expect(change.json().status).toBe('APPLIED');
      expect(after.version).toBe(2);
      const refunds = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token) })).json().data;
      expect(['PENDING', 'SUCCEEDED']).toContain(refunds[0].status);
    }
    // Nothing more changes while the dispute is open.
    const later = await requestChange(svc, order.token, order.id, { remove: [{ orderItemId: order.items[0]!.id, quantity: 1 }] });
    expect(later.json().code).toBe('REFUNDS_LOCKED');
  });

  it("a change's payment brought twice at once (message and callback, two deliveries) applies it once", async () => {
    const order = await buyConfirmedOrder(svc, svc.tenant());
    const vip = order.event.ticketTypes[1]!.id;
    const change = await makeChange(svc, order.token, order.id, { add: [{ ticketTypeId: vip, quantity: 1 }] });
    const confirmToken = await svc.serviceToken('payment-service');
    const confirm = () =>
      svc.request({
        method: 'POST',
        url: `/internal/v1/orders/${order.id}/confirm`,
        headers: bearer(confirmToken),
        payload: { paymentIntentId: change.payment!.intentId },
      });
    await payIntent(svc, change.payment!.intentId);
    const answers = await Promise.all([confirm(), confirm(), svc.app.services.changes.paymentSucceeded(order.body.tenantId as string, order.id, change.payment!.intentId, { type: 'service', id: 'payment-service' })]);
    expect(answers[0].statusCode, answers[0].body).toBe(200);
    expect(answers[1].statusCode).toBe(200);
    const after = await orderOf(svc, order.token, order.id);
    expect(after.version).toBe(2);
    expect(after.items).toHaveLength(2);
    const [applied] = await listChanges(svc, order.token, order.id);
    expect(applied?.status).toBe('APPLIED');
    await expectBooksBalance(svc, order.token, order.id);
  });
});
