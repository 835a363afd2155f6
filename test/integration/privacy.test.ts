/**
 * Personal data (SPEC §16): an admin exports everything held about one buyer, and erases it — billing,
 * metadata, IP addresses, user agents and the buyer's own reasons replaced or dropped, every amount kept, the
 * issued documents kept as the law requires, the erasure on the timeline without the data, idempotent.
 */
import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { buyPaidOrder } from '../support/documents.js';
import { bearer, cancelOrder, checkout, cartOf, expectProblem, getOrder, timelineOf, type OrderBody } from '../support/orders.js';
import { erase, personalDataOf } from '../support/privacy.js';

const svc = useTestService();

const BILLING = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  address: { line1: '12 St James Square', city: 'London', postalCode: 'SW1Y 4JH', country: 'GB' },
  taxId: 'GB999999973',
};
const PERSONAL = ['Ada Lovelace', 'ada@example.com', 'St James Square', 'GB999999973', 'my personal reason', 'loyalty-4711', '127.0.0.1'];

describe('personal data', () => {
  it("exports everything held about a buyer, erases it keeping every amount, and exports no personal data after", async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const paid = await buyPaidOrder(svc, tenant, { billing: BILLING, items: [{ type: 0, quantity: 2 }] });
    const event = await tenant.createEvent();
    const second = await checkout(svc, paid.token, { ...cartOf(event, 1), billing: BILLING, metadata: { loyaltyCard: 'loyalty-4711' } });
    expect(second.statusCode, second.body).toBe(201);
    const secondOrder = second.json<OrderBody>();
    expect((await cancelOrder(svc, paid.token, secondOrder.id, 'my personal reason')).statusCode).toBe(200);
    const otherBuyer = await buyPaidOrder(svc, tenant, { billing: { name: 'Grace Hopper', email: 'grace@example.com' } });

    const before = await personalDataOf(svc, admin, paid.userId);
    expect(before.orders.map((order) => order.id)).toEqual([paid.order.id, secondOrder.id]);
    expect(before.orders[0]).toMatchObject({ billing: BILLING, total: paid.order.pricing.total });
    expect(before.orders[0]?.items).toHaveLength(1);
    expect(before.orders[1]?.metadata).toEqual({ loyaltyCard: 'loyalty-4711' });
    expect(before.orders[0]?.timeline.length).toBeGreaterThan(0);
    expect(before.documents.map((document) => document.buyer)).toEqual([expect.objectContaining({ name: 'Ada Lovelace' })]);
    const exported = JSON.stringify(before);
    for (const value of PERSONAL) expect(exported).toContain(value);
    expect(exported).not.toContain('Grace Hopper');
    expect(exported).not.toContain(paid.order.payment.clientSecret ?? 'no-client-secret');

    const erased = await erase(svc, admin, paid.userId);
    expect(erased).toMatchObject({ userId: paid.userId, repeated: false, pseudonymised: { orders: 2 } });
    expect(erased.pseudonym).toMatch(/^anon-[0-9a-f]{16}$/);
    const documents = erased.retained.find((entry) => entry.ids !== undefined);
    expect(documents?.ids).toEqual(before.documents.map((document) => document.number));
    expect(documents?.why).toMatch(/10 years/);
    expect(Date.parse(documents?.until ?? '')).toBeGreaterThan(Date.now() + 9 * 365 * 86_400_000);

    const after = await personalDataOf(svc, admin, paid.userId);
    const ordersAfter = JSON.stringify({ orders: after.orders, refunds: after.refunds, disputes: after.disputes });
    for (const value of PERSONAL) expect(ordersAfter).not.toContain(value);
    expect(after.orders.map((order) => order.billing)).toEqual([{ name: erased.pseudonym }, { name: erased.pseudonym }]);
    expect(after.orders[1]?.metadata).toEqual({});
    // Every amount is kept.
    expect(after.orders.map((order) => order.total)).toEqual(before.orders.map((order) => order.total));
    expect(after.orders.map((order) => order.items.map((item) => item.total))).toEqual(before.orders.map((order) => order.items.map((item) => item.total)));
    // The issued invoice keeps the buyer it was issued to (legal retention), and is the only place left.
    expect(after.documents.map((document) => document.buyer)).toEqual(before.documents.map((document) => document.buyer));
    expect(after.erasure?.pseudonym).toBe(erased.pseudonym);

    // The timeline says so, without the data; the customer's own view agrees.
    const timeline = await timelineOf(svc, admin, paid.order.id);
    const entry = timeline.find((e) => e.type === 'personal_data.erased');
    expect(entry?.data).toEqual({ erased: ['billing', 'metadata', 'ipAddresses', 'userAgents', 'buyerReasons'] });
    expect(JSON.stringify(timeline)).not.toContain('Ada Lovelace');
    expect((await getOrder(svc, paid.token, paid.order.id)).pricing.total).toBe(paid.order.pricing.total);

    // Another buyer of the tenant is untouched.
    expect((await personalDataOf(svc, admin, otherBuyer.userId)).orders[0]?.billing).toMatchObject({ name: 'Grace Hopper' });
  });

  it('is idempotent: erasing again keeps the pseudonym and changes and records nothing more', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const paid = await buyPaidOrder(svc, tenant, { billing: BILLING });
    const first = await erase(svc, admin, paid.userId);
    const timelineAfterFirst = await timelineOf(svc, admin, paid.order.id);
    const again = await erase(svc, admin, paid.userId);
    expect(again).toMatchObject({ pseudonym: first.pseudonym, repeated: true, pseudonymised: { orders: 0, timelineEntries: 0, refundReasons: 0 } });
    expect(await timelineOf(svc, admin, paid.order.id)).toEqual(timelineAfterFirst);
    expect(timelineAfterFirst.filter((entry) => entry.type === 'personal_data.erased')).toHaveLength(1);
  });

  it('answers a buyer the tenant never had with nothing held, and is for admins only', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const nobody = await personalDataOf(svc, admin, 'user-who-never-bought');
    expect(nobody).toMatchObject({ orders: [], refunds: [], documents: [], erasure: null });
    const support = await tenant.support();
    expectProblem(await svc.request({ method: 'GET', url: '/api/v1/privacy/users/x/export', headers: bearer(support) }), 403, 'FORBIDDEN');
    expectProblem(await svc.request({ method: 'POST', url: '/api/v1/privacy/users/x/erase', headers: bearer(support) }), 403, 'FORBIDDEN');
    // Another tenant's admin sees none of this tenant's buyers.
    const paid = await buyPaidOrder(svc, tenant);
    expect((await personalDataOf(svc, await svc.tenant().admin(), paid.userId)).orders).toEqual([]);
  });
});
