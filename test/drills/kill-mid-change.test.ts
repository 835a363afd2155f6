/**
 * Drill: the service is killed with SIGKILL between a change's payment and its application (SPEC §13). A second
 * connection locks the order row, so the apply that the payment's news starts waits on it; the service is
 * killed while it waits, the lock let go, and the service started again. Then:
 *   - at the kill the order is as before the change (version 1, its total), the change AWAITING_PAYMENT;
 *   - the restarted service's change-recovery job finds the change paid (the Payment service answers its intent
 *     again for the change's key) and applies it: version 2, the new item with its ticket, the total moved by the delta;
 *   - it is applied once: one order.changed on the timeline and in the outbox, one new item, the tickets sold once.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { signUserToken } from '../../src/http/user-token.js';
import { DrillStack, json, killHard, post, startDrillService, startService } from '../support/drill-processes.js';
import { eventually, TEST_SECRETS } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';

const targets = await serviceTargets();

interface OrderView {
  status: string;
  version: number;
  pricing: { total: number };
  items: { id: string; ticketTypeId: string; quantity: number; ticketIds: string[]; removedQuantity: number }[];
  payment: { intentId: string };
}

describe.runIf(targets.databaseUrl)('drill: SIGKILL between a change payment and its application', () => {
  const stack = new DrillStack();
  afterAll(() => stack.stop());

  it('leaves the order before the change, then applies it exactly once after the restart', { timeout: 240_000 }, async () => {
    const db = new pg.Client({ connectionString: targets.databaseUrl, application_name: 'drill-kill-mid-change' });
    await db.connect();
    stack.onStop(() => db.end());

    const started = await startDrillService(stack, targets, {
      SAGA_TIMEOUT_SECONDS: '2',
      // A process just started on a shared machine may lag; the drill is about the crash, not the load.
      OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0',
    });
    const { sandbox, env: serviceEnv } = started;
    let { service } = started;

    const tenantId = randomUUID();
    const userId = `change-drill-${randomUUID()}`;
    const token = await signUserToken(TEST_SECRETS.JWT_SECRET, { sub: userId, tenantId, roles: ['customer'] });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const event = await json<{ id: string; ticketTypes: { id: string }[] }>(
      `${sandbox.event}/sandbox/events`,
      post({
        tenantId,
        name: 'Change drill',
        startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        currency: 'USD',
        venue: { name: 'Hall', country: 'US', region: 'CA', city: 'Los Angeles', postalCode: '90012' },
        ticketTypes: [
          { name: 'General', price: 5000, capacity: 100 },
          { name: 'VIP', price: 15000, capacity: 10 },
        ],
      }),
    );
    const [general, vip] = [event.ticketTypes[0]!.id, event.ticketTypes[1]!.id];
    const placed = await json<{ id: string; payment: { intentId: string } }>(`${service.url}/api/v1/orders`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ eventId: event.id, items: [{ ticketTypeId: general, quantity: 2 }] }),
    });
    await json(`${sandbox.payment}/sandbox/payment-intents/${placed.payment.intentId}/succeed`, { method: 'POST' });
    const orderNow = () => json<OrderView>(`${service.url}/api/v1/orders/${placed.id}`, { headers });
    const before = await eventually(async () => {
      const current = await orderNow();
      return current.status === 'CONFIRMED' ? current : undefined;
    }, 10_000, 100);

    const change = await json<{ id: string; status: string; delta: { total: number }; payment: { intentId: string } }>(
      `${service.url}/api/v1/orders/${placed.id}/changes`,
      { method: 'POST', headers, body: JSON.stringify({ add: [{ ticketTypeId: vip, quantity: 1 }], remove: [{ orderItemId: before.items[0]!.id, quantity: 1 }] }) },
    );
    expect(change.status).toBe('AWAITING_PAYMENT');

    // The order row is held, so the apply the payment starts waits for it; the service dies while it waits.
    const locker = new pg.Client({ connectionString: targets.databaseUrl, application_name: 'drill-kill-mid-change' });
    await locker.connect();
    stack.onStop(() => locker.end());
    await locker.query('BEGIN');
    await locker.query('SELECT id FROM orders WHERE id = $1 FOR UPDATE', [placed.id]);
    const paying = fetch(`${sandbox.payment}/sandbox/payment-intents/${change.payment.intentId}/succeed`, { method: 'POST' }).then(
      (response) => response.status,
      () => 'failed',
    );
    await eventually(async () => {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND application_name = 'order-service' AND datname = current_database()`,
      );
      return rows[0]!.n > 0 ? true : undefined;
    }, 10_000, 20);
    await killHard(service);
    await paying;
    await locker.query('ROLLBACK');

    // Before the change, not between: nothing of it is on the order.
    const { rows: atKill } = await db.query<{ version: number; total: number; items: number; status: string }>(
      `SELECT o.version, o.total::int AS total, (SELECT count(*)::int FROM order_items i WHERE i.order_id = o.id) AS items,
              (SELECT status FROM order_changes c WHERE c.id = $2) AS status
         FROM orders o WHERE o.id = $1`,
      [placed.id, change.id],
    );
    expect(atKill[0]).toEqual({ version: 1, total: before.pricing.total, items: 1, status: 'AWAITING_PAYMENT' });

    service = stack.track(await startService(serviceEnv));
    await eventually(async () => {
      const { rows } = await db.query<{ status: string; peers_settled_at: Date | null }>('SELECT status, peers_settled_at FROM order_changes WHERE id = $1', [change.id]);
      return rows[0]!.status === 'APPLIED' && rows[0]!.peers_settled_at ? true : undefined;
    }, 60_000, 250);

    const after = await orderNow();
    expect(after.version).toBe(2);
    expect(after.pricing.total).toBe(before.pricing.total + change.delta.total);
    expect(after.items).toHaveLength(2);
    expect(after.items[0]).toMatchObject({ quantity: 2, removedQuantity: 1 });
    expect(after.items[1]).toMatchObject({ ticketTypeId: vip, quantity: 1 });
    expect(after.items[1]!.ticketIds).toHaveLength(1);
    const { rows: effects } = await db.query<{ timeline: number; messages: number }>(
      `SELECT (SELECT count(*)::int FROM order_events WHERE order_id = $1 AND type = 'order.changed') AS timeline,
              (SELECT count(*)::int FROM outbox WHERE tenant_id = $2 AND type = 'order.changed') AS messages`,
      [placed.id, tenantId],
    );
    expect(effects[0]).toEqual({ timeline: 1, messages: 1 });
    const tickets = await json<{ ticketId: string; ticketTypeId: string }[]>(
      `${sandbox.ticket}/internal/v1/orders/${placed.id}/tickets`,
      { headers: { 'x-tenant-id': tenantId } },
    ).catch(() => null);
    if (tickets) expect(tickets.filter((ticket) => ticket.ticketTypeId === vip)).toHaveLength(1);
  });
});
