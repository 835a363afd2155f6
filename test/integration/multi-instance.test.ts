import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expiryJob } from '../../src/jobs/expiry.js';
import { eventually, startTestService, type TestService } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';
import { tapBus, type BusTap } from '../support/bus-tap.js';

// Two instances share one database (and broker): only meaningful on a real PostgreSQL.
const targets = await serviceTargets();

describe.runIf(targets.databaseUrl)('two instances against one database and broker', () => {
  let first: TestService;
  let second: TestService;
  let tap: BusTap;
  const env = { RESERVATION_HOLD_SECONDS: '1', RESERVATION_GRACE_SECONDS: '0' };

  beforeAll(async () => {
    first = await startTestService({ env });
    second = await startTestService({ env, sharePeersWith: first });
    tap = await tapBus(first);
  });
  afterAll(async () => {
    await tap?.close();
    await Promise.all([first?.close(), second?.close()]);
  });

  it('expires each elapsed order exactly once and publishes its order.expired once', async () => {
    const tenant = first.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'General', price: 5000, capacity: 100 }] });
    const orders: string[] = [];
    for (let i = 0; i < 12; i++) {
      const buyer = await tenant.customer();
      const response = await first.request({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${buyer.token}` },
        payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] },
      });
      expect(response.statusCode).toBe(201);
      orders.push(response.json().id);
    }
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const jobs = [expiryJob(first.app.services.orderDeps, { batchSize: 3 }), expiryJob(second.app.services.orderDeps, { batchSize: 3 })];
    // Both instances sweep at the same time until nothing of ours is left.
    await eventually(async () => {
      await Promise.all(jobs.flatMap((job) => [job.runOnce(), job.runOnce()]));
      const { rows } = await first.infra.db.system((tx) =>
        tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE id = ANY($1::uuid[]) AND status <> 'EXPIRED'`, [orders]),
      );
      return rows[0]?.n === 0 ? true : undefined;
    }, 20_000);

    const { rows: timeline } = await first.infra.db.system((tx) =>
      tx.query<{ order_id: string; n: number }>(
        `SELECT order_id, count(*)::int AS n FROM order_events WHERE order_id = ANY($1::uuid[]) AND type = 'order.expired' GROUP BY order_id`,
        [orders],
      ),
    );
    expect(timeline).toHaveLength(orders.length);
    expect(timeline.every((row) => row.n === 1)).toBe(true);

    const expiredMessages = await eventually(async () => {
      const found = tap.messages((message) => message.type === 'order.expired' && orders.includes(String(message.data.orderId)));
      return found.length >= orders.length ? found : undefined;
    }, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const perOrder = new Map<string, number>();
    for (const message of tap.messages((m) => m.type === 'order.expired' && orders.includes(String(m.data.orderId)))) {
      perOrder.set(String(message.data.orderId), (perOrder.get(String(message.data.orderId)) ?? 0) + 1);
    }
    expect(expiredMessages.length).toBe(orders.length);
    expect([...perOrder.values()].every((count) => count === 1)).toBe(true);
    void token;
  });

  it('confirms an order paid through both instances at once exactly once', async () => {
    const tenant = first.tenant();
    const buyer = await tenant.customer();
    const event = await tenant.createEvent();
    const created = (
      await first.request({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${buyer.token}` },
        payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }] },
      })
    ).json();
    const token = await first.serviceToken('payment-service');
    const confirm = (svc: TestService) =>
      svc.request({
        method: 'POST',
        url: `/internal/v1/orders/${created.id}/confirm`,
        headers: { authorization: `Bearer ${token}` },
        payload: { paymentIntentId: created.payment.intentId },
      });
    const answers = await Promise.all([confirm(first), confirm(second), confirm(first), confirm(second)]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200]);
    const ticketSets = answers.map((answer) => JSON.stringify(answer.json().items[0].ticketIds));
    expect(new Set(ticketSets).size).toBe(1);
    const { rows } = await first.infra.db.system((tx) =>
      tx.query(`SELECT 1 FROM order_events WHERE order_id = $1 AND type = 'order.confirmed'`, [created.id]),
    );
    expect(rows).toHaveLength(1);
  });

  it('cancels an event with both instances working the job, refunding each paid order once', async () => {
    const tenant = first.tenant();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'General', price: 5000, capacity: 100 }] });
    const paid: { id: string; total: number }[] = [];
    for (let i = 0; i < 6; i++) {
      const buyer = await tenant.customer();
      const order = (
        await first.request({
          method: 'POST',
          url: '/api/v1/orders',
          headers: { authorization: `Bearer ${buyer.token}` },
          payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] },
        })
      ).json();
      const succeeded = await fetch(`${first.infra.sandbox!.urls.payment}/sandbox/payment-intents/${order.payment.intentId}/succeed`, { method: 'POST' });
      expect(succeeded.status).toBe(200);
      paid.push({ id: order.id, total: order.pricing.total });
    }
    const job = await first.app.services.eventCancellation.start(event.id, 'cancelled by the organizer', tenant.id);
    await eventually(async () => {
      await Promise.all([first.app.services.eventCancellation.runBatch(), second.app.services.eventCancellation.runBatch()]);
      const current = await second.app.services.eventCancellation.getJob(job!.id);
      return current.status === 'COMPLETED' ? current : undefined;
    }, 20_000);
    const { rows } = await first.infra.db.system((tx) =>
      tx.query<{ order_id: string; n: number; amount: number; refunded: number }>(
        `SELECT r.order_id, count(*)::int AS n, sum(r.amount)::int AS amount, max(o.refunded_amount)::int AS refunded
           FROM refunds r JOIN orders o ON o.id = r.order_id
          WHERE r.order_id = ANY($1::uuid[]) AND r.status = 'SUCCEEDED' GROUP BY r.order_id`,
        [paid.map((order) => order.id)],
      ),
    );
    expect(rows).toHaveLength(paid.length);
    for (const order of paid) {
      expect(rows.find((row) => row.order_id === order.id)).toMatchObject({ n: 1, amount: order.total, refunded: order.total });
    }
  });
});
