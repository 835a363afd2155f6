/**
 * An order that ends holding a ticket hold and a payment intent releases them after its commit; when the peers
 * are down then (or the process dies), the order-release job finishes it later: no hold or intent is leaked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderReleaseJob } from '../../src/jobs/order-release.js';
import { eventually, startTestService, type TestService } from '../support/harness.js';
import { createScratchDatabase, type ScratchDatabase } from '../support/orders.js';
import { serviceTargets } from '../support/services.js';

let svc: TestService;
let scratch: ScratchDatabase | null = null;
beforeAll(async () => {
  // A database of its own where there is one: the job claims ended orders of every tenant, and those other
  // test files leave behind (their peers are not this file's sandbox) must not keep it busy.
  const shared = (await serviceTargets()).databaseUrl;
  scratch = shared ? await createScratchDatabase(shared) : null;
  // The faults below open the peers' breakers; they let a trial call through soon.
  svc = await startTestService({ messaging: false, env: { PEER_BREAKER_OPEN_MS: '200', ...(scratch ? { DATABASE_URL: scratch.url } : {}) } });
});
afterAll(async () => {
  await svc?.close();
  await scratch?.drop();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function sandbox<T>(path: string, body?: unknown): Promise<T> {
  const [peer, rest] = path.split(':') as ['ticket' | 'payment', string];
  const response = await fetch(`${svc.infra.sandbox!.urls[peer]}${rest}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return (await response.json()) as T;
}

async function peersOf(tenantId: string, order: { id: string; reservationId: string }) {
  const holds = await sandbox<{ reservationId: string; status: string }[]>(`ticket:/sandbox/reservations?tenantId=${tenantId}`);
  const intents = await sandbox<{ orderId: string; status: string }[]>(`payment:/sandbox/payment-intents?tenantId=${tenantId}`);
  return {
    hold: holds.find((hold) => hold.reservationId === order.reservationId)?.status,
    intent: intents.find((intent) => intent.orderId === order.id)?.status,
  };
}

/** A RESERVED order of a new customer (one ticket): its id, its hold and the customer's token. */
async function reservedOrder() {
  const tenant = svc.tenant();
  const event = await tenant.createEvent();
  const { token } = await tenant.customer();
  const created = await svc.request({
    method: 'POST',
    url: '/api/v1/orders',
    headers: bearer(token),
    payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] },
  });
  expect(created.statusCode).toBe(201);
  const { id } = created.json<{ id: string }>();
  const { rows } = await svc.infra.db.system((tx) => tx.query<{ reservation_id: string }>('SELECT reservation_id FROM orders WHERE id = $1', [id]));
  return { tenant, token, order: { id, reservationId: rows[0]!.reservation_id } };
}

describe('the order-release job', () => {
  // First: the cases below fail the peers on purpose, which may leave a breaker open for a while.
  it('leaves nothing to the job when the release after the commit went through', async () => {
    const { token, order } = await reservedOrder();
    const { id } = order;
    expect((await svc.request({ method: 'POST', url: `/api/v1/orders/${id}/cancel`, headers: bearer(token), payload: { reason: 'no' } })).statusCode).toBe(200);
    const { rows } = await svc.infra.db.system((tx) => tx.query<{ release_pending_since: Date | null }>('SELECT release_pending_since FROM orders WHERE id = $1', [id]));
    expect(rows[0]!.release_pending_since).toBeNull();
  });

  it.each(['cancel', 'expire'] as const)('finishes releasing the hold and cancelling the intent of an order that ended (%s) while the peers were down', async (end) => {
    const { tenant, token, order } = await reservedOrder();
    const { id } = order;

    await sandbox('ticket:/sandbox/faults', { mode: 'fail', count: 3 });
    await sandbox('payment:/sandbox/faults', { mode: 'fail', count: 3 });
    const ended =
      end === 'cancel'
        ? await svc.request({ method: 'POST', url: `/api/v1/orders/${id}/cancel`, headers: bearer(token), payload: { reason: 'changed my mind' } })
        : await svc.request({ method: 'POST', url: `/internal/v1/orders/${id}/expire`, headers: bearer(await svc.serviceToken('scheduler')) });
    expect(ended.statusCode).toBe(200);
    expect(await peersOf(tenant.id, order)).toEqual({ hold: 'HELD', intent: 'requires_payment' });

    // A minute later (the release after the commit had its chance, the peers are back), the job takes the order.
    await sandbox('ticket:/sandbox/faults', { mode: 'off' });
    await sandbox('payment:/sandbox/faults', { mode: 'off' });
    await svc.infra.db.system((tx) => tx.query(`UPDATE orders SET release_pending_since = now() - interval '1 hour' WHERE id = $1`, [id]));
    const job = orderReleaseJob(svc.app.services.orderDeps);
    await eventually(async () => {
      // Each run stands for the next one a retry interval later (a run that met an open breaker waits for it).
      await svc.infra.db.system((tx) =>
        tx.query(`UPDATE orders SET release_pending_since = now() - interval '1 hour' WHERE id = $1 AND release_pending_since IS NOT NULL`, [id]),
      );
      await job.runOnce();
      const peers = await peersOf(tenant.id, order);
      return peers.hold === 'RELEASED' && peers.intent === 'cancelled' ? true : undefined;
    }, 10_000, 200);
    const { rows: after } = await svc.infra.db.system((tx) => tx.query<{ release_pending_since: Date | null }>('SELECT release_pending_since FROM orders WHERE id = $1', [id]));
    expect(after[0]!.release_pending_since).toBeNull();
  });

});
