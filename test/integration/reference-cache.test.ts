/**
 * The tenant settings and tax jurisdictions that checkout reads, kept per instance (REFERENCE_CACHE_SECONDS):
 * a change through the admin routes is seen by the next checkout at once on the instance that made it, and on
 * another instance as soon as the note of the change reaches it. The instances here keep what they read for
 * 60 s, longer than any wait of these tests: only the notes can make a change seen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxEvent } from '../../src/peers/contract.js';
import { eventually, startTestService, useTestService, type TestService, type TestTenant } from '../support/harness.js';
import { cartOf } from '../support/orders.js';
import { serviceTargets } from '../support/services.js';
import { call, daysFromToday, SINCE_2020 } from '../support/tax.js';

const env = { REFERENCE_CACHE_SECONDS: '60' };
const svc = useTestService({ env });

interface PricedOrder {
  pricing: { priceMode: string; tax: number };
  taxes: { jurisdiction: string; category: string; rate: string }[];
}

/** A checkout of two tickets by a new customer (so that no user's rate limit is reached). */
async function checkout(on: TestService, tenant: TestTenant, event: SandboxEvent): Promise<PricedOrder> {
  const { token } = await tenant.customer();
  const response = await call(on, token, 'POST', '/api/v1/orders', cartOf(event, 2));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<PricedOrder>();
}

const ticketRates = (order: PricedOrder) => order.taxes.filter((tax) => tax.category === 'tickets').map((tax) => [tax.jurisdiction, tax.rate]);

async function put(on: TestService, admin: string, url: string, body: unknown): Promise<void> {
  const response = await call(on, admin, 'PUT', url, body);
  expect(response.statusCode, response.body).toBe(200);
}

async function post(on: TestService, admin: string, url: string, body: unknown): Promise<void> {
  const response = await call(on, admin, 'POST', url, body);
  expect([200, 201], response.body).toContain(response.statusCode);
}

const california = {
  code: 'US-CA',
  name: 'California',
  level: 'region',
  match: { country: 'US', region: 'CA' },
  rates: [{ category: 'tickets', rate: '6', effectiveFrom: SINCE_2020 }],
};

const bigEvent = { ticketTypes: [{ name: 'General', price: 5000, capacity: 1000 }] };

describe('reference data on the instance that changes it', () => {
  it('prices the next checkout with tax settings changed through the admin route', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const event = await tenant.createEvent(bigEvent);
    const before = await checkout(svc, tenant, event);
    expect(before.pricing.priceMode).toBe('exclusive');
    expect(ticketRates(before)).toEqual([['DEFAULT', '8']]);

    await put(svc, admin, '/api/v1/tax/settings', { fallback: { mode: 'rate', rate: '5' }, priceMode: 'inclusive' });

    const after = await checkout(svc, tenant, event);
    expect(after.pricing.priceMode).toBe('inclusive');
    expect(ticketRates(after)).toEqual([['DEFAULT', '5']]);
  });

  it('prices the next checkout with a jurisdiction, then a rate, added through the admin routes', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const event = await tenant.createEvent(bigEvent);
    expect(ticketRates(await checkout(svc, tenant, event))).toEqual([['DEFAULT', '8']]);

    await post(svc, admin, '/api/v1/tax/jurisdictions', california);
    expect(ticketRates(await checkout(svc, tenant, event))).toEqual([['US-CA', '6']]);

    await post(svc, admin, '/api/v1/tax/jurisdictions/US-CA/rates', { category: 'tickets', rate: '7.25', effectiveFrom: daysFromToday(0) });
    expect(ticketRates(await checkout(svc, tenant, event))).toEqual([['US-CA', '7.25']]);
  });

  it("keeps each tenant's settings and jurisdictions to that tenant", async () => {
    const inclusive = svc.tenant();
    const plain = svc.tenant();
    await put(svc, await inclusive.admin(), '/api/v1/tax/settings', { fallback: { mode: 'rate' }, priceMode: 'inclusive' });
    await post(svc, await inclusive.admin(), '/api/v1/tax/jurisdictions', california);
    const events = { inclusive: await inclusive.createEvent(bigEvent), plain: await plain.createEvent(bigEvent) };

    for (let round = 0; round < 2; round++) {
      const a = await checkout(svc, inclusive, events.inclusive);
      const b = await checkout(svc, plain, events.plain);
      expect([a.pricing.priceMode, ticketRates(a)]).toEqual(['inclusive', [['US-CA', '6']]]);
      expect([b.pricing.priceMode, ticketRates(b)]).toEqual(['exclusive', [['DEFAULT', '8']]]);
    }
  });

  it('keeps what it read when the settings change around the service, until a change through it', async () => {
    const tenant = svc.tenant();
    const event = await tenant.createEvent(bigEvent);
    expect((await checkout(svc, tenant, event)).pricing.priceMode).toBe('exclusive');
    // Written straight into the database, as an operator's SQL would: no instance is told.
    await svc.infra.db.tenant(tenant.id, (tx) =>
      tx.query(
        `INSERT INTO tenant_settings (tenant_id, settings, updated_at) VALUES ($1, '{"tax": {"priceMode": "inclusive", "fallback": {"mode": "rate", "rate": "8"}}}', now())
         ON CONFLICT (tenant_id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = EXCLUDED.updated_at`,
        [tenant.id],
      ),
    );

    expect((await checkout(svc, tenant, event)).pricing.priceMode).toBe('exclusive');

    // Any change of the tenant's settings through the service drops what the instance kept of them.
    await put(svc, await tenant.admin(), '/api/v1/disputes/settings', { voidTicketsOnLoss: true });
    expect((await checkout(svc, tenant, event)).pricing.priceMode).toBe('inclusive');
  });
});

// Another instance hears of a change through Redis: only with Redis and the database both instances share.
const targets = await serviceTargets();

describe.runIf(targets.databaseUrl && targets.redisUrl)('reference data on another instance', () => {
  let first: TestService;
  let second: TestService;

  beforeAll(async () => {
    first = await startTestService({ env });
    second = await startTestService({ env, sharePeersWith: first });
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it('prices with tax settings and jurisdictions changed on the first instance once the note reaches the second', async () => {
    const tenant = first.tenant();
    const admin = await tenant.admin();
    const event = await tenant.createEvent(bigEvent);
    const before = await checkout(second, tenant, event);
    expect([before.pricing.priceMode, ticketRates(before)]).toEqual(['exclusive', [['DEFAULT', '8']]]);

    await put(first, admin, '/api/v1/tax/settings', { fallback: { mode: 'rate' }, priceMode: 'inclusive' });
    await eventually(async () => ((await checkout(second, tenant, event)).pricing.priceMode === 'inclusive' ? true : undefined));

    await post(first, admin, '/api/v1/tax/jurisdictions', california);
    await eventually(async () => (ticketRates(await checkout(second, tenant, event))[0]?.[0] === 'US-CA' ? true : undefined));

    await post(first, admin, '/api/v1/tax/jurisdictions/US-CA/rates', { category: 'tickets', rate: '7.25', effectiveFrom: daysFromToday(0) });
    await eventually(async () => (ticketRates(await checkout(second, tenant, event))[0]?.[1] === '7.25' ? true : undefined));
  });
});
