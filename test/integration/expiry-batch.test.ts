/**
 * The expiry job releases a batch's holds and cancels its intents with one call to each peer per tenant
 * (POST /internal/v1/tickets/holds/release, POST /internal/v1/payment-intents/cancel), as the sandbox sees it;
 * an intent that was paid meanwhile becomes a late payment, refunded by the late-payment job; a batch a peer
 * fails stays with the order-release job.
 *
 * The orders' holds are made to lapse in our database only (reservation_expires_at moved back), so their
 * Ticket holds are still live when the job releases them, and the release shows at the Ticket sandbox. The
 * jobs are global: this file has a scratch database of its own where there is one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expiryJob } from '../../src/jobs/expiry.js';
import { latePaymentJob } from '../../src/jobs/late-payments.js';
import { orderReleaseJob } from '../../src/jobs/order-release.js';
import { eventually, type TestTenant } from '../support/harness.js';
import { getOrder, placeOrder, setFault, type PlacedOrder, useTestServiceOnScratchDatabase } from '../support/orders.js';

const svc = useTestServiceOnScratchDatabase({
  messaging: false,
  env: {
    // The late-payment and order-release jobs take up what waited this long.
    ORDER_RELEASE_RETRY_SECONDS: '1',
    PEER_BREAKER_OPEN_MS: '200',
  },
});
afterEach(async () => {
  await setFault(svc, 'ticket', { mode: 'off' });
  await setFault(svc, 'payment', { mode: 'off' });
});

async function sandboxGet<T>(peer: 'ticket' | 'payment', path: string): Promise<T> {
  const response = await fetch(`${svc.infra.sandbox!.urls[peer]}${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The /internal calls each peer received so far (GET /sandbox/faults). */
async function internalCalls(peer: 'ticket' | 'payment'): Promise<number> {
  return (await sandboxGet<{ internalCalls: number }>(peer, '/sandbox/faults')).internalCalls;
}

/** What the sandbox peers hold for the tenant's orders: hold status by order, intent status by order. */
async function atPeers(tenantId: string, placed: PlacedOrder[]) {
  const holds = await sandboxGet<{ reservationId: string; status: string }[]>('ticket', `/sandbox/reservations?tenantId=${tenantId}`);
  const intents = await sandboxGet<{ orderId: string; status: string }[]>('payment', `/sandbox/payment-intents?tenantId=${tenantId}`);
  const holdOf = new Map(holds.map((hold) => [hold.reservationId, hold.status]));
  const { rows } = await svc.infra.db.system((tx) =>
    tx.query<{ id: string; reservation_id: string }>('SELECT id, reservation_id FROM orders WHERE id = ANY($1::uuid[])', [placed.map(({ order }) => order.id)]),
  );
  const reservationOf = new Map(rows.map((row) => [row.id, row.reservation_id]));
  return placed.map(({ order }) => ({
    hold: holdOf.get(reservationOf.get(order.id) ?? ''),
    intent: intents.find((intent) => intent.orderId === order.id)?.status,
  }));
}

async function bookkeeping(placed: PlacedOrder[]) {
  const { rows } = await svc.infra.db.system((tx) =>
    tx.query<{ id: string; status: string; release_pending: boolean; late_payment: boolean }>(
      `SELECT id, status, release_pending_since IS NOT NULL AS release_pending, late_payment_since IS NOT NULL AS late_payment
         FROM orders WHERE id = ANY($1::uuid[])`,
      [placed.map(({ order }) => order.id)],
    ),
  );
  const byId = new Map(rows.map((row) => [row.id, { status: row.status, releasePending: row.release_pending, latePayment: row.late_payment }]));
  return placed.map(({ order }) => byId.get(order.id));
}

