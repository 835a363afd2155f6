import { beforeAll, describe, expect, it } from 'vitest';
import type { SandboxEvent } from '../../src/peers/contract.js';
import { useTestService, eventually, type TestTenant } from '../support/harness.js';
import { call, createLosAngelesStack, daysFromToday, expectProblem } from '../support/tax.js';

const svc = useTestService();

async function placeOrder(tenant: TestTenant, event: SandboxEvent, ticketTypeIndex: number, quantity: number): Promise<{ id: string; intentId: string; token: string }> {
  const { token } = await tenant.customer();
  const response = await call(svc, token, 'POST', '/api/v1/orders', { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[ticketTypeIndex]!.id, quantity }] });
  expect(response.statusCode, response.body).toBe(201);
  const order = response.json();
  return { id: order.id, intentId: order.payment.intentId, token };
}

async function payAndConfirm(order: { id: string; intentId: string; token: string }): Promise<void> {
  const paid = await fetch(`${svc.infra.sandbox!.urls.payment}/sandbox/payment-intents/${order.intentId}/succeed`, { method: 'POST' });
  expect(paid.status).toBe(200);
  await eventually(async () => {
    const status = (await call(svc, order.token, 'GET', `/api/v1/orders/${order.id}`)).json().status;
    return status === 'CONFIRMED' ? status : undefined;
  });
}

