import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxEvent } from '../../src/peers/contract.js';
import { startTestService, type TestService, type TestTenant } from '../support/harness.js';
import { call, createLosAngelesStack, daysFromToday, expectProblem, SINCE_2020 } from './tax-fixtures.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService();
});
afterAll(async () => {
  await svc?.close();
});

/** Two General tickets (2 × 50.00) at the default Los Angeles venue. */
function checkout(token: string, event: SandboxEvent, extra: Record<string, unknown> = {}) {
  return call(svc, token, 'POST', '/api/v1/orders', { eventId: event.id, items: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }], ...extra });
}

async function certificateFor(admin: string, userId: string, jurisdictions: string[], validTo = daysFromToday(365)): Promise<string> {
  const response = await call(svc, admin, 'POST', '/api/v1/tax/exemptions', { userId, number: `EX-${userId}`, jurisdictions, validFrom: SINCE_2020, validTo });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

async function losAngelesTenant(): Promise<{ tenant: TestTenant; admin: string; event: SandboxEvent }> {
  const tenant = svc.tenant();
  const admin = await tenant.admin();
  await createLosAngelesStack(svc, admin);
  return { tenant, admin, event: await tenant.createEvent() };
}

// 2 × 50.00: subtotal 100.00, platform fee 5.00, processing fee 3.20; state 6 % on all three, county and city on tickets.
const losAngelesTaxes = [
  { jurisdiction: 'US-CA', category: 'tickets', rate: '6', taxable: 10000, tax: 600 },
  { jurisdiction: 'US-CA', category: 'platform_fee', rate: '6', taxable: 500, tax: 30 },
  { jurisdiction: 'US-CA', category: 'processing_fee', rate: '6', taxable: 320, tax: 19 },
  { jurisdiction: 'US-CA-LOS_ANGELES', category: 'tickets', rate: '0.25', taxable: 10000, tax: 25 },
  { jurisdiction: 'US-CA-LOS_ANGELES-CITY', category: 'tickets', rate: '2.25', taxable: 10000, tax: 225 },
];

describe('checkout with tax jurisdictions', () => {
  it("taxes the order in the venue's jurisdictions, not DEFAULT", async () => {
    const { tenant, event } = await losAngelesTenant();
    const { token } = await tenant.customer();
    const response = await checkout(token, event);
    expect(response.statusCode, response.body).toBe(201);
    const order = response.json();
    expect(order.taxes).toEqual(losAngelesTaxes);
    expect(order.pricing).toEqual({ subtotal: 10000, discount: 0, platformFee: 500, processingFee: 320, tax: 899, total: 11719, priceMode: 'exclusive' });
    expect(order.items[0]).toMatchObject({ tax: 899, total: 11719 });
    expect(order.taxExemption).toBeNull();
  });

  it('keeps the tax inside the prices in inclusive mode', async () => {
    const { tenant, admin, event } = await losAngelesTenant();
    await call(svc, admin, 'PUT', '/api/v1/tax/settings', { fallback: { mode: 'rate' }, priceMode: 'inclusive' });
    const { token } = await tenant.customer();
    const order = (await checkout(token, event)).json();
    // Tickets 100.00 contain 6 % + 0.25 % + 2.25 %: 100 / 1.085 = 92.17 net; 5.53, 0.23, 2.07.
    expect(order.pricing).toEqual({ subtotal: 10000, discount: 0, platformFee: 500, processingFee: 320, tax: 783 + 28 + 18, total: 10820, priceMode: 'inclusive' });
    const tickets = order.taxes.filter((tax: { category: string }) => tax.category === 'tickets');
    expect(tickets.map((tax: { tax: number; taxable: number }) => [tax.tax, tax.taxable])).toEqual([
      [553, 9217],
      [23, 9217],
      [207, 9217],
    ]);
  });

  it("applies the buyer's own exemption certificate and records it on the order", async () => {
    const { tenant, admin, event } = await losAngelesTenant();
    const { userId, token } = await tenant.customer();
    const certificateId = await certificateFor(admin, userId, ['US-CA-LOS_ANGELES-CITY']);

    const response = await checkout(token, event, { exemptionId: certificateId });
    expect(response.statusCode, response.body).toBe(201);
    const order = response.json();
    expect(order.taxExemption).toEqual({
      id: certificateId,
      number: `EX-${userId}`,
      jurisdictions: ['US-CA-LOS_ANGELES-CITY'],
      validFrom: SINCE_2020,
      validTo: daysFromToday(365),
      exemptedJurisdictions: ['US-CA-LOS_ANGELES-CITY'],
    });
    expect(order.taxes).toEqual([
      ...losAngelesTaxes.slice(0, 4),
      { jurisdiction: 'US-CA-LOS_ANGELES-CITY', category: 'tickets', rate: '0', taxable: 10000, tax: 0 },
    ]);
    expect(order.pricing).toMatchObject({ tax: 674, total: 11494 });

    const stored = (await call(svc, token, 'GET', `/api/v1/orders/${order.id}`)).json();
    expect(stored.taxExemption).toEqual(order.taxExemption);
    expect(stored.taxes).toEqual(order.taxes);
  });

  it("refuses another buyer's, an expired or an unknown certificate before holding anything", async () => {
    const { tenant, admin, event } = await losAngelesTenant();
    const { userId: otherUser } = await tenant.customer();
    const { userId, token } = await tenant.customer();
    const othersCertificate = await certificateFor(admin, otherUser, ['US-CA']);
    const expiredCertificate = await certificateFor(admin, userId, ['US-CA'], '2021-12-31');

    // Another buyer's certificate is answered exactly like one that does not exist.
    const others = expectProblem(await checkout(token, event, { exemptionId: othersCertificate }), 422, 'TAX_EXEMPTION_INVALID');
    const unknown = expectProblem(await checkout(token, event, { exemptionId: '00000000-0000-4000-8000-000000000000' }), 422, 'TAX_EXEMPTION_INVALID');
    expect([others.reason, unknown.reason]).toEqual(['UNKNOWN_CERTIFICATE', 'UNKNOWN_CERTIFICATE']);
    const expired = expectProblem(await checkout(token, event, { exemptionId: expiredCertificate }), 422, 'TAX_EXEMPTION_INVALID');
    expect(expired.reason).toBe('EXPIRED');
    expect((await call(svc, token, 'GET', '/api/v1/orders')).json().data).toEqual([]);
    const types = await svc.infra.peers.tickets.listTicketTypes(event.id, { tenantId: tenant.id });
    expect(types[0]?.available).toBe(event.ticketTypes[0]!.capacity);
  });

  it('never changes a stored order when rates or jurisdictions change later', async () => {
    const { tenant, admin, event } = await losAngelesTenant();
    const { token } = await tenant.customer();
    const order = (await checkout(token, event)).json();

    const today = daysFromToday(0);
    const raised = await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions/US-CA/rates', { category: 'tickets', rate: '9', effectiveFrom: today });
    expect(raised.statusCode, raised.body).toBe(201);
    expect((await call(svc, admin, 'DELETE', '/api/v1/tax/jurisdictions/US-CA-LOS_ANGELES-CITY')).statusCode).toBe(204);
    // The new rate is in force for new calculations...
    const now = (
      await call(svc, admin, 'POST', '/api/v1/tax/calculate', { eventId: event.id, currency: 'USD', lines: [{ id: 't', category: 'tickets', amount: 10000 }] })
    ).json();
    expect(now.taxes).toEqual([
      { jurisdiction: 'US-CA', tax: 900 },
      { jurisdiction: 'US-CA-LOS_ANGELES', tax: 25 },
    ]);
    // ...and the order keeps what it was charged.
    const stored = (await call(svc, token, 'GET', `/api/v1/orders/${order.id}`)).json();
    expect(stored.taxes).toEqual(losAngelesTaxes);
    expect(stored.pricing).toEqual(order.pricing);
    expect(stored.items).toEqual(order.items);
  });

  it('refuses checkout with 422 TAX_LOCATION_UNKNOWN when nothing matches and the tenant rejects unknown locations', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    await call(svc, admin, 'PUT', '/api/v1/tax/settings', { fallback: { mode: 'reject' }, priceMode: 'exclusive' });
    const event = await tenant.createEvent();
    const { token } = await tenant.customer();
    expectProblem(await checkout(token, event), 422, 'TAX_LOCATION_UNKNOWN');
    expect((await call(svc, token, 'GET', '/api/v1/orders')).json().data).toEqual([]);
  });

  it('taxes an unmatched venue at the fallback rate as DEFAULT', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    await createLosAngelesStack(svc, admin);
    const event = await tenant.createEvent({ venue: { name: 'Olympiastadion', country: 'DE', city: 'Berlin', postalCode: '14053' } });
    const { token } = await tenant.customer();
    const order = (await checkout(token, event)).json();
    expect(order.taxes.map((tax: { jurisdiction: string; rate: string }) => [tax.jurisdiction, tax.rate])).toEqual([
      ['DEFAULT', '8'],
      ['DEFAULT', '8'],
      ['DEFAULT', '8'],
    ]);
    expect(order.pricing.tax).toBe(866);
  });
});