/** RESERVED orders of one event whose holds ended in our database (the Ticket service still holds them). */
async function lapsedOrders(tenant: TestTenant, count: number): Promise<PlacedOrder[]> {
  const event = await tenant.createEvent();
  const placed: PlacedOrder[] = [];
  for (let n = 0; n < count; n++) placed.push(await placeOrder(svc, tenant, { event }));
  await svc.infra.db.system((tx) =>
    tx.query(`UPDATE orders SET reservation_expires_at = now() - interval '1 hour' WHERE id = ANY($1::uuid[])`, [placed.map(({ order }) => order.id)]),
  );
  return placed;
}

describe('the expiry job at the peers', () => {
  it('releases the holds and cancels the intents of a batch with one call to each peer; a paid intent becomes a late payment, refunded', async () => {
    const tenant = svc.tenant();
    const placed = await lapsedOrders(tenant, 3);
    const paid = placed[2]!;
    // Paid at the Payment service, and the news is lost: only the intent's refusal to be cancelled tells.
    svc.infra.sandbox!.state.payments.succeedIntent(paid.order.payment.intentId!);
    expect(await atPeers(tenant.id, placed)).toEqual(Array(3).fill({ hold: 'HELD', intent: expect.any(String) }));
    const before = { ticket: await internalCalls('ticket'), payment: await internalCalls('payment') };

    const handled = await expiryJob(svc.app.services.orderDeps).runOnce();

    expect(handled).toBe(3);
    expect({ ticket: (await internalCalls('ticket')) - before.ticket, payment: (await internalCalls('payment')) - before.payment }).toEqual({
      ticket: 1,
      payment: 1,
    });
    expect(await atPeers(tenant.id, placed)).toEqual([
      { hold: 'RELEASED', intent: 'cancelled' },
      { hold: 'RELEASED', intent: 'cancelled' },
      { hold: 'RELEASED', intent: 'succeeded' },
    ]);
    expect(await bookkeeping(placed)).toEqual([
      { status: 'EXPIRED', releasePending: false, latePayment: false },
      { status: 'EXPIRED', releasePending: false, latePayment: false },
      { status: 'EXPIRED', releasePending: false, latePayment: true },
    ]);

    // The late payment is refunded in full by the late-payment job; the order stays EXPIRED.
    const refunded = await eventually(
      async () => {
        await latePaymentJob(svc.app.services.confirmation, 1).runOnce();
        const order = await getOrder(svc, paid.token, paid.order.id);
        return order.payment.status === 'refunded' ? order : undefined;
      },
      10_000,
      200,
    );
    expect(refunded).toMatchObject({ status: 'EXPIRED', refundedAmount: paid.order.pricing.total });
  });

  it('keeps the orders of a batch the Ticket service failed pending for the order-release job, which releases their holds', async () => {
    const tenant = svc.tenant();
    const placed = await lapsedOrders(tenant, 2);
    // Every try of the batch call fails (three tries).
    await setFault(svc, 'ticket', { mode: 'fail' });
    const before = await internalCalls('ticket');

    expect(await expiryJob(svc.app.services.orderDeps).runOnce()).toBe(2);

    expect((await internalCalls('ticket')) - before).toBe(3);
    await setFault(svc, 'ticket', { mode: 'off' });
    expect(await atPeers(tenant.id, placed)).toEqual(Array(2).fill({ hold: 'HELD', intent: 'cancelled' }));
    expect(await bookkeeping(placed)).toEqual(Array(2).fill({ status: 'EXPIRED', releasePending: true, latePayment: false }));

    await eventually(
      async () => {
        // Each run stands for the next one a retry interval later.
        await svc.infra.db.system((tx) =>
          tx.query(`UPDATE orders SET release_pending_since = now() - interval '1 hour' WHERE id = ANY($1::uuid[]) AND release_pending_since IS NOT NULL`, [
            placed.map(({ order }) => order.id),
          ]),
        );
        await orderReleaseJob(svc.app.services.orderDeps).runOnce();
        const peers = await atPeers(tenant.id, placed);
        return peers.every((peer) => peer.hold === 'RELEASED') ? true : undefined;
      },
      10_000,
      200,
    );
    expect(await bookkeeping(placed)).toEqual(Array(2).fill({ status: 'EXPIRED', releasePending: false, latePayment: false }));
  });
});
