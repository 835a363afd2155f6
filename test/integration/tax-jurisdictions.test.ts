import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { call, createLosAngelesStack, daysFromToday, expectProblem, losAngelesStack, SINCE_2020 } from '../support/tax.js';

const svc = useTestService();

const california = losAngelesStack[0];
const laCounty = losAngelesStack[1];

describe('tax jurisdictions: admin CRUD', () => {
  it('creates, reads, lists, updates and deletes jurisdictions', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();

    const created = await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', { ...california, rates: [{ category: 'tickets', rate: '7.250', effectiveFrom: SINCE_2020 }] });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      code: 'US-CA',
      name: 'California',
      level: 'region',
      parentCode: null,
      match: { country: 'US', region: 'CA', postalCodes: [] },
      // Stored in canonical form: "7.250" and "7.25" are one rate.
      rates: [{ category: 'tickets', rate: '7.25', effectiveFrom: SINCE_2020, effectiveTo: null }],
    });
    const county = await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', laCounty);
    expect(county.statusCode, county.body).toBe(201);

    const one = await call(svc, admin, 'GET', '/api/v1/tax/jurisdictions/US-CA-LOS_ANGELES');
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ code: 'US-CA-LOS_ANGELES', parentCode: 'US-CA', match: { postalCodes: ['900', '901'] } });

    const list = await call(svc, admin, 'GET', '/api/v1/tax/jurisdictions');
    expect(list.json().data.map((jurisdiction: { code: string }) => jurisdiction.code)).toEqual(['US-CA', 'US-CA-LOS_ANGELES']);
    const counties = await call(svc, admin, 'GET', '/api/v1/tax/jurisdictions?level=county');
    expect(counties.json().data.map((jurisdiction: { code: string }) => jurisdiction.code)).toEqual(['US-CA-LOS_ANGELES']);

    const renamed = await call(svc, admin, 'PUT', '/api/v1/tax/jurisdictions/US-CA', {
      name: 'State of California',
      level: 'region',
      match: { country: 'US', region: 'CA' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'State of California', rates: [{ rate: '7.25' }] });

    expectProblem(await call(svc, admin, 'DELETE', '/api/v1/tax/jurisdictions/US-CA'), 409, 'TAX_JURISDICTION_HAS_CHILDREN');
    expect((await call(svc, admin, 'DELETE', '/api/v1/tax/jurisdictions/US-CA-LOS_ANGELES')).statusCode).toBe(204);
    expect((await call(svc, admin, 'DELETE', '/api/v1/tax/jurisdictions/US-CA')).statusCode).toBe(204);
    expectProblem(await call(svc, admin, 'GET', '/api/v1/tax/jurisdictions/US-CA'), 404, 'NOT_FOUND');
    expectProblem(await call(svc, admin, 'DELETE', '/api/v1/tax/jurisdictions/US-CA'), 404, 'NOT_FOUND');
  });

  it('pages through the list with a cursor', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    await createLosAngelesStack(svc, admin);
    const first = (await call(svc, admin, 'GET', '/api/v1/tax/jurisdictions?limit=2')).json();
    expect(first.data).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await call(svc, admin, 'GET', `/api/v1/tax/jurisdictions?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.data.map((jurisdiction: { code: string }) => jurisdiction.code)).toEqual(['US-CA-LOS_ANGELES-CITY']);
    expect(second.nextCursor).toBeNull();
    expectProblem(await call(svc, admin, 'GET', '/api/v1/tax/jurisdictions?cursor=bm90LWEtY3Vyc29y'), 400, 'VALIDATION_FAILED');
  });

  it('refuses a code that exists', async () => {
    const admin = await svc.tenant().admin();
    expect((await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', california)).statusCode).toBe(201);
    expectProblem(await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', california), 409, 'TAX_JURISDICTION_EXISTS');
  });

  it("keeps tenants apart: another tenant's jurisdiction is not found", async () => {
    const owner = await svc.tenant().admin();
    const stranger = await svc.tenant().admin();
    await call(svc, owner, 'POST', '/api/v1/tax/jurisdictions', california);
    expectProblem(await call(svc, stranger, 'GET', '/api/v1/tax/jurisdictions/US-CA'), 404, 'NOT_FOUND');
    expect((await call(svc, stranger, 'GET', '/api/v1/tax/jurisdictions')).json().data).toEqual([]);
  });
});

describe('tax jurisdictions: validation', () => {
  const invalidBodies: { name: string; body: Record<string, unknown>; field: string }[] = [
    { name: 'a rate with seven decimals', body: { ...california, rates: [{ category: 'tickets', rate: '8.1234567', effectiveFrom: SINCE_2020 }] }, field: 'body.rates.0.rate' },
    { name: 'a rate above 100 %', body: { ...california, rates: [{ category: 'tickets', rate: '100.5', effectiveFrom: SINCE_2020 }] }, field: 'body.rates.0.rate' },
    { name: 'a rate with a sign', body: { ...california, rates: [{ category: 'tickets', rate: '+8', effectiveFrom: SINCE_2020 }] }, field: 'body.rates.0.rate' },
    { name: 'a rate with a leading zero', body: { ...california, rates: [{ category: 'tickets', rate: '08', effectiveFrom: SINCE_2020 }] }, field: 'body.rates.0.rate' },
    { name: 'an unknown category', body: { ...california, rates: [{ category: 'parking', rate: '8', effectiveFrom: SINCE_2020 }] }, field: 'body.rates.0.category' },
    { name: 'a day that does not exist', body: { ...california, rates: [{ category: 'tickets', rate: '8', effectiveFrom: '2025-02-30' }] }, field: 'body.rates.0.effectiveFrom' },
    {
      name: 'a rate that ends before it starts',
      body: { ...california, rates: [{ category: 'tickets', rate: '8', effectiveFrom: '2025-02-01', effectiveTo: '2025-01-31' }] },
      field: 'body.rates.0.effectiveTo',
    },
    {
      name: 'two rates of one category from one day',
      body: {
        ...california,
        rates: [
          { category: 'tickets', rate: '8', effectiveFrom: SINCE_2020 },
          { category: 'tickets', rate: '9', effectiveFrom: SINCE_2020 },
        ],
      },
      field: 'body.rates.1',
    },
    { name: 'an unknown level', body: { ...california, level: 'district' }, field: 'body.level' },
    { name: 'a lower-case code', body: { ...california, code: 'us-ca' }, field: 'body.code' },
    { name: 'the reserved code DEFAULT', body: { ...california, code: 'DEFAULT' }, field: 'body.code' },
    { name: 'a match without a country', body: { ...california, match: { region: 'CA' } }, field: 'body.match.country' },
    { name: 'an unknown field', body: { ...california, colour: 'blue' }, field: 'body.colour' },
    { name: 'a parent that does not exist', body: { ...laCounty, parentCode: 'US-NV' }, field: 'body.parentCode' },
  ];

  it.each(invalidBodies)('refuses $name with 400 VALIDATION_FAILED naming $field', async ({ body, field }) => {
    const admin = await svc.tenant().admin();
    const problem = expectProblem(await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', body), 400, 'VALIDATION_FAILED');
    expect((problem.errors as { field: string }[]).map((error) => error.field)).toContain(field);
  });

  it('refuses a child at a level not finer than its parent, on create and on update', async () => {
    const admin = await svc.tenant().admin();
    await createLosAngelesStack(svc, admin);
    const sibling = { ...laCounty, code: 'US-CA-OTHER', level: 'region' };
    const problem = expectProblem(await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', sibling), 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([{ field: 'body.level', message: expect.stringContaining('finer than region') }]);
    // The county has a city below it: it cannot become a city itself.
    const demoted = { name: 'LA', level: 'city', parentCode: 'US-CA', match: laCounty.match };
    expectProblem(await call(svc, admin, 'PUT', '/api/v1/tax/jurisdictions/US-CA-LOS_ANGELES', demoted), 400, 'VALIDATION_FAILED');
  });

  it('refuses rates in a PUT: rates change only by adding dated rates', async () => {
    const admin = await svc.tenant().admin();
    await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', california);
    const { code: _code, ...withoutCode } = california;
    expectProblem(await call(svc, admin, 'PUT', '/api/v1/tax/jurisdictions/US-CA', withoutCode), 400, 'VALIDATION_FAILED');
    expectProblem(await call(svc, admin, 'PUT', '/api/v1/tax/jurisdictions/US-NV', { name: 'Nevada', level: 'region', match: { country: 'US' } }), 404, 'NOT_FOUND');
  });
});

describe('tax jurisdictions: dated rates', () => {
  it('adds rates from a day on and keeps the history', async () => {
    const admin = await svc.tenant().admin();
    await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', california);
    const nextMonth = daysFromToday(30);
    const single = await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions/US-CA/rates', { category: 'tickets', rate: '7.25', effectiveFrom: nextMonth });
    expect(single.statusCode, single.body).toBe(201);
    const several = await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions/US-CA/rates', {
      rates: [
        { category: 'platform_fee', rate: '0', effectiveFrom: nextMonth },
        { category: 'processing_fee', rate: '6.5', effectiveFrom: nextMonth, effectiveTo: daysFromToday(60) },
      ],
    });
    expect(several.statusCode, several.body).toBe(201);
    const tickets = several.json().rates.filter((rate: { category: string }) => rate.category === 'tickets');
    expect(tickets.map((rate: { rate: string; effectiveFrom: string }) => [rate.rate, rate.effectiveFrom])).toEqual([
      ['6', SINCE_2020],
      ['7.25', nextMonth],
    ]);
    expect(several.json().rates).toHaveLength(6);
  });

  it('refuses a second rate of a category from the same day, adding none of the batch', async () => {
    const admin = await svc.tenant().admin();
    await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', california);
    const clash = await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions/US-CA/rates', {
      rates: [
        { category: 'platform_fee', rate: '1', effectiveFrom: daysFromToday(10) },
        { category: 'tickets', rate: '7', effectiveFrom: SINCE_2020 },
      ],
    });
    expectProblem(clash, 409, 'TAX_RATE_EXISTS');
    expect((await call(svc, admin, 'GET', '/api/v1/tax/jurisdictions/US-CA')).json().rates).toHaveLength(3);
  });

  it('answers 404 for rates of an unknown jurisdiction', async () => {
    const admin = await svc.tenant().admin();
    expectProblem(
      await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions/US-NV/rates', { category: 'tickets', rate: '7', effectiveFrom: SINCE_2020 }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('tax: who may do what', () => {
  it('lets support read but not write; customers neither', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const support = await tenant.support();
    const { token: customer } = await tenant.customer();
    await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', california);

    expect((await call(svc, support, 'GET', '/api/v1/tax/jurisdictions')).statusCode).toBe(200);
    expect((await call(svc, support, 'GET', '/api/v1/tax/jurisdictions/US-CA')).statusCode).toBe(200);
    expect((await call(svc, support, 'GET', '/api/v1/tax/settings')).statusCode).toBe(200);

    const writes: [string, string, unknown][] = [
      ['POST', '/api/v1/tax/jurisdictions', { ...california, code: 'US-NY' }],
      ['PUT', '/api/v1/tax/jurisdictions/US-CA', { name: 'x', level: 'region', match: { country: 'US' } }],
      ['DELETE', '/api/v1/tax/jurisdictions/US-CA', undefined],
      ['POST', '/api/v1/tax/jurisdictions/US-CA/rates', { category: 'tickets', rate: '1', effectiveFrom: daysFromToday(5) }],
      ['PUT', '/api/v1/tax/settings', { fallback: { mode: 'reject' }, priceMode: 'exclusive' }],
      ['POST', '/api/v1/tax/exemptions', { userId: 'u', number: 'n', jurisdictions: ['US-CA'], validFrom: SINCE_2020, validTo: '2030-01-01' }],
      ['GET', '/api/v1/tax/exemptions', undefined],
    ];
    for (const [method, url, body] of writes) {
      expectProblem(await call(svc, support, method as 'POST', url, body), 403, 'FORBIDDEN');
      expectProblem(await call(svc, customer, method as 'POST', url, body), 403, 'FORBIDDEN');
    }
    expectProblem(await call(svc, customer, 'GET', '/api/v1/tax/jurisdictions'), 403, 'FORBIDDEN');
    expectProblem(await call(svc, customer, 'POST', '/api/v1/tax/calculate', { location: { country: 'US' }, currency: 'USD', lines: [{ id: 'a', category: 'tickets', amount: 1 }] }), 403, 'FORBIDDEN');
    expect((await svc.request({ method: 'GET', url: '/api/v1/tax/jurisdictions' })).statusCode).toBe(401);
    // Nothing the refused writes tried happened.
    expect((await call(svc, admin, 'GET', '/api/v1/tax/jurisdictions/US-CA')).json()).toMatchObject({ name: 'California', rates: [{}, {}, {}] });
  });
});

describe('tax settings', () => {
  it('defaults to an 8 % fallback with exclusive prices, and admins change it', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    const support = await tenant.support();
    expect((await call(svc, support, 'GET', '/api/v1/tax/settings')).json()).toEqual({ fallback: { mode: 'rate', rate: '8' }, priceMode: 'exclusive' });

    const set = await call(svc, admin, 'PUT', '/api/v1/tax/settings', { fallback: { mode: 'rate', rate: '7.50' }, priceMode: 'inclusive' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ fallback: { mode: 'rate', rate: '7.5' }, priceMode: 'inclusive' });
    expect((await call(svc, support, 'GET', '/api/v1/tax/settings')).json()).toEqual(set.json());

    const reject = await call(svc, admin, 'PUT', '/api/v1/tax/settings', { fallback: { mode: 'reject' }, priceMode: 'exclusive' });
    expect(reject.json()).toEqual({ fallback: { mode: 'reject' }, priceMode: 'exclusive' });
  });

  it.each([
    { name: 'a rate with mode reject', body: { fallback: { mode: 'reject', rate: '8' }, priceMode: 'exclusive' }, field: 'body.fallback.rate' },
    { name: 'an unknown mode', body: { fallback: { mode: 'zero' }, priceMode: 'exclusive' }, field: 'body.fallback.mode' },
    { name: 'a missing price mode', body: { fallback: { mode: 'rate' } }, field: 'body.priceMode' },
    { name: 'a rate of -1', body: { fallback: { mode: 'rate', rate: '-1' }, priceMode: 'exclusive' }, field: 'body.fallback.rate' },
  ])('refuses $name', async ({ body, field }) => {
    const admin = await svc.tenant().admin();
    const problem = expectProblem(await call(svc, admin, 'PUT', '/api/v1/tax/settings', body), 400, 'VALIDATION_FAILED');
    expect((problem.errors as { field: string }[]).map((error) => error.field)).toContain(field);
  });
});

describe('tax exemption certificates', () => {
  it('registers, lists and reads certificates', async () => {
    const admin = await svc.tenant().admin();
    await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', california);
    const created = await call(svc, admin, 'POST', '/api/v1/tax/exemptions', {
      userId: 'buyer-1',
      number: 'CA-EX-0001',
      jurisdictions: ['US-CA', 'DEFAULT'],
      validFrom: SINCE_2020,
      validTo: daysFromToday(365),
    });
    expect(created.statusCode, created.body).toBe(201);
    const certificate = created.json();
    expect(certificate).toMatchObject({ id: expect.any(String), userId: 'buyer-1', number: 'CA-EX-0001', jurisdictions: ['US-CA', 'DEFAULT'] });
    await call(svc, admin, 'POST', '/api/v1/tax/exemptions', { userId: 'buyer-2', number: 'X', jurisdictions: ['US-CA'], validFrom: SINCE_2020, validTo: SINCE_2020 });

    expect((await call(svc, admin, 'GET', `/api/v1/tax/exemptions/${certificate.id}`)).json()).toEqual(certificate);
    expect((await call(svc, admin, 'GET', '/api/v1/tax/exemptions')).json().data).toHaveLength(2);
    const ofBuyer = (await call(svc, admin, 'GET', '/api/v1/tax/exemptions?userId=buyer-1')).json();
    expect(ofBuyer).toEqual({ data: [certificate], nextCursor: null });
    const firstPage = (await call(svc, admin, 'GET', '/api/v1/tax/exemptions?limit=1')).json();
    const secondPage = (await call(svc, admin, 'GET', `/api/v1/tax/exemptions?limit=1&cursor=${firstPage.nextCursor}`)).json();
    expect([...firstPage.data, ...secondPage.data].map((entry: { number: string }) => entry.number).sort()).toEqual(['CA-EX-0001', 'X']);
    expectProblem(await call(svc, admin, 'GET', '/api/v1/tax/exemptions/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
  });

  it.each([
    { name: 'an unknown jurisdiction', patch: { jurisdictions: ['US-NV'] }, field: 'body.jurisdictions.0' },
    { name: 'an end before the start', patch: { validFrom: '2025-02-01', validTo: '2025-01-31' }, field: 'body.validTo' },
    { name: 'no jurisdictions', patch: { jurisdictions: [] }, field: 'body.jurisdictions' },
    { name: 'a missing number', patch: { number: undefined }, field: 'body.number' },
  ])('refuses a certificate with $name', async ({ patch, field }) => {
    const admin = await svc.tenant().admin();
    await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions', california);
    const body = { userId: 'buyer', number: 'N-1', jurisdictions: ['US-CA'], validFrom: SINCE_2020, validTo: '2030-12-31', ...patch };
    const problem = expectProblem(await call(svc, admin, 'POST', '/api/v1/tax/exemptions', body), 400, 'VALIDATION_FAILED');
    expect((problem.errors as { field: string }[]).map((error) => error.field)).toContain(field);
  });
});
