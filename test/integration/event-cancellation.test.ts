import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestService, type TestService, type TestTenant } from '../support/harness.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService();
});
afterAll(async () => {
  await svc?.close();
});

async function checkout(tenant: TestTenant, eventId: string, ticketTypeId: string, pay: boolean) {
  const buyer = await tenant.customer();
  const response = await svc.request({
    method: 'POST',
    url: '/api/v1/orders',
    headers: { authorization: `Bearer ${buyer.token}` },
    payload: { eventId, items: [{ ticketTypeId, quantity: 2 }] },
  });
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
    const jobId = await eventually(async () => {
      const { rows } = await svc.infra.db.system((tx) =>
        tx.query<{ id: string }>(`SELECT id FROM background_jobs WHERE dedupe_key = $1`, [event.id]),
      );
      return rows[0]?.id;
    });
    await runJobToCompletion(jobId);
    expect(await orderState(order.id)).toMatchObject({ status: 'REFUNDED', refunded_amount: order.total });
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