describe('GET /api/v1/tax/reports', () => {
  let tenant: TestTenant;
  let support: string;
  const period = `from=${daysFromToday(0)}&to=${daysFromToday(1)}`;

  beforeAll(async () => {
    tenant = svc.tenant();
    await createLosAngelesStack(svc, await tenant.admin());
    support = await tenant.support();
    const event = await tenant.createEvent();
    // 2 × General (100.00) and 1 × VIP (150.00) are paid; a third order is only reserved and does not count.
    await payAndConfirm(await placeOrder(tenant, event, 0, 2));
    await payAndConfirm(await placeOrder(tenant, event, 1, 1));
    await placeOrder(tenant, event, 0, 1);
    // Another tenant's confirmed order never shows.
    const stranger = svc.tenant();
    await payAndConfirm(await placeOrder(stranger, await stranger.createEvent(), 0, 1));
  });

  // Order 1: subtotal 10000, platform 500, processing 320. Order 2: subtotal 15000, platform 750, processing 465.
  // State 6 %: 600 + 900 tickets, 30 + 45 platform, 19 + 27.9→28 processing; county 25 + 37.5→38; city 225 + 337.5→338.
  const expectedRows = [
    { currency: 'USD', jurisdiction: 'US-CA', category: 'tickets', orders: 2, taxable: 25000, taxCollected: 1500, taxRefunded: 0, netTax: 1500 },
    { currency: 'USD', jurisdiction: 'US-CA', category: 'platform_fee', orders: 2, taxable: 1250, taxCollected: 75, taxRefunded: 0, netTax: 75 },
    { currency: 'USD', jurisdiction: 'US-CA', category: 'processing_fee', orders: 2, taxable: 785, taxCollected: 47, taxRefunded: 0, netTax: 47 },
    { currency: 'USD', jurisdiction: 'US-CA-LOS_ANGELES', category: 'tickets', orders: 2, taxable: 25000, taxCollected: 63, taxRefunded: 0, netTax: 63 },
    { currency: 'USD', jurisdiction: 'US-CA-LOS_ANGELES-CITY', category: 'tickets', orders: 2, taxable: 25000, taxCollected: 563, taxRefunded: 0, netTax: 563 },
  ];

  it('reports tax collected per jurisdiction and category from confirmed orders, as JSON by default', async () => {
    const response = await call(svc, support, 'GET', `/api/v1/tax/reports?${period}&currency=USD`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.json()).toEqual({
      from: `${daysFromToday(0)}T00:00:00.000Z`,
      to: `${daysFromToday(1)}T00:00:00.000Z`,
      currency: 'USD',
      data: expectedRows,
    });
    // Without a currency every currency is reported (here only USD).
    expect((await call(svc, support, 'GET', `/api/v1/tax/reports?${period}`)).json().data).toEqual(expectedRows);
  });

  it('answers CSV with Accept: text/csv', async () => {
    const response = await call(svc, support, 'GET', `/api/v1/tax/reports?${period}&currency=USD`, undefined, { accept: 'text/csv' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body.split('\r\n')).toEqual([
      'currency,jurisdiction,category,orders,taxable,taxCollected,taxRefunded,netTax',
      'USD,US-CA,tickets,2,25000,1500,0,1500',
      'USD,US-CA,platform_fee,2,1250,75,0,75',
      'USD,US-CA,processing_fee,2,785,47,0,47',
      'USD,US-CA-LOS_ANGELES,tickets,2,25000,63,0,63',
      'USD,US-CA-LOS_ANGELES-CITY,tickets,2,25000,563,0,563',
      '',
    ]);
    const preferred = await call(svc, support, 'GET', `/api/v1/tax/reports?${period}`, undefined, { accept: 'application/json;q=0.5, text/csv' });
    expect(preferred.headers['content-type']).toContain('text/csv');
    const json = await call(svc, support, 'GET', `/api/v1/tax/reports?${period}`, undefined, { accept: 'text/csv;q=0.5, application/json' });
    expect(json.headers['content-type']).toContain('application/json');
  });

  it('counts orders by their confirmation time in [from, to) and by currency', async () => {
    const later = `from=${daysFromToday(1)}&to=${daysFromToday(2)}`;
    expect((await call(svc, support, 'GET', `/api/v1/tax/reports?${later}`)).json().data).toEqual([]);
    expect((await call(svc, support, 'GET', `/api/v1/tax/reports?${period}&currency=EUR`)).json().data).toEqual([]);
    const untilNow = `from=${daysFromToday(0)}T00:00:00Z&to=${new Date(Date.now() + 60_000).toISOString()}`;
    expect((await call(svc, support, 'GET', `/api/v1/tax/reports?${untilNow}`)).json().data).toEqual(expectedRows);
  });

  it('refuses an empty period, a malformed date and customers', async () => {
    const emptyPeriod = expectProblem(await call(svc, support, 'GET', `/api/v1/tax/reports?from=${daysFromToday(1)}&to=${daysFromToday(0)}`), 400, 'VALIDATION_FAILED');
    expect(emptyPeriod.errors).toEqual([{ field: 'querystring.to', message: 'must be after from' }]);
    expectProblem(await call(svc, support, 'GET', '/api/v1/tax/reports?from=yesterday&to=today'), 400, 'VALIDATION_FAILED');
    expectProblem(await call(svc, support, 'GET', `/api/v1/tax/reports?from=${daysFromToday(0)}`), 400, 'VALIDATION_FAILED');
    const { token: customer } = await tenant.customer();
    expectProblem(await call(svc, customer, 'GET', `/api/v1/tax/reports?${period}`), 403, 'FORBIDDEN');
  });
});

describe('GET /api/v1/tax/reports after refunds', () => {
  it('subtracts the tax refunds returned, per jurisdiction and category', async () => {
    const tenant = svc.tenant();
    await createLosAngelesStack(svc, await tenant.admin());
    const event = await tenant.createEvent();
    const order = await placeOrder(tenant, event, 0, 2);
    await payAndConfirm(order);
    // The built-in policy refunds the tickets and their tax in full, not the fees.
    const refund = await call(svc, order.token, 'POST', `/api/v1/orders/${order.id}/refunds`, { reason: 'cannot attend' });
    expect(refund.statusCode, refund.body).toBe(201);
    expect(refund.json().status).toBe('SUCCEEDED');

    const untilNow = `from=${daysFromToday(0)}&to=${daysFromToday(1)}`;
    const rows = (await call(svc, await tenant.support(), 'GET', `/api/v1/tax/reports?${untilNow}&currency=USD`)).json().data;
    const ticketRows = rows.filter((row: { category: string }) => row.category === 'tickets');
    expect(ticketRows).toEqual([
      { currency: 'USD', jurisdiction: 'US-CA', category: 'tickets', orders: 1, taxable: 10000, taxCollected: 600, taxRefunded: 600, netTax: 0 },
      { currency: 'USD', jurisdiction: 'US-CA-LOS_ANGELES', category: 'tickets', orders: 1, taxable: 10000, taxCollected: 25, taxRefunded: 25, netTax: 0 },
      { currency: 'USD', jurisdiction: 'US-CA-LOS_ANGELES-CITY', category: 'tickets', orders: 1, taxable: 10000, taxCollected: 225, taxRefunded: 225, netTax: 0 },
    ]);
    const feeRows = rows.filter((row: { category: string }) => row.category !== 'tickets');
    expect(feeRows.every((row: { taxRefunded: number; netTax: number; taxCollected: number }) => row.taxRefunded === 0 && row.netTax === row.taxCollected)).toBe(true);
  });
});
