/**
 * Crash safety of refunds: what a dead process, a lost answer or an expired Idempotency-Key lease leaves
 * behind is finished by the refund-recovery and ticket-release jobs, never paid twice, and never paid while a
 * dispute is open. (The kill -9 itself is drilled in test/drills/kill-mid-refund.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamUnavailable } from '../../src/errors.js';
import { refundRecoveryJob } from '../../src/jobs/refund-recovery.js';
import { refundTicketReleaseJob } from '../../src/jobs/refund-ticket-release.js';
import { RefundService } from '../../src/modules/refunds/service.js';
import type { PaymentClient } from '../../src/peers/contract.js';
import { eventually, startTestService, type TestService } from '../support/harness.js';
import { openSandboxDispute } from '../support/disputes.js';
import { bearer, buyConfirmedOrder, createPolicy, outboxTypes, timelineTypes, validTicketIds } from '../support/refunds.js';

let svc: TestService;
beforeAll(async () => {
  // A PENDING refund is the recovery job's after one second (the default is a minute).
  svc = await startTestService({ env: { REFUND_RECOVERY_AFTER_SECONDS: '1' } });
});
afterAll(async () => {
  await svc?.close();
});

const recovery = () => refundRecoveryJob(svc.app.services.refunds, { recoverAfterSeconds: 1 });

async function sandboxIntent(intentId: string): Promise<{ refundedAmount: number }> {
  const response = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/payment-intents/${intentId}`);
  return (await response.json()) as { refundedAmount: number };
}

async function refundRow(refundId: string) {
  const { rows } = await svc.infra.db.system((tx) =>
    tx.query<{ status: string; submitted_at: Date | null; failure_reason: string | null }>(
      'SELECT status, submitted_at, failure_reason FROM refunds WHERE id = $1',
      [refundId],
    ),
  );
  return rows[0]!;
}

describe('the refund-recovery job', () => {
  it('finishes a refund whose process lost the Payment service answer after the money moved: SUCCEEDED once, ledger and sandbox agree', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const intentId = (order.body.payment as { intentId: string }).intentId;
    const customer = { userId: order.userId, tenantId: tenant.id, roles: ['customer' as const], vip: false, ip: '127.0.0.1' };
    // The Payment service refunds, then the answer is lost on the way back (as when the process dies then).
    const deps = svc.app.services.orderDeps;
    const payments: PaymentClient = {
      ...deps.peers.payments,
      async refund(request, key, ctx) {
        await deps.peers.payments.refund(request, key, ctx);
        throw new UpstreamUnavailable('payment', 'the connection was lost', 1, true);
      },
    };
    const lossy = new RefundService({ ...deps, recoverAfterSeconds: 1, peers: { ...deps.peers, payments } });

    const pending = await lossy.request(customer, order.id, { reason: 'cannot come', amount: 2500 });
    expect(pending).toMatchObject({ status: 'PENDING', submittedAt: expect.any(Date) });
    expect((await sandboxIntent(intentId)).refundedAmount).toBe(2500);
    const before = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(order.token) })).json();
    expect(before).toMatchObject({ status: 'CONFIRMED', refundedAmount: 0 });

    // Two instances' runs at once: the refund is claimed by one of them and applied once.
    await eventually(async () => {
      await Promise.all([recovery().runOnce(), recovery().runOnce()]);
      return (await refundRow(pending.id)).status === 'SUCCEEDED' ? true : undefined;
    }, 10_000, 200);

    const after = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(order.token) })).json();
    expect(after).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedAmount: 2500 });
    expect((await sandboxIntent(intentId)).refundedAmount).toBe(2500);
    const types = await timelineTypes(svc, order.id, order.token);
    expect(types.filter((type) => type === 'refund.succeeded')).toHaveLength(1);
    expect((await outboxTypes(svc, tenant.id)).filter((type) => type === 'order.refunded')).toHaveLength(1);
  });

  it('pays an event cancellation\'s refund, handed over in the transaction that reserved it, once after the process died before the call — also when a dispute opened meanwhile', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const intentId = (order.body.payment as { intentId: string }).intentId;
    // The refund is reserved and handed over, then the process dies before the Payment service hears of it.
    const deps = svc.app.services.orderDeps;
    const payments: PaymentClient = {
      ...deps.peers.payments,
      async refund() {
        throw new UpstreamUnavailable('payment', 'the process died before the call', 1, true);
      },
    };
    const dying = new RefundService({ ...deps, recoverAfterSeconds: 1, peers: { ...deps.peers, payments } });
    const actor = { type: 'system' as const, id: 'event-cancellation' };
    const key = `event-cancel:${order.id}`;
    const pending = await dying.refundInFull(tenant.id, order.id, 'event cancelled', actor, key);
    expect(pending).toMatchObject({
      status: 'PENDING',
      basis: 'event_cancelled',
      amount: order.total,
      submittedAt: expect.any(Date),
      paymentParts: [{ intentId, amount: order.total, key: `refund:${pending!.id}` }],
    });
    expect((await sandboxIntent(intentId)).refundedAmount).toBe(0);
    // The same key answers the same refund.
    expect((await svc.app.services.refunds.refundInFull(tenant.id, order.id, 'event cancelled', actor, key))?.id).toBe(pending!.id);

    // A dispute opens after the hand-over: the refund was decided before it, so it is paid, and the dispute flagged.
    await openSandboxDispute(svc, { paymentIntentId: intentId });
    await eventually(async () => {
      await recovery().runOnce();
      return (await refundRow(pending!.id)).status === 'SUCCEEDED' ? true : undefined;
    }, 10_000, 200);

    expect((await sandboxIntent(intentId)).refundedAmount).toBe(order.total);
    const after = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(order.token) })).json();
    expect(after).toMatchObject({ status: 'REFUNDED', refundedAmount: order.total, refundLocked: true });
    const { rows } = await svc.infra.db.system((tx) =>
      tx.query<{ double_loss_risk: boolean }>('SELECT double_loss_risk FROM disputes WHERE order_id = $1', [order.id]),
    );
    expect(rows).toEqual([{ double_loss_risk: true }]);
    const types = await timelineTypes(svc, order.id, order.token);
    expect(types.filter((type) => type === 'refund.succeeded')).toHaveLength(1);
    expect(types).toContain('dispute.double_loss_risk');
  });

  it('does not send a refund the process never handed over once a dispute has opened: it fails with REFUNDS_LOCKED', async () => {
    const tenant = svc.tenant();
    // Every refund of the tenant waits for review.
    await createPolicy(svc, await tenant.admin(), { autoApproveBelow: 100 });
    const order = await buyConfirmedOrder(svc, tenant);
    const intentId = (order.body.payment as { intentId: string }).intentId;
    // A refund decided (reserved) whose process died before handing it to the Payment service: made here as a
    // refund in review, then moved to PENDING with no hand-over, as an approval that crashed would leave it.
    const requested = await svc.request({
      method: 'POST',
      url: '/api/v1/orders/' + order.id + '/refunds',
      headers: bearer(order.token),
      payload: { reason: 'cannot come' },
    });
    expect(requested.json()).toMatchObject({ status: 'PENDING_REVIEW' });
    const refundId = requested.json<{ id: string }>().id;
    await svc.infra.db.system((tx) =>
      tx.query(`UPDATE refunds SET status = 'PENDING', submitted_at = NULL, recover_after = now() - interval '1 second' WHERE id = $1`, [refundId]),
    );
    await openSandboxDispute(svc, { paymentIntentId: intentId });

    await eventually(async () => {
      await recovery().runOnce();
      return (await refundRow(refundId)).status === 'FAILED' ? true : undefined;
    }, 10_000, 200);
    expect((await refundRow(refundId)).failure_reason).toMatch(/^REFUNDS_LOCKED/);
    expect((await sandboxIntent(intentId)).refundedAmount).toBe(0);
    const after = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: bearer(order.token) })).json();
    expect(after).toMatchObject({ status: 'CONFIRMED', refundedAmount: 0, refundLocked: true });
  });
});

describe('an Idempotency-Key whose first request made a refund', () => {
  it('answers that refund after the key\'s lease expired, instead of making a second one', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const intentId = (order.body.payment as { intentId: string }).intentId;
    const request = () =>
      svc.request({
        method: 'POST',
        url: `/api/v1/orders/${order.id}/refunds`,
        headers: { ...bearer(order.token), 'idempotency-key': 'refund-once' },
        payload: { reason: 'cannot come', amount: 1000 },
      });
    const first = await request();
    expect(first.statusCode).toBe(201);
    // The process died before it recorded the answer: the key is left in progress, and its lease runs out.
    await svc.infra.db.system((tx) =>
      tx.query(
        `UPDATE idempotency_keys SET state = 'in_progress', response_status = NULL, response_type = NULL, response_body = NULL,
                locked_until = now() - interval '1 second'
          WHERE tenant_id = $1 AND key = 'refund-once'`,
        [tenant.id],
      ),
    );

    const retried = await request();
    expect(retried.statusCode).toBe(201);
    expect(retried.json()).toMatchObject({ id: first.json().id, status: 'SUCCEEDED', amount: 1000 });
    const list = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(order.token) })).json();
    expect(list.data).toHaveLength(1);
    expect((await sandboxIntent(intentId)).refundedAmount).toBe(1000);
    // Another key is another refund.
    const other = await svc.request({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/refunds`,
      headers: { ...bearer(order.token), 'idempotency-key': 'refund-twice' },
      payload: { reason: 'cannot come', amount: 1000 },
    });
    expect(other.json().id).not.toBe(first.json().id);
  });
});

describe('the refunded-ticket release job', () => {
  it('releases the tickets a refund gave back when the Ticket service failed at the time, without a new refund request', async () => {
    const tenant = svc.tenant();
    const order = await buyConfirmedOrder(svc, tenant);
    const admin = await tenant.admin();
    // An override does not ask the Ticket service about the tickets, so its only ticket call is the release,
    // which fails (three tries).
    await fetch(`${svc.infra.sandbox!.urls.ticket}/sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'fail', count: 3 }),
    });
    const refunded = await svc.request({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/refunds`,
      headers: bearer(admin),
      payload: { reason: 'goodwill', override: true },
    });
    expect(refunded.json()).toMatchObject({ status: 'SUCCEEDED' });
    expect(await validTicketIds(svc, tenant.id, order.id)).toHaveLength(2);

    const release = refundTicketReleaseJob(svc.app.services.refunds);
    await eventually(async () => {
      await release.runOnce();
      return (await validTicketIds(svc, tenant.id, order.id)).length === 0 ? true : undefined;
    }, 10_000, 200);
    const list = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(admin) })).json();
    expect(list.data).toHaveLength(1);
  });
});
