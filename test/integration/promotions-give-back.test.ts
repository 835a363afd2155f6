/**
 * An order that ends before payment gives its promo code's redemption back (SPEC §14): when the expiry job
 * expires it, when the scheduler expires it, when its checkout fails at a peer, and when its event is cancelled. Holds last 2 s here; the
 * expiry job is global, so on PostgreSQL this file runs on a scratch database of its own (as orders-jobs does).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expiryJob } from '../../src/jobs/order-jobs.js';
import { eventually, startTestService, type TestService } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';
import { bearer, checkout, createScratchDatabase, expectProblem, getOrder, setFault, type OrderBody, type ScratchDatabase } from '../support/order-factories.js';
import { createPromotion, getPromotion } from '../support/promotions.js';

let svc: TestService;
let scratch: ScratchDatabase | null = null;
beforeAll(async () => {
  const shared = (await serviceTargets()).databaseUrl;
  scratch = shared ? await createScratchDatabase(shared) : null;
  svc = await startTestService({
    messaging: false,
    env: { ...(scratch ? { DATABASE_URL: scratch.url } : {}), RESERVATION_HOLD_SECONDS: '2', RESERVATION_GRACE_SECONDS: '0' },
  });
});
afterEach(async () => {
  await setFault(svc, 'payment', { mode: 'off' });
});
afterAll(async () => {
  await svc?.close();
  await scratch?.drop();
});

describe('a promo code redemption is given back when the order ends before payment', () => {
  async function setUp() {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const event = await tenant.createEvent();
    const otherEvent = await tenant.createEvent();
    const promotion = await createPromotion(svc, admin, { maxRedemptions: 1 });
    const body = { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }], promoCode: promotion.code };
    const buyer = await tenant.customer();
    const later = await tenant.customer();
    return { tenant, admin, event, otherEvent, promotion, body, buyer, later };
  }

  it('on expiry by the job', async () => {
    const { admin, promotion, body, buyer, later } = await setUp();
    const order = (await checkout(svc, buyer.token, body)).json<OrderBody>();
    expectProblem(await checkout(svc, later.token, body), 409, 'PROMO_CODE_EXHAUSTED');
    await eventually(
      async () => {
        await expiryJob(svc.app.services.orderDeps).runOnce();
        return (await getOrder(svc, buyer.token, order.id)).status === 'EXPIRED' ? true : undefined;
      },
      10_000,
      100,
    );
    expect(await getPromotion(svc, admin, promotion.id)).toMatchObject({ redemptions: 0, discountTotal: [] });
    expect((await checkout(svc, later.token, body)).statusCode).toBe(201);
  });

  it('on expiry by the scheduler', async () => {
    const { admin, promotion, body, buyer, later } = await setUp();
    const order = (await checkout(svc, buyer.token, body)).json<OrderBody>();
    const scheduler = await svc.serviceToken('scheduler');
    const expired = await svc.request({ method: 'POST', url: `/internal/v1/orders/${order.id}/expire`, headers: bearer(scheduler) });
    expect(expired.statusCode, expired.body).toBe(200);
    expect((await getPromotion(svc, admin, promotion.id)).redemptions).toBe(0);
    expect((await checkout(svc, later.token, body)).statusCode).toBe(201);
  });

  it('when the checkout fails at the Payment service', async () => {
    const { admin, promotion, body, buyer, later } = await setUp();
    await setFault(svc, 'payment', { mode: 'fail', count: 10 });
    expectProblem(await checkout(svc, buyer.token, body), 503, 'UPSTREAM_UNAVAILABLE');
    await setFault(svc, 'payment', { mode: 'off' });
    expect((await getPromotion(svc, admin, promotion.id)).redemptions).toBe(0);
    expect((await checkout(svc, later.token, body)).statusCode).toBe(201);
  });

  it('when its event is cancelled', async () => {
    const { tenant, event, otherEvent, admin, promotion, body, buyer, later } = await setUp();
    const order = (await checkout(svc, buyer.token, body)).json<OrderBody>();
    const job = await svc.app.services.eventCancellation.start(event.id, 'cancelled by the organizer', tenant.id);
    await eventually(async () => {
      await svc.app.services.eventCancellation.runBatch();
      return (await svc.app.services.eventCancellation.getJob(job!.id)).status === 'COMPLETED' ? true : undefined;
    });
    expect((await getOrder(svc, buyer.token, order.id)).status).toBe('CANCELLED');
    expect((await getPromotion(svc, admin, promotion.id)).redemptions).toBe(0);
    const elsewhere = { ...body, eventId: otherEvent.id, items: [{ ticketTypeId: otherEvent.ticketTypes[0]!.id, quantity: 1 }] };
    expect((await checkout(svc, later.token, elsewhere)).statusCode).toBe(201);
  });
});
