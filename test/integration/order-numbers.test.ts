/**
 * Order numbers count per tenant: a tenant's numbers reveal nothing about another tenant's orders, and
 * concurrent checkouts of one tenant never get the same number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/harness.js';
import { cartOf, checkout, placeOrder, type OrderBody } from '../support/order-factories.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ messaging: false });
});
afterAll(async () => {
  await svc?.close();
});

const numberOf = (order: OrderBody) => Number(order.orderNumber.slice('ORD-'.length));

describe('order numbers per tenant', () => {
  it('start at ORD-00000001 for every tenant, and orders of another tenant do not move them', async () => {
    const first = svc.tenant();
    const second = svc.tenant();
    const a1 = await placeOrder(svc, first);
    const b1 = await placeOrder(svc, second);
    await placeOrder(svc, second);
    await placeOrder(svc, second);
    const a2 = await placeOrder(svc, first);
    expect(a1.order.orderNumber).toBe('ORD-00000001');
    expect(b1.order.orderNumber).toBe('ORD-00000001');
    expect(a2.order.orderNumber).toBe('ORD-00000002');
  });

  it('never collide under concurrent checkouts of one tenant', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent({ ticketTypes: [{ name: 'General', price: 5000, capacity: 100 }] });
    const customers = await Promise.all(Array.from({ length: 16 }, () => tenant.customer()));
    const responses = await Promise.all(customers.map((customer) => checkout(svc, customer.token, cartOf(event))));
    for (const response of responses) expect(response.statusCode, response.body).toBe(201);
    const numbers = responses.map((response) => numberOf(response.json<OrderBody>()));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(Math.max(...numbers)).toBe(numbers.length);
  });
});
