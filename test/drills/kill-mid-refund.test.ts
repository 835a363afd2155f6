/**
 * Drill: the service is killed with SIGKILL between the Payment service's refund and the application of its
 * answer. The Payment sandbox is made slow, so the refund's call is in flight long enough to lock the order
 * row from a second connection (the apply then waits on it); once the sandbox has paid, the service is
 * killed, the lock let go, and the service started again. Then:
 *   - the refund ends SUCCEEDED (the restarted service's refund-recovery job asked again with its key);
 *   - the order's refunded amount, its status, the sum of its succeeded refunds and what the Payment sandbox
 *     paid all agree, and the sandbox paid once;
 *   - the timeline and the outbox have one refund.succeeded / order.refunded;
 *   - the same request with the same Idempotency-Key, after the key's lease, answers that refund.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { signUserToken } from '../../src/http/user-token.js';
import { DrillStack, json, killHard, post, startDrillService, startService } from '../support/drill-processes.js';
import { eventually, TEST_SECRETS } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';

const targets = await serviceTargets();

describe.runIf(targets.databaseUrl)('drill: SIGKILL between the Payment service refund and its application', () => {
  const stack = new DrillStack();
  afterAll(() => stack.stop());

  it('ends the refund SUCCEEDED with the ledger, the order and the Payment sandbox in agreement', { timeout: 240_000 }, async () => {
    const db = new pg.Client({ connectionString: targets.databaseUrl, application_name: 'drill-kill-mid-refund' });
    await db.connect();
    stack.onStop(() => db.end());

    const started = await startDrillService(stack, targets, { REFUND_RECOVERY_AFTER_SECONDS: '2' });
    const { sandbox, env: serviceEnv } = started;
    let { service } = started;

    const tenantId = randomUUID();
    const userId = `refund-drill-${randomUUID()}`;
    const token = await signUserToken(TEST_SECRETS.JWT_SECRET, { sub: userId, tenantId, roles: ['customer'] });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const event = await json<{ id: string; ticketTypes: { id: string }[] }>(
      `${sandbox.event}/sandbox/events`,
      post({
        tenantId,
        name: 'Refund drill',
        startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        currency: 'USD',
        venue: { name: 'Hall', country: 'US', region: 'CA', city: 'Los Angeles', postalCode: '90012' },
        ticketTypes: [{ name: 'General', price: 5000, capacity: 100 }],
      }),
    );
    const order = await json<{ id: string; payment: { intentId: string } }>(`${service.url}/api/v1/orders`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }] }),
    });
    await json(`${sandbox.payment}/sandbox/payment-intents/${order.payment.intentId}/succeed`, { method: 'POST' });
    await eventually(async () => {
      const current = await json<{ status: string }>(`${service.url}/api/v1/orders/${order.id}`, { headers });
      return current.status === 'CONFIRMED' ? true : undefined;
    }, 10_000, 100);

    // The refund's Payment call takes 2.5 s; meanwhile the order row is locked, so the apply waits on it.
    await json(`${sandbox.payment}/sandbox/faults`, post({ mode: 'slow', count: 1, delayMs: 2500 }));
    const refundRequest = () =>
      fetch(`${service.url}/api/v1/orders/${order.id}/refunds`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': 'drill-refund-1' },
        body: JSON.stringify({ reason: 'cannot come', amount: 1000 }),
      });
    const inFlight = refundRequest().then((response) => response.status, () => 'killed');
    const refundId = await eventually(async () => {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM refunds WHERE order_id = $1 AND submitted_at IS NOT NULL`, [order.id]);
      return rows[0]?.id;
    }, 10_000, 20);
    const locker = new pg.Client({ connectionString: targets.databaseUrl, application_name: 'drill-kill-mid-refund' });
    await locker.connect();
    stack.onStop(() => locker.end());
    await locker.query('BEGIN');
    await locker.query('SELECT id FROM orders WHERE id = $1 FOR UPDATE', [order.id]);
    const intent = () => json<{ refundedAmount: number }>(`${sandbox.payment}/sandbox/payment-intents/${order.payment.intentId}`);
    await eventually(async () => ((await intent()).refundedAmount === 1000 ? true : undefined), 10_000, 20);
    // The answer has come back; the service now waits for the order row to apply it.
    await eventually(async () => {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND application_name = 'order-service' AND datname = current_database()`,
      );
      return rows[0]!.n > 0 ? true : undefined;
    }, 10_000, 20);
    await killHard(service);
    expect(await inFlight).toBe('killed');
    await locker.query('ROLLBACK');

    const { rows: atKill } = await db.query<{ status: string; refunded_amount: number; refund_status: string }>(
      `SELECT o.status, o.refunded_amount::int AS refunded_amount, r.status AS refund_status FROM orders o JOIN refunds r ON r.order_id = o.id WHERE r.id = $1`,
      [refundId],
    );
    expect(atKill[0]).toEqual({ status: 'CONFIRMED', refunded_amount: 0, refund_status: 'PENDING' });
    expect((await intent()).refundedAmount).toBe(1000);

    service = stack.track(await startService(serviceEnv));
    await eventually(async () => {
      const { rows } = await db.query<{ status: string }>('SELECT status FROM refunds WHERE id = $1', [refundId]);
      return rows[0]!.status === 'SUCCEEDED' ? true : undefined;
    }, 30_000, 200);

    const { rows: after } = await db.query<{ status: string; refunded_amount: number; succeeded: number }>(
      `SELECT o.status, o.refunded_amount::int AS refunded_amount,
              (SELECT coalesce(sum(amount), 0)::int FROM refunds r WHERE r.order_id = o.id AND r.status = 'SUCCEEDED') AS succeeded
         FROM orders o WHERE o.id = $1`,
      [order.id],
    );
    expect(after[0]).toEqual({ status: 'PARTIALLY_REFUNDED', refunded_amount: 1000, succeeded: 1000 });
    expect((await intent()).refundedAmount).toBe(1000);
    const { rows: effects } = await db.query<{ timeline: number; messages: number }>(
      `SELECT (SELECT count(*)::int FROM order_events WHERE order_id = $1 AND type = 'refund.succeeded') AS timeline,
              (SELECT count(*)::int FROM outbox WHERE tenant_id = $2 AND type = 'order.refunded') AS messages`,
      [order.id, tenantId],
    );
    expect(effects[0]).toEqual({ timeline: 1, messages: 1 });

    // The killed request left its Idempotency-Key in progress; once its lease has passed (moved here, rather
    // than waiting 120 s), the same request answers the refund it made, and nothing more is paid.
    await db.query(`UPDATE idempotency_keys SET locked_until = now() - interval '1 second' WHERE tenant_id = $1 AND key = 'drill-refund-1'`, [tenantId]);
    const retried = await refundRequest();
    expect(retried.status).toBe(201);
    expect(await retried.json()).toMatchObject({ id: refundId, status: 'SUCCEEDED', amount: 1000 });
    const { rows: count } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM refunds WHERE order_id = $1', [order.id]);
    expect(count[0]!.n).toBe(1);
    expect((await intent()).refundedAmount).toBe(1000);
  });
});
