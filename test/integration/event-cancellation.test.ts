import { describe, expect, it } from 'vitest';
import { lockUserEvent } from '../../src/modules/orders/repository.js';
import { useTestService, eventually, type TestTenant } from '../support/harness.js';

const svc = useTestService();

/** A checkout by `buyer`, answered as it is (no expectation on the status). */
function attemptCheckout(buyer: { token: string }, eventId: string, ticketTypeId: string, quantity = 1) {
  return svc.request({
    method: 'POST',
    url: '/api/v1/orders',
    headers: { authorization: `Bearer ${buyer.token}` },
    payload: { eventId, items: [{ ticketTypeId, quantity }] },
  });
}

async function checkout(tenant: TestTenant, eventId: string, ticketTypeId: string, pay: boolean) {
  const buyer = await tenant.customer();
  const response = await attemptCheckout(buyer, eventId, ticketTypeId, 2);
  expect(response.statusCode).toBe(201);
  const order = response.json();
  if (pay) {
    const paid = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/payment-intents/${order.payment.intentId}/succeed`, { method: 'POST' });
    expect(paid.status).toBe(200);
  }
  return { id: order.id as string, token: buyer.token, total: order.pricing.total as number };
}

async function orderState(orderId: string) {
  const { rows } = await svc.infra.db.system((tx) =>
    tx.query<{ status: string; refunded_amount: number; total: number }>('SELECT status, refunded_amount, total FROM orders WHERE id = $1', [orderId]),
  );
  return rows[0]!;
}

async function runJobToCompletion(jobId: string) {
  return eventually(async () => {
    await svc.app.services.eventCancellation.runBatch();
    const job = await svc.app.services.eventCancellation.getJob(jobId);
    return job.status === 'COMPLETED' ? job : undefined;
  }, 20_000);
}

describe('event cancellation', () => {
  it('cancels live orders and refunds paid ones in full, fees included, as a job with progress', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;
    const reserved = await checkout(tenant, event.id, typeId, false);
    const paid = [await checkout(tenant, event.id, typeId, true), await checkout(tenant, event.id, typeId, true)];
    const token = await svc.serviceToken('event-service');

    const started = await svc.request({
      method: 'POST',
      url: `/internal/v1/events/${event.id}/cancel-orders`,
      headers: { authorization: `Bearer ${token}` },
      payload: { reason: 'the venue flooded' },
    });
    expect(started.statusCode).toBe(202);
    const job = started.json();
    expect(job).toMatchObject({ status: 'RUNNING', eventId: event.id, progress: { total: 3 } });

    // Asking again answers the same job: one cancellation per event.
    const again = await svc.request({
      method: 'POST',
      url: `/internal/v1/events/${event.id}/cancel-orders`,
      headers: { authorization: `Bearer ${token}` },
      payload: { reason: 'the venue flooded' },
    });
    expect(again.json().id).toBe(job.id);

    await runJobToCompletion(job.id);
    const progress = await svc.request({ method: 'GET', url: `/internal/v1/jobs/${job.id}`, headers: { authorization: `Bearer ${token}` } });
    expect(progress.json()).toMatchObject({ status: 'COMPLETED', progress: { total: 3, processed: 3, succeeded: 3, failed: 0 }, failures: [] });

    expect((await orderState(reserved.id)).status).toBe('CANCELLED');
    for (const order of paid) {
      const state = await orderState(order.id);
      expect(state).toMatchObject({ status: 'REFUNDED', refunded_amount: order.total });
    }
  });

  it('resumes a job that restarts mid-way without refunding any order twice', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const paid = [await checkout(tenant, event.id, event.ticketTypes[0]!.id, true), await checkout(tenant, event.id, event.ticketTypes[0]!.id, true)];
    const job = await svc.app.services.eventCancellation.start(event.id, 'organizer cancelled', tenant.id);
    await runJobToCompletion(job!.id);
    // As if the instance died after refunding but before recording its batch: the job runs the batch again.
    await svc.infra.db.system((tx) =>
      tx.query(`UPDATE background_jobs SET status = 'RUNNING', cursor = NULL, lease_until = NULL, processed = 0, succeeded = 0 WHERE id = $1`, [job!.id]),
    );
    await runJobToCompletion(job!.id);
    for (const order of paid) {
      const { rows } = await svc.infra.db.system((tx) =>
        tx.query<{ n: number; amount: number }>(
          `SELECT count(*)::int AS n, coalesce(sum(amount), 0)::int AS amount FROM refunds WHERE order_id = $1 AND status = 'SUCCEEDED'`,
          [order.id],
        ),
      );
      expect(rows[0]).toEqual({ n: 1, amount: order.total });
      expect((await orderState(order.id)).refunded_amount).toBe(order.total);
    }
  });

  it('retries an order a dispute locked once the dispute is closed, and shows it on the job until then', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;
    const free = await checkout(tenant, event.id, typeId, true);
    const disputed = await checkout(tenant, event.id, typeId, true);
    const intentOf = async (orderId: string) => {
      const { rows } = await svc.infra.db.system((tx) => tx.query<{ payment_intent_id: string }>('SELECT payment_intent_id FROM orders WHERE id = $1', [orderId]));
      return rows[0]!.payment_intent_id;
    };
    const sandbox = svc.infra.sandbox!.urls.payment;
    const opened = await fetch(`${sandbox}/sandbox/disputes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ paymentIntentId: await intentOf(disputed.id) }),
    });
    const dispute = (await opened.json()) as { id: string };
    const token = await svc.serviceToken('event-service');
    const jobOf = async (id: string) =>
      (await svc.request({ method: 'GET', url: `/internal/v1/jobs/${id}`, headers: { authorization: `Bearer ${token}` } })).json();

    const job = await svc.app.services.eventCancellation.start(event.id, 'organizer cancelled', tenant.id);
    await runJobToCompletion(job!.id);
    const locked = await jobOf(job!.id);
    expect(locked).toMatchObject({
      status: 'COMPLETED',
      progress: { processed: 2, succeeded: 1, failed: 1 },
      failures: [{ orderId: disputed.id, code: 'REFUNDS_LOCKED', attempts: 1 }],
      retryAt: expect.any(String),
    });
    expect((await orderState(free.id)).status).toBe('REFUNDED');

    // While the dispute is open, a retry keeps the order on the job.
    const due = () => svc.infra.db.system((tx) => tx.query('UPDATE background_jobs SET retry_at = now() WHERE id = $1', [job!.id]));
    await due();
    await eventually(async () => ((await jobOf(job!.id)).failures[0]?.attempts === 2 ? true : (await svc.app.services.eventCancellation.runBatch(), undefined)));
    expect(await jobOf(job!.id)).toMatchObject({ progress: { failed: 1 }, failures: [{ orderId: disputed.id, code: 'REFUNDS_LOCKED' }] });
    expect((await orderState(disputed.id)).status).toBe('CONFIRMED');

    // The dispute closes (won): the next retry refunds the order and clears the failure.
    const closed = await fetch(`${sandbox}/sandbox/disputes/${dispute.id}/close`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'won' }),
    });
    expect(closed.status).toBe(200);
    await due();
    await eventually(async () => ((await jobOf(job!.id)).failures.length === 0 ? true : (await svc.app.services.eventCancellation.runBatch(), undefined)));
    expect(await jobOf(job!.id)).toMatchObject({ progress: { processed: 2, succeeded: 2, failed: 0 }, failures: [], retryAt: null });
    expect(await orderState(disputed.id)).toMatchObject({ status: 'REFUNDED', refunded_amount: disputed.total });
  });

  it('gives the tickets of a batch\'s refunds back to the Ticket service in one call, and each refund records it', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;
    const paid = [
      await checkout(tenant, event.id, typeId, true),
      await checkout(tenant, event.id, typeId, true),
      await checkout(tenant, event.id, typeId, true),
    ];
    const ticketsOf = (orderId: string) => svc.infra.peers.tickets.orderTickets(orderId, { tenantId: tenant.id });
    for (const order of paid) expect(await ticketsOf(order.id)).toHaveLength(2);
    const ticketCalls = async () => {
      const response = await fetch(`${svc.infra.sandbox!.urls.ticket}/sandbox/faults`);
      return ((await response.json()) as { internalCalls: number }).internalCalls;
    };

    const job = await svc.app.services.eventCancellation.start(event.id, 'organizer cancelled', tenant.id);
    const before = await ticketCalls();
    await runJobToCompletion(job!.id);
    // The three refunds' six tickets went back together: the batch's one call to the Ticket service.
    expect((await ticketCalls()) - before).toBe(1);

    for (const order of paid) {
      expect(await orderState(order.id)).toMatchObject({ status: 'REFUNDED', refunded_amount: order.total });
      expect(await ticketsOf(order.id)).toEqual([]);
    }
    const { rows } = await svc.infra.db.system((tx) =>
      tx.query<{ tickets: number; released: boolean }>(
        `SELECT cardinality(ticket_ids) AS tickets, tickets_released_at IS NOT NULL AS released FROM refunds WHERE order_id = ANY($1::uuid[])`,
        [paid.map((order) => order.id)],
      ),
    );
    expect(rows).toEqual(paid.map(() => ({ tickets: 2, released: true })));

    // The refunds of the batch were reserved together: each order's timeline and messages are those of a refund of its own.
    for (const order of paid) {
      const timeline = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/events`, headers: { authorization: `Bearer ${order.token}` } });
      const types = timeline.json<{ data: { type: string }[] }>().data.map((entry) => entry.type);
      expect(types.slice(-3)).toEqual(['refund.requested', 'refund.succeeded', 'order.refunded']);
    }
    const { rows: messages } = await svc.infra.db.tenant(tenant.id, (tx) =>
      tx.query<{ order_id: string }>(`SELECT message->'data'->>'orderId' AS order_id FROM outbox WHERE type = 'order.refund.requested'`),
    );
    expect(messages.map((message) => message.order_id).sort()).toEqual(paid.map((order) => order.id).sort());
  });

  it('leaves the tickets of a batch to the refunded-ticket release job when the Ticket service fails them', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;
    const paid = [await checkout(tenant, event.id, typeId, true), await checkout(tenant, event.id, typeId, true)];
    const job = await svc.app.services.eventCancellation.start(event.id, 'organizer cancelled', tenant.id);
    // The batch's call fails, and so does each refund's own call after it (three tries each: nine calls).
    const fault = await fetch(`${svc.infra.sandbox!.urls.ticket}/sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'fail', count: 9 }),
    });
    expect(fault.status).toBe(200);
    await runJobToCompletion(job!.id);
    // The money went back all the same; the tickets wait for the release job.
    for (const order of paid) expect(await orderState(order.id)).toMatchObject({ status: 'REFUNDED', refunded_amount: order.total });
    const unreleased = () =>
      svc.infra.db.system(async (tx) => {
        const { rows } = await tx.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM refunds WHERE order_id = ANY($1::uuid[]) AND tickets_released_at IS NULL',
          [paid.map((order) => order.id)],
        );
        return rows[0]!.n;
      });
    expect(await unreleased()).toBe(2);
    await svc.infra.db.system((tx) => tx.query(`UPDATE refunds SET recover_after = now() WHERE order_id = ANY($1::uuid[])`, [paid.map((order) => order.id)]));
    await eventually(async () => {
      await svc.app.services.refunds.releaseDueTickets(10);
      return (await unreleased()) === 0 ? true : undefined;
    });
    for (const order of paid) expect(await svc.infra.peers.tickets.orderTickets(order.id, { tenantId: tenant.id })).toEqual([]);
  });

  it('starts the job from the event.cancelled message the Event service publishes', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const order = await checkout(tenant, event.id, event.ticketTypes[0]!.id, true);
    const cancelled = await fetch(`${svc.infra.sandbox!.urls.event}/sandbox/events/${event.id}/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'artist ill' }),
    });
    expect(cancelled.status).toBe(200);
    // The message crosses the shared queue, whose consumers (one per test file) may be busy with other files'
    // messages and their retries while the whole suite runs: more time than a call within this process needs.
    const jobId = await eventually(async () => {
      const { rows } = await svc.infra.db.system((tx) =>
        tx.query<{ id: string }>(`SELECT id FROM background_jobs WHERE dedupe_key = $1`, [event.id]),
      );
      return rows[0]?.id;
    }, 30_000);
    await runJobToCompletion(jobId);
    expect(await orderState(order.id)).toMatchObject({ status: 'REFUNDED', refunded_amount: order.total });
  });

  it('refuses a checkout once the cancellation job exists, though the Event service still shows the event on sale', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;
    // The event is cached as SCHEDULED by this checkout; the route below does not change it at the Event service.
    await checkout(tenant, event.id, typeId, true);
    const started = await svc.request({
      method: 'POST',
      url: `/internal/v1/events/${event.id}/cancel-orders`,
      headers: { authorization: `Bearer ${await svc.serviceToken('event-service')}` },
      payload: { reason: 'the promoter went bankrupt' },
    });
    expect(started.statusCode).toBe(202);

    const buyer = await tenant.customer();
    const refused = await attemptCheckout(buyer, event.id, typeId);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'EVENT_NOT_ON_SALE', detail: 'The event has been cancelled' });
    const { rows } = await svc.infra.db.system((tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM orders WHERE event_id = $1 AND user_id = $2', [event.id, buyer.userId]),
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('starts the cancellation only after the checkouts writing orders for the event have committed', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    // A checkout in the middle of writing its order: the lock it takes, held until we let go.
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const checkoutTx = svc.infra.db.tenant(tenant.id, async (tx) => {
      await lockUserEvent(tx, tenant.id, 'user-in-checkout', event.id);
      locked();
      await held;
    });
    await lockTaken;

    let startedAt: number | null = null;
    const start = svc
      .request({
        method: 'POST',
        url: `/internal/v1/events/${event.id}/cancel-orders`,
        headers: { authorization: `Bearer ${await svc.serviceToken('event-service')}` },
        payload: { reason: 'storm warning', tenantId: tenant.id },
      })
      .then((response) => {
        startedAt = Date.now();
        return response;
      });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(startedAt).toBeNull();

    const releasedAt = Date.now();
    letGo();
    await checkoutTx;
    const response = await start;
    expect(response.statusCode).toBe(202);
    expect(startedAt).not.toBeNull();
    expect(startedAt!).toBeGreaterThanOrEqual(releasedAt);
  });

  it('leaves no order of the event live when checkouts race the start of its cancellation', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;
    const buyers = await Promise.all(Array.from({ length: 12 }, () => tenant.customer()));
    const attempts = buyers.map((buyer) => attemptCheckout(buyer, event.id, typeId));
    const started = await svc.request({
      method: 'POST',
      url: `/internal/v1/events/${event.id}/cancel-orders`,
      headers: { authorization: `Bearer ${await svc.serviceToken('event-service')}` },
      // With the tenant: the job starts even if no checkout has written its order yet.
      payload: { reason: 'storm warning', tenantId: tenant.id },
    });
    expect(started.statusCode).toBe(202);
    // The job works while the checkouts finish.
    const job = runJobToCompletion(started.json().id);
    const answers = await Promise.all(attempts);
    for (const answer of answers) expect([201, 409, 422]).toContain(answer.statusCode);
    await job;
    await runJobToCompletion(started.json().id);

    const { rows } = await svc.infra.db.system((tx) =>
      tx.query<{ id: string; status: string }>('SELECT id, status FROM orders WHERE event_id = $1', [event.id]),
    );
    expect(rows.length).toBe(answers.filter((answer) => answer.statusCode === 201).length);
    for (const row of rows) expect(row.status).toBe('CANCELLED');
  });

  it('drops the cached event when event.cancelled arrives, so checkouts see the cancellation at once', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;
    await checkout(tenant, event.id, typeId, false); // caches the event as SCHEDULED
    const cancelled = await fetch(`${svc.infra.sandbox!.urls.event}/sandbox/events/${event.id}/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'flood' }),
    });
    expect(cancelled.status).toBe(200);
    await eventually(async () => {
      const { rows } = await svc.infra.db.system((tx) => tx.query('SELECT 1 FROM background_jobs WHERE dedupe_key = $1', [event.id]));
      return rows[0];
    });
    const buyer = await tenant.customer();
    const refused = await attemptCheckout(buyer, event.id, typeId);
    expect(refused.statusCode).toBe(422);
    // Refused by the event's own status (read afresh), before the order's transaction is even opened.
    expect(refused.json().code).toBe('EVENT_NOT_ON_SALE');
    expect(refused.json().detail).not.toBe('The event has been cancelled');
  });

  it('refuses callers other than the Event service', async () => {
    const event = await svc.tenant().createEvent();
    const response = await svc.request({
      method: 'POST',
      url: `/internal/v1/events/${event.id}/cancel-orders`,
      headers: { authorization: `Bearer ${await svc.serviceToken('payment-service')}` },
      payload: { reason: 'x' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
