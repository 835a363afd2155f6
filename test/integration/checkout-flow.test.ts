import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/harness.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService();
});
afterAll(async () => {
  await svc?.close();
});

describe('checkout → pay → confirmed', () => {
  it('reserves the tickets, takes the payment and confirms the order with its tickets', async () => {
    const tenant = svc.tenant();
    const { token } = await tenant.customer();
    const event = await tenant.createEvent();
    const general = event.ticketTypes[0]!;

    const created = await svc.request({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${token}` },
      payload: { eventId: event.id, items: [{ ticketTypeId: general.id, quantity: 2 }] },
    });
    expect(created.statusCode).toBe(201);
    const order = created.json();
    expect(order.status).toBe('RESERVED');
    expect(order.pricing).toEqual({ subtotal: 10000, discount: 0, platformFee: 500, processingFee: 320, tax: 866, total: 11686, priceMode: 'exclusive' });
    expect(order.payment.clientSecret).toEqual(expect.any(String));

    const paid = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/payment-intents/${order.payment.intentId}/succeed`, { method: 'POST' });
    expect(paid.status).toBe(200);

    const confirmed = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: { authorization: `Bearer ${token}` } })).json();
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.items[0].ticketIds).toHaveLength(2);

    const timeline = (await svc.request({ method: 'GET', url: `/api/v1/orders/${order.id}/events`, headers: { authorization: `Bearer ${token}` } })).json();
    expect(timeline.data.map((entry: { type: string }) => entry.type)).toEqual(['order.created', 'order.reserved', 'order.confirmed']);
  });
});
