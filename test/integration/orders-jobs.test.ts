/**
 * The orders' background jobs (SPEC §5.4, §5.5, §5.7), run directly: expiring lapsed holds, payments that
 * arrive after a hold lapsed or the order expired, and the recovery of checkouts stuck in PENDING.
 *
 * Holds last 2 s here (no grace) and a saga times out after 1 s. The jobs are global, so on PostgreSQL this
 * file runs on a scratch database of its own: the shared one may hold thousands of lapsed orders of other
 * runs (the oldest go first, so ours would never be reached in time), and other processes run jobs too.
 * Where no scratch database can be made it stays on the shared one and looks only at its own tenants.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expiryJob } from '../../src/jobs/expiry.js';
import { latePaymentJob } from '../../src/jobs/late-payments.js';
import { sagaRecoveryJob } from '../../src/jobs/saga-recovery.js';
import { eventually } from '../support/harness.js';
import { availableOf, bearer, cancelOrder, cartOf, checkout, getOrder, intentStatus, intentsOfOrder, listAllOrders, payIntent, placeOrder, reservationsOf, setFault, timelineOf, validTicketsOf, type OrderBody, useTestServiceOnScratchDatabase } from '../support/orders.js';

/** Short, but long enough that a loaded machine still places the hold before it ends (the Ticket service refuses a past expiresAt). */
const HOLD_SECONDS = 2;

const svc = useTestServiceOnScratchDatabase({
  // Off the shared queue (whose other consumers cannot see a scratch database's orders): payments reach
  // this service through the Payment sandbox's HTTP callback only.
  messaging: false,
  env: {
    RESERVATION_HOLD_SECONDS: String(HOLD_SECONDS),
    RESERVATION_GRACE_SECONDS: '0',
    SAGA_TIMEOUT_SECONDS: '1',
    // The late-payment job takes up a payment left without its outcome for this long.
    ORDER_RELEASE_RETRY_SECONDS: '1',
  },
});
afterEach(async () => {
  await setFault(svc, 'payment', { mode: 'off' });
});

const expiry = () => expiryJob(svc.app.services.orderDeps);
const recovery = () => sagaRecoveryJob(svc.app.services.orderDeps, svc.app.services.checkout);
const latePayments = () => latePaymentJob(svc.app.services.confirmation, 1);

/** Runs the late-payment job until the order's payment is refunded in full. */
async function refundedByJob(token: string, orderId: string): Promise<OrderBody> {
  return eventually(
    async () => {
      await latePayments().runOnce();
      const order = await getOrder(svc, token, orderId);
      return order.payment.status === 'refunded' ? order : undefined;
    },
    10_000,
    200,
  );
}

/** Runs the expiry job until the order is EXPIRED. */
async function expireByJob(token: string, orderId: string): Promise<OrderBody> {
  return eventually(
    async () => {
      await expiry().runOnce();
      const order = await getOrder(svc, token, orderId);
      return order.status === 'EXPIRED' ? order : undefined;
    },
    10_000,
    100,
  );
}

/** Waits until the Ticket service no longer counts the order's hold (it lapses after HOLD_SECONDS). */
async function holdLapsed(tenantId: string, eventId: string, ticketTypeId: string, capacity: number): Promise<void> {
  await eventually(async () => (availableOf(svc, tenantId, eventId, ticketTypeId) === capacity ? true : undefined), 5000, 50);
}

