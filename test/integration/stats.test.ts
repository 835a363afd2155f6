import { beforeAll, describe, expect, it } from 'vitest';
import { eventually, useTestService, type TestTenant } from '../support/harness.js';
import { bearer, buyConfirmedOrder, type ConfirmedOrder } from '../support/refunds.js';
import { openSandboxDispute } from '../support/disputes.js';

const svc = useTestService();
let tenant: TestTenant;
let staff: string;
let first: ConfirmedOrder;
let second: ConfirmedOrder;
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

interface StatsBody {
  from: string;
  to: string;
  interval: string;
  data: {
    date: string;
    orders: number;
    paidOrders: number;
    revenue: { currency: string; amount: number }[];
    refunds: number;
    refundedAmount: { currency: string; amount: number }[];
    disputes: number;
  }[];
}

async function stats(query: string, token = staff) {
  const response = await svc.request({ method: 'GET', url: `/api/v1/stats${query}`, headers: bearer(token) });
  return { status: response.statusCode, body: response.json<StatsBody & { code?: string }>() };
}

beforeAll(async () => {
  tenant = svc.tenant();
  staff = await tenant.support();
  const event = await tenant.createEvent();
  first = await buyConfirmedOrder(svc, tenant, { event });
  second = await buyConfirmedOrder(svc, tenant, { event });
  // A third order that is reserved and never paid: created today, no revenue.
  const buyer = await tenant.customer();
  const reserved = await svc.request({
    method: 'POST',
    url: '/api/v1/orders',
    headers: bearer(buyer.token),
    payload: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] },
  });
  expect(reserved.statusCode).toBe(201);
  const refund = await svc.request({
    method: 'POST',
    url: `/api/v1/orders/${first.id}/refunds`,
    headers: { ...bearer(await tenant.admin()), 'idempotency-key': `stats-${first.id}` },
    payload: { reason: 'goodwill', amount: 1000 },
  });
  expect(refund.statusCode, refund.body).toBe(201);
  await eventually(async () => {
    const refunds = await svc.request({ method: 'GET', url: `/api/v1/orders/${first.id}/refunds`, headers: bearer(staff) });
    return refunds.json<{ data: { status: string }[] }>().data.some((r) => r.status === 'SUCCEEDED') ? true : undefined;
  });
  const intentId = (second.body as { payment: { intentId: string } }).payment.intentId;
  await openSandboxDispute(svc, { paymentIntentId: intentId });
});

describe('GET /api/v1/stats', () => {
  it("counts the tenant's orders, revenue, refunds and disputes of each day, days without activity included", async () => {
    const { status, body } = await stats(`?from=${daysAgo(2)}&to=${today}&interval=day`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: daysAgo(2), to: today, interval: 'day' });
    expect(body.data.map((day) => day.date)).toEqual([daysAgo(2), daysAgo(1), today]);
    expect(body.data[0]).toEqual({ date: daysAgo(2), orders: 0, paidOrders: 0, revenue: [], refunds: 0, refundedAmount: [], disputes: 0 });
    expect(body.data[2]).toEqual({
      date: today,
      orders: 3,
      paidOrders: 2,
      revenue: [{ currency: 'USD', amount: first.total + second.total }],
      refunds: 1,
      refundedAmount: [{ currency: 'USD', amount: 1000 }],
      disputes: 1,
    });
  });

  it('defaults to the last 30 days up to today', async () => {
    const { status, body } = await stats('');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(30);
    expect(body.to).toBe(today);
    expect(body.from).toBe(daysAgo(29));
  });

  it("never counts another tenant's orders", async () => {
    const { body } = await stats(`?from=${today}&to=${today}`, await svc.tenant().support());
    expect(body.data).toEqual([{ date: today, orders: 0, paidOrders: 0, revenue: [], refunds: 0, refundedAmount: [], disputes: 0 }]);
  });

  it('refuses bad periods with 400 VALIDATION_FAILED', async () => {
    for (const query of ['?from=2026-02-30&to=2026-03-01', `?from=${today}&to=${daysAgo(1)}`, '?from=2024-01-01&to=2026-01-01', '?interval=hour', '?from=yesterday']) {
      const { status, body } = await stats(query);
      expect(status, query).toBe(400);
      expect(body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('is for staff only: a customer gets 403, no token 401', async () => {
    expect((await stats('', first.token)).status).toBe(403);
    expect((await svc.request({ method: 'GET', url: '/api/v1/stats' })).statusCode).toBe(401);
  });
});
