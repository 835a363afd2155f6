/**
 * Checking out with a promo code (SPEC §14): the discount on the eligible tickets only, fees and tax on the
 * discounted amounts, the split per item; every reason a code is refused; redemptions taken with the order,
 * given back when it is cancelled, kept through refunds; refunds, eligibility and tax reports on the
 * discounted amounts.
 *
 * Worked example used below (fallback tax 8 %, fees 5 % and 2.9 % + 0.30): 2 × General (50.00) and 1 × VIP
 * (150.00) with 10 % off General only. Discount 10 % × 100.00 = 10.00, all on General. Fees on 240.00:
 * platform 12.00 (4.50 + 7.50), processing 6.96 + 0.30 = 7.26 (2.72 + 4.54). Tax: 7.20 and 12.00 on the
 * tickets, 0.96 on the platform fee (0.36 + 0.60), 0.58 on the processing fee (0.22 + 0.36). Items: 105.00
 * and 175.00; the order 280.00.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SandboxEvent } from '../../src/peers/contract.js';
import { useTestService, eventually, type TestTenant } from '../support/harness.js';
import { bearer, cancelOrder, checkout, expectProblem, getOrder, listAllOrders, payIntent, type OrderBody } from '../support/orders.js';
import { createPromotion, getPromotion, uniqueCode } from '../support/promotions.js';

const svc = useTestService();

const generalAndVip = (event: SandboxEvent) => [
  { ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 },
  { ticketTypeId: event.ticketTypes[1]!.id, quantity: 1 },
];

async function checkoutWith(token: string, event: SandboxEvent, promoCode: string, items = generalAndVip(event)) {
  return checkout(svc, token, { eventId: event.id, items, promoCode });
}

async function placedWith(token: string, event: SandboxEvent, promoCode: string, items = generalAndVip(event)): Promise<OrderBody> {
  const response = await checkoutWith(token, event, promoCode, items);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<OrderBody>();
}

async function confirmed(token: string, order: OrderBody): Promise<OrderBody> {
  expect((await payIntent(svc, order.payment.intentId!)).status).toBe(200);
  return eventually(async () => {
    const current = await getOrder(svc, token, order.id);
    return current.status === 'CONFIRMED' ? current : undefined;
  });
}

describe('checkout with a promo code', () => {
  let tenant: TestTenant;
  let admin: string;
  let event: SandboxEvent;
  beforeAll(async () => {
    tenant = svc.tenant();
    admin = await tenant.admin();
    event = await tenant.createEvent();
  });

  it('discounts the eligible tickets only, works fees and tax out on the discounted amounts, and splits it all per item', async () => {
    const code = uniqueCode('GENERAL10');
    const promotion = await createPromotion(svc, admin, { code, value: '10', ticketTypeIds: [event.ticketTypes[0]!.id] });
    const { token } = await tenant.customer();
    // Codes are compared case-insensitively.
    const order = await placedWith(token, event, code.toLowerCase());
    expect(order.pricing).toEqual({ subtotal: 25000, discount: 1000, platformFee: 1200, processingFee: 726, tax: 2074, total: 28000, priceMode: 'exclusive' });
    expect(order.items.map(({ subtotal, discount, platformFee, processingFee, tax, total }) => ({ subtotal, discount, platformFee, processingFee, tax, total }))).toEqual([
      { subtotal: 10000, discount: 1000, platformFee: 450, processingFee: 272, tax: 778, total: 10500 },
      { subtotal: 15000, discount: 0, platformFee: 750, processingFee: 454, tax: 1296, total: 17500 },
    ]);
    expect(order.taxes).toEqual([
      { jurisdiction: 'DEFAULT', category: 'tickets', rate: '8', taxable: 24000, tax: 1920 },
      { jurisdiction: 'DEFAULT', category: 'platform_fee', rate: '8', taxable: 1200, tax: 96 },
      { jurisdiction: 'DEFAULT', category: 'processing_fee', rate: '8', taxable: 726, tax: 58 },
    ]);
    expect(order.promotion).toEqual({ id: promotion.id, code });

    // The same on the order, in the list, and in the count of the promotion.
    expect(await getOrder(svc, token, order.id)).toMatchObject({ pricing: order.pricing, promotion: { id: promotion.id, code } });
    const listed = (await listAllOrders(svc, admin)).find((candidate) => candidate.id === order.id);
    expect(listed).toMatchObject({ pricing: { discount: 1000 }, items: [{ discount: 1000 }, { discount: 0 }], promotion: { id: promotion.id, code } });
    expect(await getPromotion(svc, admin, promotion.id)).toMatchObject({ redemptions: 1, discountTotal: [{ currency: 'USD', amount: 1000 }] });
  });

  it('never discounts below zero: a fixed amount larger than the eligible tickets takes them to 0 and leaves the rest', async () => {
    const code = uniqueCode('BIG');
    await createPromotion(svc, admin, { code, type: 'fixed', value: 50_000, currency: 'USD', ticketTypeIds: [event.ticketTypes[0]!.id] });
    const order = await placedWith((await tenant.customer()).token, event, code);
    expect(order.pricing).toMatchObject({ subtotal: 25000, discount: 10000 });
    expect(order.items.map((item) => item.discount)).toEqual([10000, 0]);
    // Fees on 150.00 only: platform 7.50, processing 4.35 + 0.30, all carried by the VIP item.
    expect(order.items[0]).toMatchObject({ platformFee: 0, total: 0 });
    expect(order.pricing).toMatchObject({ platformFee: 750, processingFee: 465 });
    expect(order.items[0]!.total + order.items[1]!.total).toBe(order.pricing.total);
  });

  it('shows no discount and no promotion on an order without a code', async () => {
    const response = await checkout(svc, (await tenant.customer()).token, { eventId: event.id, items: generalAndVip(event) });
    expect(response.json<OrderBody>()).toMatchObject({ pricing: { discount: 0 }, items: [{ discount: 0 }, { discount: 0 }], promotion: null });
  });

  describe('refuses a code that does not apply with 422 PROMO_CODE_INVALID and its reason, writing no order', () => {
    const cases: { reason: string; body: (event: SandboxEvent, other: SandboxEvent) => Record<string, unknown> | null }[] = [
      { reason: 'UNKNOWN', body: () => null },
      { reason: 'INACTIVE', body: () => ({ active: false }) },
      { reason: 'NOT_STARTED', body: () => ({ startsAt: new Date(Date.now() + 86_400_000).toISOString() }) },
      { reason: 'ENDED', body: () => ({ startsAt: '2020-01-01T00:00:00Z', endsAt: new Date(Date.now() - 60_000).toISOString() }) },
      { reason: 'NOT_APPLICABLE', body: (_event, other) => ({ eventIds: [other.id] }) },
      { reason: 'NOT_APPLICABLE', body: (_event, other) => ({ ticketTypeIds: [other.ticketTypes[0]!.id] }) },
      { reason: 'NOT_APPLICABLE', body: () => ({ type: 'fixed', value: 500, currency: 'EUR' }) },
      { reason: 'BELOW_MINIMUM', body: (event) => ({ minSubtotal: 10_001, ticketTypeIds: [event.ticketTypes[0]!.id] }) },
    ];
    for (const [index, { reason, body }] of cases.entries()) {
      it(`${reason} (${index})`, async () => {
        const other = await tenant.createEvent();
        const code = uniqueCode(reason);
        const definition = body(event, other);
        if (definition) await createPromotion(svc, admin, { code, ...definition });
        const customer = await tenant.customer();
        // The cart of the worked example: 100.00 of General, 150.00 of VIP.
        const problem = expectProblem(await checkoutWith(customer.token, event, code), 422, 'PROMO_CODE_INVALID');
        expect(problem.reason).toBe(reason);
        expect((await listAllOrders(svc, admin, `userId=${customer.userId}`)).length).toBe(0);
      });
    }

    it('PER_USER_LIMIT: the buyer has used the code as often as it allows, in any event', async () => {
      const code = uniqueCode('ONCE');
      await createPromotion(svc, admin, { code, maxRedemptionsPerUser: 1 });
      const customer = await tenant.customer();
      await placedWith(customer.token, event, code);
      const problem = expectProblem(await checkoutWith(customer.token, await tenant.createEvent(), code, undefined), 422, 'PROMO_CODE_INVALID');
      expect(problem.reason).toBe('PER_USER_LIMIT');
      // Another buyer still may.
      await placedWith((await tenant.customer()).token, event, code);
    });
  });

  it('answers 409 PROMO_CODE_EXHAUSTED once every redemption is held, and takes the code again when an order is cancelled', async () => {
    const code = uniqueCode('TWO');
    const promotion = await createPromotion(svc, admin, { code, maxRedemptions: 2 });
    const first = await tenant.customer();
    const held = await placedWith(first.token, event, code);
    await placedWith((await tenant.customer()).token, event, code);
    const late = await tenant.customer();
    expectProblem(await checkoutWith(late.token, event, code), 409, 'PROMO_CODE_EXHAUSTED');
    expect((await getPromotion(svc, admin, promotion.id)).redemptions).toBe(2);

    expect((await cancelOrder(svc, first.token, held.id)).statusCode).toBe(200);
    expect(await getPromotion(svc, admin, promotion.id)).toMatchObject({ redemptions: 1, discountTotal: [{ currency: 'USD', amount: 3750 }] });
    await placedWith(late.token, event, code);
    expect((await getPromotion(svc, admin, promotion.id)).redemptions).toBe(2);
  });

  it('keeps the redemption through refunds, credits each item its discounted amount, and shows the discount in the eligibility', async () => {
    const code = uniqueCode('REFUND');
    const promotion = await createPromotion(svc, admin, { code, value: '10', ticketTypeIds: [event.ticketTypes[0]!.id] });
    const { token } = await tenant.customer();
    const order = await confirmed(token, await placedWith(token, event, code));

    const eligibility = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refund-eligibility`, headers: bearer(token) });
    // The built-in policy a month ahead: every ticket as paid (net of the discount) and its tax, no fees.
    expect(eligibility.json()).toMatchObject({
      eligible: true,
      refundableAmount: 25920,
      breakdown: { tickets: 24000, platformFee: 0, processingFee: 0, tax: 1920, discount: 1000 },
    });

    const general = order.items[0]!;
    const refund = await svc.request({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/refunds`,
      headers: { ...bearer(token), 'idempotency-key': `refund-${order.id}` },
      payload: { reason: 'one cannot come', items: [{ orderItemId: general.id, quantity: 1 }] },
    });
    expect(refund.statusCode, refund.body).toBe(201);
    // One General ticket paid 45.00 (50.00 less its 5.00 share of the discount) and 3.60 tax on it.
    expect(refund.json()).toMatchObject({ status: 'SUCCEEDED', amount: 4860, breakdown: { tickets: 4500, platformFee: 0, processingFee: 0, tax: 360 } });
    const after = await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/refund-eligibility`, headers: bearer(token) });
    expect(after.json()).toMatchObject({ refundableAmount: 25920 - 4860, breakdown: { tickets: 19500, tax: 1560, discount: 500 } });
    expect(await getPromotion(svc, admin, promotion.id)).toMatchObject({ redemptions: 1, discountTotal: [{ currency: 'USD', amount: 1000 }] });
  });

  it('reports tax on the discounted amounts', async () => {
    const reportTenant = svc.tenant();
    const reportAdmin = await reportTenant.admin();
    const reportEvent = await reportTenant.createEvent();
    const code = uniqueCode('TAX');
    await createPromotion(svc, reportAdmin, { code, value: '10', ticketTypeIds: [reportEvent.ticketTypes[0]!.id] });
    const { token } = await reportTenant.customer();
    await confirmed(token, await placedWith(token, reportEvent, code));
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const report = await svc.request({ method: 'GET', url: `/api/v1/tax/reports?from=${today}&to=${tomorrow}`, headers: bearer(reportAdmin) });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json<{ data: unknown[] }>().data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ jurisdiction: 'DEFAULT', category: 'tickets', taxable: 24000, taxCollected: 1920 }),
        expect.objectContaining({ jurisdiction: 'DEFAULT', category: 'platform_fee', taxable: 1200, taxCollected: 96 }),
        expect.objectContaining({ jurisdiction: 'DEFAULT', category: 'processing_fee', taxable: 726, taxCollected: 58 }),
      ]),
    );
  });

  it('keeps a deleted code out of reach only when no order used it', async () => {
    const used = await createPromotion(svc, admin);
    await placedWith((await tenant.customer()).token, event, used.code);
    expectProblem(await svc.request({ method: 'DELETE', url: `/api/v1/promotions/${used.id}`, headers: bearer(admin) }), 409, 'INVALID_STATE');
  });

  it('documents promoCode, the discounts and the promotion in the OpenAPI document', async () => {
    const spec = (await svc.request({ method: 'GET', url: '/docs/json' })).json<{ paths: Record<string, Record<string, unknown>> }>();
    const text = JSON.stringify(spec.paths['/api/v1/orders']);
    for (const word of ['promoCode', '"discount"', '"promotion"']) expect(text).toContain(word);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/v1/promotions', '/api/v1/promotions/{id}']));
  });
});