// The job tests run side by side (each waits out a hold); the groups that must not overlap a job run are apart.
describe.concurrent('the expiry job', () => {
  it('expires a RESERVED order whose hold ended: EXPIRED, order.expired, hold released, intent cancelled', async () => {
    const tenant = svc.tenant();
    const { order, token, event } = await placeOrder(svc, tenant, { quantity: 2 });
    expect(new Date(order.reservationExpiresAt!).getTime() - new Date(order.createdAt).getTime()).toBe(HOLD_SECONDS * 1000);

    const expired = await expireByJob(token, order.id);

    expect(expired).toMatchObject({ status: 'EXPIRED', expiredAt: expect.any(String) });
    expect(expired.payment.clientSecret).toBeNull();
    const last = (await timelineOf(svc, token, order.id)).at(-1);
    expect(last).toMatchObject({ type: 'order.expired', fromStatus: 'RESERVED', toStatus: 'EXPIRED', actor: { type: 'system' } });
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(100);
    await eventually(async () => (intentStatus(svc, order.payment.intentId!) === 'cancelled' ? true : undefined), 3000);
    expect(reservationsOf(svc, event.id).map((reservation) => reservation.status)).toEqual(['RELEASED']);
  });

  it('leaves holds that have not ended (a VIP hold of 30 minutes)', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const token = await tenant.token('vip-buyer', ['customer'], { vip: true });
    const response = await checkout(svc, token, cartOf(event));
    expect(response.statusCode).toBe(201);
    const order = response.json<OrderBody>();

    await expiry().runOnce();

    expect((await getOrder(svc, token, order.id)).status).toBe('RESERVED');
    expect(intentStatus(svc, order.payment.intentId!)).toBe('requires_payment');
  });

  it('expires each order once, even when two runs race', async () => {
    const tenant = svc.tenant();
    const { order, token, event } = await placeOrder(svc, tenant);
    await holdLapsed(tenant.id, event.id, event.ticketTypes[0]!.id, 100);

    await eventually(async () => {
      await Promise.all([expiry().runOnce(), expiry().runOnce()]);
      return (await getOrder(svc, token, order.id)).status === 'EXPIRED' ? true : undefined;
    });

    const types = (await timelineOf(svc, token, order.id)).map((entry) => entry.type);
    expect(types.filter((type) => type === 'order.expired')).toHaveLength(1);
  });

  // Regression: the outbox id used to come from an uncorrelated `CROSS JOIN LATERAL (SELECT gen_random_uuid())`,
  // which PostgreSQL evaluates once per statement — every order of a run got the same id, the insert hit
  // outbox_pkey and the whole run rolled back, so with two lapsed holds at once nothing expired any more.
  it('expires several orders that lapsed together, each with its own order.expired message', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const placed = await Promise.all([1, 2, 3].map(() => placeOrder(svc, tenant, { event })));
    await holdLapsed(tenant.id, event.id, event.ticketTypes[0]!.id, 100);

    await eventually(async () => {
      await expiry().runOnce();
      const statuses = await Promise.all(placed.map(({ order, token }) => getOrder(svc, token, order.id)));
      return statuses.every((order) => order.status === 'EXPIRED') ? true : undefined;
    }, 3000);

    const ids = placed.map(({ order }) => order.id);
    const { rows } = await svc.infra.db.system((tx) =>
      tx.query<{ id: string; order_id: string }>(
        `SELECT id, message->'data'->>'orderId' AS order_id FROM outbox WHERE type = 'order.expired' AND message->'data'->>'orderId' = ANY($1::text[])`,
        [ids],
      ),
    );
    expect(rows.map((row) => row.order_id).sort()).toEqual([...ids].sort());
    expect(new Set(rows.map((row) => row.id)).size).toBe(3);
  });
});

// Apart from the concurrent group: one run must find only this test's lapsed holds.
describe('the expiry job with a backlog', () => {
  it('works several batches in one run, the next claimed while the peers release the last; every hold and intent is let go by the end of the run', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent();
    const placed = await Promise.all([1, 2, 3, 4, 5].map(() => placeOrder(svc, tenant, { event })));
    await holdLapsed(tenant.id, event.id, event.ticketTypes[0]!.id, 100);

    // Batches of 2: three claims in one run (2, 2, 1).
    const handled = await expiryJob(svc.app.services.orderDeps, { batchSize: 2 }).runOnce();

    // One picture of the outcome, so that a failure shows all of it.
    const outcome = {
      handled,
      statuses: await Promise.all(placed.map(async ({ order, token }) => (await getOrder(svc, token, order.id)).status)),
      intents: placed.map(({ order }) => intentStatus(svc, order.payment.intentId!)),
      holds: reservationsOf(svc, event.id).map((reservation) => reservation.status),
    };
    expect(outcome).toEqual({
      handled: 5,
      statuses: Array(5).fill('EXPIRED'),
      intents: Array(5).fill('cancelled'),
      holds: Array(5).fill('RELEASED'),
    });
    expect(await expiryJob(svc.app.services.orderDeps, { batchSize: 2 }).runOnce()).toBe(0);
  });
});

