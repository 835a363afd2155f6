/**
 * Redemption limits under concurrency (SPEC §14): many checkouts on two instances sharing one PostgreSQL
 * race for the last redemptions of a code. Exactly the limit succeeds, every other checkout gets 409, and
 * the counts stay exact as orders come and go. Only meaningful on a real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxEvent } from '../../src/peers/contract.js';
import { startTestService, type TestService, type TestTenant } from '../support/harness.js';
import { serviceTargets } from '../support/services.js';
import { cancelOrder, checkout, reservationsOf, type OrderBody } from '../support/orders.js';
import { createPromotion, getPromotion } from '../support/promotions.js';

const targets = await serviceTargets();

describe.runIf(targets.databaseUrl)('promo code redemptions across two instances', () => {
  let first: TestService;
  let second: TestService;
  // A hundred checkouts at once ask the shared sandbox peers a hundred times at once; on a busy machine
  // some answers take longer than the usual 5 s, which would open the breaker and turn the race into 503s.
  // The races here are between checkouts in flight at once (up to 32 per instance): the admission limit, which
  // would refuse some of them with 503 OVERLOADED, is off (test/integration/orders-admission.test.ts covers it).
  const env = { PEER_TIMEOUT_MS: '30000', ADMISSION_MAX_IN_FLIGHT: '0' };
  beforeAll(async () => {
    first = await startTestService({ messaging: false, env });
    second = await startTestService({ messaging: false, env, sharePeersWith: first });
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  /** One checkout of one ticket with the code by a new buyer, on `svc`. */
  async function attempt(svc: TestService, tenant: TestTenant, event: SandboxEvent, code: string, customer?: { userId: string; token: string }) {
    const buyer = customer ?? (await tenant.customer());
    const response = await checkout(svc, buyer.token, { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }], promoCode: code });
    return { buyer, status: response.statusCode, body: response.json<OrderBody & { code?: string; reason?: string }>() };
  }

  /** The promotion's counter and its held redemptions, straight from the database. */
  async function countsOf(promotionId: string): Promise<{ counter: number; held: number }> {
    const { rows } = await first.infra.db.system((tx) =>
      tx.query<{ counter: number; held: number }>(
        `SELECT p.limited_redemptions AS counter,
                (SELECT count(*)::int FROM promotion_redemptions r WHERE r.promotion_id = p.id AND r.released_at IS NULL) AS held
           FROM promotions p WHERE p.id = $1`,
        [promotionId],
      ),
    );
    return rows[0]!;
  }

  it('lets exactly the last redemptions through when 100 checkouts race for them, and keeps the counts exact', async () => {
    const tenant = first.tenant();
    const admin = await tenant.admin();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'General', price: 5000, capacity: 500 }] });
    const promotion = await createPromotion(first, admin, { maxRedemptions: 13 });
    for (let i = 0; i < 3; i++) expect((await attempt(first, tenant, event, promotion.code)).status).toBe(201);

    // 100 buyers, half on each instance, all at once, for the 10 redemptions left.
    const buyers = await Promise.all(Array.from({ length: 100 }, () => tenant.customer()));
    const results = await Promise.all(buyers.map((buyer, i) => attempt(i % 2 === 0 ? first : second, tenant, event, promotion.code, buyer)));
    const winners = results.filter((result) => result.status === 201);
    const losers = results.filter((result) => result.status !== 201);
    expect(winners).toHaveLength(10);
    expect(losers.map((result) => [result.status, result.body.code])).toEqual(losers.map(() => [409, 'PROMO_CODE_EXHAUSTED']));

    // The losers hold nothing: no order, no tickets held; the counts are the 13 orders that hold a redemption.
    const held = reservationsOf(first, event.id).filter((reservation) => reservation.status === 'HELD');
    expect(held).toHaveLength(13);
    expect(await countsOf(promotion.id)).toEqual({ counter: 13, held: 13 });
    expect(await getPromotion(second, admin, promotion.id)).toMatchObject({ redemptions: 13, discountTotal: [{ currency: 'USD', amount: 13 * 750 }] });

    // Two winners cancel on either instance: their redemptions come back, and exactly two more buyers get them.
    expect((await cancelOrder(first, winners[0]!.buyer.token, winners[0]!.body.id)).statusCode).toBe(200);
    expect((await cancelOrder(second, winners[1]!.buyer.token, winners[1]!.body.id)).statusCode).toBe(200);
    expect(await countsOf(promotion.id)).toEqual({ counter: 11, held: 11 });
    const again = await Promise.all(Array.from({ length: 6 }, (_, i) => attempt(i % 2 === 0 ? first : second, tenant, event, promotion.code)));
    expect(again.map((result) => result.status).sort()).toEqual([201, 201, 409, 409, 409, 409]);
    expect(await countsOf(promotion.id)).toEqual({ counter: 13, held: 13 });
  });

  it('holds a per-user limit when one buyer checks out on both instances at once', async () => {
    const tenant = first.tenant();
    const admin = await tenant.admin();
    const promotion = await createPromotion(first, admin, { maxRedemptionsPerUser: 1 });
    const buyer = await tenant.customer();
    const events = await Promise.all([tenant.createEvent(), tenant.createEvent()]);
    const results = await Promise.all(events.map((event, i) => attempt(i === 0 ? first : second, tenant, event, promotion.code, buyer)));
    expect(results.map((result) => result.status).sort()).toEqual([201, 422]);
    expect(results.find((result) => result.status === 422)?.body.reason).toBe('PER_USER_LIMIT');
    expect((await getPromotion(first, admin, promotion.id)).redemptions).toBe(1);
  });

  it('lets 32 concurrent checkouts on one unlimited code all through, counting each', async () => {
    const tenant = first.tenant();
    const admin = await tenant.admin();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'General', price: 5000, capacity: 100 }] });
    const promotion = await createPromotion(first, admin);
    const results = await Promise.all(Array.from({ length: 32 }, (_, i) => attempt(i % 2 === 0 ? first : second, tenant, event, promotion.code)));
    expect(results.every((result) => result.status === 201)).toBe(true);
    expect(await getPromotion(first, admin, promotion.id)).toMatchObject({ redemptions: 32, discountTotal: [{ currency: 'USD', amount: 32 * 750 }] });
    // No counter moves for a code without a limit.
    expect(await countsOf(promotion.id)).toEqual({ counter: 0, held: 32 });
  });

  it('recounts exactly when a limit is set on a code that is being used', async () => {
    const tenant = first.tenant();
    const admin = await tenant.admin();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'General', price: 5000, capacity: 100 }] });
    const promotion = await createPromotion(first, admin);
    const body = { code: promotion.code, type: 'percent', value: '15', maxRedemptions: 12 };
    const [checkouts, edit] = await Promise.all([
      Promise.all(Array.from({ length: 10 }, (_, i) => attempt(i % 2 === 0 ? first : second, tenant, event, promotion.code))),
      second.request({ method: 'PUT', url: `/api/v1/promotions/${promotion.id}`, headers: { authorization: `Bearer ${admin}` }, payload: body }),
    ]);
    expect(edit.statusCode, edit.body).toBe(200);
    expect(checkouts.every((result) => result.status === 201)).toBe(true);
    expect(await countsOf(promotion.id)).toEqual({ counter: 10, held: 10 });
    const more = await Promise.all(Array.from({ length: 4 }, (_, i) => attempt(i % 2 === 0 ? first : second, tenant, event, promotion.code)));
    expect(more.map((result) => result.status).sort()).toEqual([201, 201, 409, 409]);
  });
});
