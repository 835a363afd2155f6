import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disputeTicketVoidJob } from '../../src/modules/disputes/service.js';
import { eventually, startTestService, type TestService } from '../support/harness.js';
import {
  bearer,
  closeSandboxDispute,
  getOrder,
  openSandboxDispute,
  orderDisputes,
  outboxMessages,
  paidOrder,
  timelineTypes,
} from './disputes-fixtures.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService();
});
afterAll(async () => {
  await svc?.close();
});

describe('a dispute driven by the sandbox Payment service', () => {
  it('locks refunds when opened, shows the dispute with its history, tells the bus, and unlocks when won', async () => {
    const tenant = svc.tenant();
    const order = await paidOrder(svc, tenant);
    expect((await getOrder(svc, order.token, order.id)).refundLocked).toBe(false);

    const dispute = await openSandboxDispute(svc, { paymentIntentId: order.intentId, reason: 'product_not_received' });
    expect((await getOrder(svc, order.token, order.id)).refundLocked).toBe(true);

    const support = await tenant.support();
    const listed = await svc.request({ method: 'GET', url: '/api/v1/disputes', headers: bearer(support) });
    expect(listed.statusCode).toBe(200);
    const [shown] = listed.json<{ data: Record<string, unknown>[] }>().data;
    expect(shown).toMatchObject({
      paymentDisputeId: dispute.id,
      orderId: order.id,
      paymentIntentId: order.intentId,
      status: 'needs_response',
      outcome: null,
      amount: order.total,
      lostAmount: 0,
      currency: 'USD',
      reason: 'product_not_received',
      doubleLossRisk: false,
      ticketsVoid: null,
      closedAt: null,
      history: [expect.objectContaining({ type: 'dispute.created', status: 'needs_response', applied: true })],
    });

    const opened = await outboxMessages(svc, tenant.id, 'order.dispute.opened');
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      tenantid: tenant.id,
      data: { orderId: order.id, paymentDisputeId: dispute.id, amount: order.total, status: 'needs_response', refundLocked: true },
    });
    expect(Number((await svc.metrics.disputesOpen.get()).values.find((value) => value.labels.tenant === tenant.id)?.value)).toBe(1);

    await closeSandboxDispute(svc, dispute.id, 'won');
    expect((await getOrder(svc, order.token, order.id)).refundLocked).toBe(false);
    const [closed] = await orderDisputes(svc, order.token, order.id);
    expect(closed).toMatchObject({ status: 'won', outcome: 'won', lostAmount: 0, closedAt: expect.any(String) });
    expect(closed!.history.map((entry) => entry.status)).toEqual(['needs_response', 'won']);
    expect(await outboxMessages(svc, tenant.id, 'order.dispute.closed')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ orderId: order.id, outcome: 'won', lostAmount: 0, refundLocked: false }) }),
    ]);
    expect(Number((await svc.metrics.disputesOpen.get()).values.find((value) => value.labels.tenant === tenant.id)?.value)).toBe(0);

    const timeline = await timelineTypes(svc, await tenant.support(), order.id);
    const disputeEntries = timeline.filter((entry) => entry.type.startsWith('dispute.'));
    expect(disputeEntries.map((entry) => entry.type)).toEqual(['dispute.opened', 'dispute.closed']);
    expect(disputeEntries.every((entry) => entry.actor.type === 'service' && entry.actor.id === 'payment-service')).toBe(true);
  });

  it('records the lost amount and voids the tickets when the tenant setting says so', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const put = await svc.request({ method: 'PUT', url: '/api/v1/disputes/settings', headers: bearer(admin), payload: { voidTicketsOnLoss: true } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ voidTicketsOnLoss: true });

    const order = await paidOrder(svc, tenant);
    expect(order.ticketIds).toHaveLength(2);
    const dispute = await openSandboxDispute(svc, { paymentIntentId: order.intentId, amount: 4000 });
    await closeSandboxDispute(svc, dispute.id, 'lost');

    const sandbox = svc.infra.sandbox!.state;
    await eventually(async () => (sandbox.orderTickets(order.id, tenant.id).length === 0 ? true : undefined));
    for (const ticketId of order.ticketIds) expect(sandbox.tickets.get(ticketId)?.status).toBe('voided');

    const [lost] = await eventually(async () => {
      const disputes = await orderDisputes(svc, order.token, order.id);
      return disputes[0]?.ticketsVoid === 'voided' ? disputes : undefined;
    });
    expect(lost).toMatchObject({ status: 'lost', outcome: 'lost', amount: 4000, lostAmount: 4000 });
    expect((await getOrder(svc, order.token, order.id)).refundLocked).toBe(false);
    expect(await outboxMessages(svc, tenant.id, 'order.dispute.closed')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ outcome: 'lost', lostAmount: 4000 }) }),
    ]);
    const types = (await timelineTypes(svc, order.token, order.id)).map((entry) => entry.type);
    expect(types).toEqual(expect.arrayContaining(['dispute.opened', 'dispute.closed', 'dispute.tickets_voided']));
  });

  it('leaves the tickets alone on a lost dispute when the tenant setting is off (the default)', async () => {
    const tenant = svc.tenant();
    const support = await tenant.support();
    expect((await svc.request({ method: 'GET', url: '/api/v1/disputes/settings', headers: bearer(support) })).json()).toEqual({ voidTicketsOnLoss: false });

    const order = await paidOrder(svc, tenant);
    const dispute = await openSandboxDispute(svc, { paymentIntentId: order.intentId });
    await closeSandboxDispute(svc, dispute.id, 'lost');
    const [lost] = await orderDisputes(svc, order.token, order.id);
    expect(lost).toMatchObject({ outcome: 'lost', lostAmount: order.total, ticketsVoid: null });
    expect(svc.infra.sandbox!.state.orderTickets(order.id, tenant.id)).toHaveLength(2);
  });

  it('keeps refunds locked until the last open dispute of the order closes', async () => {
    const tenant = svc.tenant();
    const order = await paidOrder(svc, tenant);
    const first = await openSandboxDispute(svc, { paymentIntentId: order.intentId, amount: 1000 });
    const second = await openSandboxDispute(svc, { paymentIntentId: order.intentId, amount: 2000 });

    await closeSandboxDispute(svc, first.id, 'won');
    expect((await getOrder(svc, order.token, order.id)).refundLocked).toBe(true);
    await closeSandboxDispute(svc, second.id, 'won');
    expect((await getOrder(svc, order.token, order.id)).refundLocked).toBe(false);
    expect(await orderDisputes(svc, order.token, order.id)).toHaveLength(2);
  });

  it('retries voiding the tickets later when the Ticket service was down after the loss', async () => {
    const tenant = svc.tenant();
    await svc.request({ method: 'PUT', url: '/api/v1/disputes/settings', headers: bearer(await tenant.admin()), payload: { voidTicketsOnLoss: true } });
    const order = await paidOrder(svc, tenant);
    const dispute = await openSandboxDispute(svc, { paymentIntentId: order.intentId });
    const sandbox = svc.infra.sandbox!.state;
    sandbox.setFault('ticket', { mode: 'fail', count: 3 });

    await closeSandboxDispute(svc, dispute.id, 'lost');
    await eventually(async () => (sandbox.faults.ticket.mode === 'off' ? true : undefined));
    expect((await orderDisputes(svc, order.token, order.id))[0]).toMatchObject({ outcome: 'lost', ticketsVoid: 'pending' });
    expect(sandbox.orderTickets(order.id, tenant.id)).toHaveLength(2);

    // The retry job takes over once the first attempt's grace period has passed.
    await svc.infra.db.system((tx) =>
      tx.query("UPDATE disputes SET tickets_void_next_at = now() - interval '1 second' WHERE payment_dispute_id = $1", [dispute.id]),
    );
    expect(await disputeTicketVoidJob(svc.app.services.disputes).runOnce()).toBeGreaterThanOrEqual(1);
    expect(sandbox.orderTickets(order.id, tenant.id)).toHaveLength(0);
    expect((await orderDisputes(svc, order.token, order.id))[0]?.ticketsVoid).toBe('voided');
  });

  it('only the admin changes the dispute settings', async () => {
    const tenant = svc.tenant();
    const support = await tenant.support();
    const { token } = await tenant.customer();
    const put = (auth: string) =>
      svc.request({ method: 'PUT', url: '/api/v1/disputes/settings', headers: bearer(auth), payload: { voidTicketsOnLoss: true } });
    expect((await put(support)).statusCode).toBe(403);
    expect((await put(token)).statusCode).toBe(403);
    expect((await svc.request({ method: 'GET', url: '/api/v1/disputes/settings', headers: bearer(token) })).statusCode).toBe(403);
  });
});