describe('the saga recovery job', () => {
  it('cancels a checkout stuck in PENDING past its deadline: hold released, intent cancelled', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const typeId = event.ticketTypes[0]!.id;
    // The intent call hangs for 3.5 s (within the 5 s peer timeout): the saga outlives its 1 s deadline.
    await setFault(svc, 'payment', { mode: 'slow', delayMs: 3500, count: 1 });
    const inFlight = checkout(svc, token, cartOf(event, 3));

    const support = await tenant.support();
    const pending = await eventually(async () => (await listAllOrders(svc, support)).find((order) => order.status === 'PENDING'), 5000, 20);
    // PENDING is stored before the hold is asked for; the hold follows.
    await eventually(async () => (availableOf(svc, tenant.id, event.id, typeId) === 97 ? true : undefined), 3000, 20);

    const recovered = await eventually(
      async () => {
        await recovery().runOnce();
        const order = await getOrder(svc, token, pending.id);
        return order.status === 'CANCELLED' ? order : undefined;
      },
      5000,
      100,
    );

    expect(recovered.cancelReason).toEqual(expect.any(String));
    const cancelled = (await timelineOf(svc, await tenant.support(), pending.id)).find((entry) => entry.type === 'order.cancelled');
    expect(cancelled).toMatchObject({ fromStatus: 'PENDING', toStatus: 'CANCELLED', actor: { type: 'system', id: 'saga-recovery' } });
    expect(availableOf(svc, tenant.id, event.id, typeId)).toBe(100);

    // The original request ends without reserving anything, and whatever intent exists for the order is cancelled.
    const answer = await inFlight;
    expect(answer.statusCode).not.toBe(201);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await getOrder(svc, token, pending.id)).status).toBe('CANCELLED');
    await eventually(async () => {
      const intents = intentsOfOrder(svc, pending.id);
      return intents.length > 0 && intents.every((intent) => intent.status === 'cancelled') ? true : undefined;
    }, 3000);
    expect(reservationsOf(svc, event.id).map((reservation) => reservation.status)).toEqual(['RELEASED']);
    expect(availableOf(svc, tenant.id, event.id, typeId)).toBe(100);
  });

  it('leaves checkouts alone that are still within their deadline', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);

    await recovery().runOnce();

    expect((await getOrder(svc, token, order.id)).status).not.toBe('CANCELLED');
  });
});

describe.concurrent('a late payment', () => {
  it('re-reserves and confirms after the hold lapsed, when the tickets are still there and the order was not yet swept', async () => {
    const tenant = svc.tenant();
    const { order, token, event } = await placeOrder(svc, tenant, { quantity: 2 });
    await holdLapsed(tenant.id, event.id, event.ticketTypes[0]!.id, 100);

    expect((await payIntent(svc, order.payment.intentId!)).status).toBe(200);

    const confirmed = await getOrder(svc, token, order.id);
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.items[0]!.ticketIds).toHaveLength(2);
    expect(validTicketsOf(svc, tenant.id, order.id)).toHaveLength(2);
    const entry = (await timelineOf(svc, token, order.id)).find((candidate) => candidate.type === 'order.confirmed');
    expect(entry!.data).toMatchObject({ reReserved: true });
  });

  it('refunds in full and cancels the order when the hold lapsed and the tickets went to someone else meanwhile', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'Last seat', price: 9000, capacity: 1 }] });
    const late = await placeOrder(svc, tenant, { event });
    await holdLapsed(tenant.id, event.id, event.ticketTypes[0]!.id, 1);
    const prompt = await placeOrder(svc, tenant, { event });
    expect((await payIntent(svc, prompt.order.payment.intentId!)).status).toBe(200);
    expect((await getOrder(svc, prompt.token, prompt.order.id)).status).toBe('CONFIRMED');

    expect((await payIntent(svc, late.order.payment.intentId!)).status).toBe(200);

    const refunded = await getOrder(svc, late.token, late.order.id);
    expect(refunded).toMatchObject({ status: 'CANCELLED', cancelReason: expect.stringMatching(/no longer available/) });
    expect(refunded.items[0]!.ticketIds).toEqual([]);
    expect(intentsOfOrder(svc, late.order.id)).toEqual([
      expect.objectContaining({ status: 'succeeded', amount: late.order.pricing.total, refundedAmount: late.order.pricing.total }),
    ]);
    const timeline = await timelineOf(svc, late.token, late.order.id);
    expect(timeline.map((entry) => entry.type)).toEqual(expect.arrayContaining(['order.cancelled', 'payment.refunded_automatically']));
    expect(timeline.find((entry) => entry.type === 'payment.refunded_automatically')).toMatchObject({
      reason: expect.any(String),
      data: { amount: late.order.pricing.total, currency: 'USD' },
    });
    // The buyer who paid in time keeps the seat.
    expect(validTicketsOf(svc, tenant.id, prompt.order.id)).toHaveLength(1);
  });

  it('refunds in full automatically a payment that arrives after the order expired; the order stays EXPIRED', async () => {
    const tenant = svc.tenant();
    const { order, token, event } = await placeOrder(svc, tenant, { quantity: 2 });
    // The card is charged, but the news does not reach us before the order expires (the scheduler expires it
    // here, so that this test runs no sweep beside its neighbours).
    svc.infra.sandbox!.state.payments.succeedIntent(order.payment.intentId!);
    const expire = await svc.request({
      method: 'POST',
      url: `/internal/v1/orders/${order.id}/expire`,
      headers: bearer(await svc.serviceToken('scheduler')),
    });
    expect(expire.json<OrderBody>().status).toBe('EXPIRED');

    const paymentToken = await svc.serviceToken('payment-service');
    const confirm = () =>
      svc.request({
        method: 'POST',
        url: `/internal/v1/orders/${order.id}/confirm`,
        headers: bearer(paymentToken),
        payload: { paymentIntentId: order.payment.intentId },
      });
    const late = await confirm();

    expect(late.statusCode).toBe(200);
    expect(late.json<OrderBody>().status).toBe('EXPIRED');
    const after = await getOrder(svc, token, order.id);
    expect(after).toMatchObject({ status: 'EXPIRED', payment: { status: 'refunded' }, refundedAmount: order.pricing.total });
    // A refund like any other: its row (basis unfulfillable), the ledger, the timeline and order.refunded.
    const refunds = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(token) });
    expect(refunds.json<{ data: unknown[] }>().data).toEqual([
      expect.objectContaining({ status: 'SUCCEEDED', amount: order.pricing.total, basis: 'unfulfillable' }),
    ]);
    expect((await timelineOf(svc, token, order.id)).map((entry) => entry.type)).toEqual(expect.arrayContaining(['refund.requested', 'refund.succeeded']));
    const { rows: refundedMessages } = await svc.infra.db.tenant(tenant.id, (tx) =>
      tx.query<{ message: { data: { orderId: string; refundedAmount: number } } }>(`SELECT message FROM outbox WHERE type = 'order.refunded'`),
    );
    expect(refundedMessages.map((row) => row.message.data)).toEqual([expect.objectContaining({ orderId: order.id, refundedAmount: order.pricing.total })]);
    expect(after.items[0]!.ticketIds).toEqual([]);
    const [intent] = intentsOfOrder(svc, order.id);
    expect(intent).toMatchObject({ status: 'succeeded', refundedAmount: order.pricing.total });
    const refundEntries = (await timelineOf(svc, token, order.id)).filter((entry) => entry.type === 'payment.refunded_automatically');
    expect(refundEntries).toHaveLength(1);
    expect(refundEntries[0]).toMatchObject({ reason: expect.stringMatching(/expired/), data: { amount: order.pricing.total } });
    expect(availableOf(svc, tenant.id, event.id, event.ticketTypes[0]!.id)).toBe(100);

    // The same payment reported again refunds nothing more.
    expect((await confirm()).statusCode).toBe(200);
    expect(intentsOfOrder(svc, order.id)[0]!.refundedAmount).toBe(order.pricing.total);
    expect((await timelineOf(svc, token, order.id)).filter((entry) => entry.type === 'payment.refunded_automatically')).toHaveLength(1);
  });
});

// One at a time: the first sets a fault on the Payment sandbox, which all the tests share.
describe('a late payment left without its outcome', () => {
  it('refunds later, by the late-payment job, a late payment whose refund the Payment service refused at first', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);
    svc.infra.sandbox!.state.payments.succeedIntent(order.payment.intentId!);
    const scheduler = bearer(await svc.serviceToken('scheduler'));
    expect((await svc.request({ method: 'POST', url: `/internal/v1/orders/${order.id}/expire`, headers: scheduler })).statusCode).toBe(200);

    // The Payment service refuses the refund outright: it ends FAILED, and a repeat of the message would be the
    // only other way back to the money — until the message goes to the dead letters.
    await setFault(svc, 'payment', { mode: 'fail' });
    const late = await svc.request({
      method: 'POST',
      url: `/internal/v1/orders/${order.id}/confirm`,
      headers: bearer(await svc.serviceToken('payment-service')),
      payload: { paymentIntentId: order.payment.intentId },
    });
    expect(late.statusCode).toBeGreaterThanOrEqual(500);
    await setFault(svc, 'payment', { mode: 'off' });
    expect(intentsOfOrder(svc, order.id)[0]).toMatchObject({ status: 'succeeded', refundedAmount: 0 });

    const after = await refundedByJob(token, order.id);

    expect(after).toMatchObject({ status: 'EXPIRED', refundedAmount: order.pricing.total });
    expect(intentsOfOrder(svc, order.id)[0]).toMatchObject({ status: 'succeeded', refundedAmount: order.pricing.total });
    const refunds = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refunds`, headers: bearer(token) });
    expect(refunds.json<{ data: { status: string; basis: string }[] }>().data.map((refund) => [refund.status, refund.basis]).sort()).toEqual([
      ['FAILED', 'unfulfillable'],
      ['SUCCEEDED', 'unfulfillable'],
    ]);
    // Settled: later runs of the job leave the order alone.
    await latePayments().runOnce();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await latePayments().runOnce();
    expect(intentsOfOrder(svc, order.id)[0]!.refundedAmount).toBe(order.pricing.total);
    const { rows } = await svc.infra.db.tenant(tenant.id, (tx) => tx.query('SELECT late_payment_since FROM orders WHERE id = $1', [order.id]));
    expect(rows).toEqual([{ late_payment_since: null }]);
  });

  it('refunds a payment found when cancelling the intent of an order that ended, though its payment.succeeded never comes', async () => {
    const tenant = svc.tenant();
    const { order, token } = await placeOrder(svc, tenant);
    // Paid at the Payment service, and the news is lost: only the intent's refusal to be cancelled tells.
    svc.infra.sandbox!.state.payments.succeedIntent(order.payment.intentId!);
    const cancel = await cancelOrder(svc, token, order.id);
    expect(cancel.json<OrderBody>().status).toBe('CANCELLED');
    expect(intentsOfOrder(svc, order.id)[0]).toMatchObject({ status: 'succeeded', refundedAmount: 0 });

    const after = await refundedByJob(token, order.id);

    expect(after).toMatchObject({ status: 'CANCELLED', refundedAmount: order.pricing.total });
    expect(intentsOfOrder(svc, order.id)[0]).toMatchObject({ status: 'succeeded', refundedAmount: order.pricing.total });
    expect((await timelineOf(svc, token, order.id)).filter((entry) => entry.type === 'payment.refunded_automatically')).toHaveLength(1);
  });
});
