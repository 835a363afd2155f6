import { describe, expect, it } from 'vitest';
import { useTestService } from '../support/harness.js';
import { call, createLosAngelesStack, daysFromToday, expectProblem, losAngelesVenue, SINCE_2020 } from '../support/tax.js';

const svc = useTestService();

const orderLines = [
  { id: 'tickets', category: 'tickets', amount: 10000, quantity: 2 },
  { id: 'platform', category: 'platform_fee', amount: 500 },
  { id: 'processing', category: 'processing_fee', amount: 320 },
];

async function calculate(token: string, body: Record<string, unknown>) {
  return call(svc, token, 'POST', '/api/v1/tax/calculate', { currency: 'USD', lines: orderLines, ...body });
}

describe('POST /api/v1/tax/calculate', () => {
  it('taxes a location at every matching level, per line and jurisdiction (exclusive)', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    await createLosAngelesStack(svc, admin);

    const response = await calculate(await tenant.support(), { location: losAngelesVenue, priceMode: 'exclusive' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.jurisdictions).toEqual([
      { code: 'US-CA', name: 'California', level: 'region' },
      { code: 'US-CA-LOS_ANGELES', name: 'Los Angeles County', level: 'county' },
      { code: 'US-CA-LOS_ANGELES-CITY', name: 'City of Los Angeles', level: 'city' },
    ]);
    expect(body.lines).toEqual([
      {
        id: 'tickets',
        category: 'tickets',
        quantity: 2,
        amount: 10000,
        net: 10000,
        tax: 850,
        gross: 10850,
        taxes: [
          { jurisdiction: 'US-CA', rate: '6', taxable: 10000, tax: 600, exempt: false },
          { jurisdiction: 'US-CA-LOS_ANGELES', rate: '0.25', taxable: 10000, tax: 25, exempt: false },
          { jurisdiction: 'US-CA-LOS_ANGELES-CITY', rate: '2.25', taxable: 10000, tax: 225, exempt: false },
        ],
      },
      // County and city tax tickets only: the fees carry the state's tax alone.
      { id: 'platform', category: 'platform_fee', quantity: 1, amount: 500, net: 500, tax: 30, gross: 530, taxes: [{ jurisdiction: 'US-CA', rate: '6', taxable: 500, tax: 30, exempt: false }] },
      // 6 % of 3.20 = 0.192 → 0.19
      { id: 'processing', category: 'processing_fee', quantity: 1, amount: 320, net: 320, tax: 19, gross: 339, taxes: [{ jurisdiction: 'US-CA', rate: '6', taxable: 320, tax: 19, exempt: false }] },
    ]);
    expect(body.taxes).toEqual([
      { jurisdiction: 'US-CA', tax: 649 },
      { jurisdiction: 'US-CA-LOS_ANGELES', tax: 25 },
      { jurisdiction: 'US-CA-LOS_ANGELES-CITY', tax: 225 },
    ]);
    expect(body.totals).toEqual({ net: 10820, tax: 899, gross: 11719 });
    expect(body).toMatchObject({ currency: 'USD', priceMode: 'exclusive', date: daysFromToday(0), eventId: null, exemption: null });
  });

  it('extracts tax from inclusive prices so that net + tax = gross on every line', async () => {
    const admin = await svc.tenant().admin();
    await createLosAngelesStack(svc, admin);
    const response = await call(svc, admin, 'POST', '/api/v1/tax/calculate', {
      location: losAngelesVenue,
      currency: 'USD',
      priceMode: 'inclusive',
      lines: [{ id: 'a', category: 'tickets', amount: 1085 }],
    });
    const [line] = response.json().lines;
    // Exact net 10.00; taxes of it 0.60, 0.025 → 0.03, 0.225 → 0.23; the net is what remains: 9.99.
    expect(line).toMatchObject({ amount: 1085, net: 999, tax: 86, gross: 1085 });
    expect(line.taxes.map((tax: { tax: number; taxable: number }) => [tax.tax, tax.taxable])).toEqual([
      [60, 999],
      [3, 999],
      [23, 999],
    ]);
  });

  it("uses the tenant's price mode when the request names none", async () => {
    const admin = await svc.tenant().admin();
    await call(svc, admin, 'PUT', '/api/v1/tax/settings', { fallback: { mode: 'rate' }, priceMode: 'inclusive' });
    const body = (await calculate(admin, { location: { country: 'DE' }, lines: [{ id: 'a', category: 'tickets', amount: 1080 }] })).json();
    expect(body.priceMode).toBe('inclusive');
    expect(body.totals).toEqual({ net: 1000, tax: 80, gross: 1080 });
  });

  it('answers the same output for the same input', async () => {
    const admin = await svc.tenant().admin();
    await createLosAngelesStack(svc, admin);
    const first = await calculate(admin, { location: losAngelesVenue, priceMode: 'inclusive' });
    const second = await calculate(admin, { location: losAngelesVenue, priceMode: 'inclusive' });
    expect(second.body).toBe(first.body);
  });

  it("calculates for an event's venue", async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    await createLosAngelesStack(svc, admin);
    const event = await tenant.createEvent();
    const response = await calculate(admin, { eventId: event.id });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      eventId: event.id,
      location: losAngelesVenue,
      jurisdictions: [{ code: 'US-CA' }, { code: 'US-CA-LOS_ANGELES' }, { code: 'US-CA-LOS_ANGELES-CITY' }],
      totals: { tax: 899 },
    });

    const otherTenantsEvent = await svc.tenant().createEvent();
    expectProblem(await calculate(admin, { eventId: otherTenantsEvent.id }), 404, 'NOT_FOUND');
    const problem = expectProblem(await calculate(admin, { eventId: event.id, currency: 'EUR' }), 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([{ field: 'body.currency', message: expect.stringContaining('USD') }]);
  });

  it('applies the rates in force on the day: a future rate only from its date on', async () => {
    const admin = await svc.tenant().admin();
    await createLosAngelesStack(svc, admin);
    const nextMonth = daysFromToday(30);
    const added = await call(svc, admin, 'POST', '/api/v1/tax/jurisdictions/US-CA/rates', { category: 'tickets', rate: '7.25', effectiveFrom: nextMonth });
    expect(added.statusCode).toBe(201);
    const stateTicketTax = (body: { lines: { id: string; taxes: { jurisdiction: string; rate: string; tax: number }[] }[] }) =>
      body.lines.find((line) => line.id === 'tickets')?.taxes.find((tax) => tax.jurisdiction === 'US-CA');

    expect(stateTicketTax((await calculate(admin, { location: losAngelesVenue })).json())).toMatchObject({ rate: '6', tax: 600 });
    expect(stateTicketTax((await calculate(admin, { location: losAngelesVenue, date: daysFromToday(29) })).json())).toMatchObject({ rate: '6' });
    const future = (await calculate(admin, { location: losAngelesVenue, date: nextMonth })).json();
    expect(future.date).toBe(nextMonth);
    expect(stateTicketTax(future)).toMatchObject({ rate: '7.25', tax: 725 });
    // Before any rate started the jurisdictions still match, and tax nothing.
    const before = (await calculate(admin, { location: losAngelesVenue, date: '2019-12-31' })).json();
    expect(before.jurisdictions).toHaveLength(3);
    expect(before.totals.tax).toBe(0);
  });

  it('falls back to DEFAULT at the tenant rate where no jurisdiction matches, or refuses when set to reject', async () => {
    const tenant = svc.tenant();
    const admin = await tenant.admin();
    await createLosAngelesStack(svc, admin);
    const berlin = { country: 'DE', city: 'Berlin', postalCode: '10115' };

    const byDefault = (await calculate(admin, { location: berlin })).json();
    expect(byDefault.jurisdictions).toEqual([{ code: 'DEFAULT', name: expect.any(String), level: null }]);
    expect(byDefault.lines.map((line: { taxes: unknown[] }) => line.taxes)).toEqual([
      [{ jurisdiction: 'DEFAULT', rate: '8', taxable: 10000, tax: 800, exempt: false }],
      [{ jurisdiction: 'DEFAULT', rate: '8', taxable: 500, tax: 40, exempt: false }],
      [{ jurisdiction: 'DEFAULT', rate: '8', taxable: 320, tax: 26, exempt: false }],
    ]);

    await call(svc, admin, 'PUT', '/api/v1/tax/settings', { fallback: { mode: 'rate', rate: '5.5' }, priceMode: 'exclusive' });
    expect((await calculate(admin, { location: berlin })).json().totals.tax).toBe(550 + 28 + 18);

    await call(svc, admin, 'PUT', '/api/v1/tax/settings', { fallback: { mode: 'reject' }, priceMode: 'exclusive' });
    expectProblem(await calculate(admin, { location: berlin }), 422, 'TAX_LOCATION_UNKNOWN');
    // A location that matches is still taxed.
    expect((await calculate(admin, { location: losAngelesVenue })).statusCode).toBe(200);
  });

  it('zeroes the tax of the jurisdictions an exemption certificate names', async () => {
    const admin = await svc.tenant().admin();
    await createLosAngelesStack(svc, admin);
    const certificate = (
      await call(svc, admin, 'POST', '/api/v1/tax/exemptions', {
        userId: 'buyer-1',
        number: 'LA-CITY-42',
        jurisdictions: ['US-CA-LOS_ANGELES-CITY', 'DEFAULT'],
        validFrom: SINCE_2020,
        validTo: daysFromToday(30),
      })
    ).json();

    const response = await calculate(admin, { location: losAngelesVenue, exemptionId: certificate.id });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.exemption).toEqual({
      id: certificate.id,
      number: 'LA-CITY-42',
      jurisdictions: ['US-CA-LOS_ANGELES-CITY', 'DEFAULT'],
      validFrom: SINCE_2020,
      validTo: daysFromToday(30),
      exemptedJurisdictions: ['US-CA-LOS_ANGELES-CITY'],
    });
    expect(body.lines[0].taxes[2]).toEqual({ jurisdiction: 'US-CA-LOS_ANGELES-CITY', rate: '0', taxable: 10000, tax: 0, exempt: true });
    expect(body.taxes).toEqual([
      { jurisdiction: 'US-CA', tax: 649 },
      { jurisdiction: 'US-CA-LOS_ANGELES', tax: 25 },
      { jurisdiction: 'US-CA-LOS_ANGELES-CITY', tax: 0 },
    ]);

    // The certificate is no longer valid after its last day.
    const late = expectProblem(await calculate(admin, { location: losAngelesVenue, exemptionId: certificate.id, date: daysFromToday(31) }), 422, 'TAX_EXEMPTION_INVALID');
    expect(late.reason).toBe('EXPIRED');
    expectProblem(await calculate(admin, { location: losAngelesVenue, exemptionId: '00000000-0000-4000-8000-000000000000' }), 422, 'TAX_EXEMPTION_INVALID');
  });

  it.each([
    { name: 'both a location and an eventId', body: { location: { country: 'US' }, eventId: '00000000-0000-4000-8000-000000000000' }, field: 'body' },
    { name: 'neither a location nor an eventId', body: {}, field: 'body' },
    { name: 'two lines with one id', body: { location: { country: 'US' }, lines: [orderLines[0], orderLines[0]] }, field: 'body.lines.1.id' },
    { name: 'a negative amount', body: { location: { country: 'US' }, lines: [{ id: 'a', category: 'tickets', amount: -1 }] }, field: 'body.lines.0.amount' },
    { name: 'a fractional amount', body: { location: { country: 'US' }, lines: [{ id: 'a', category: 'tickets', amount: 1.5 }] }, field: 'body.lines.0.amount' },
    { name: 'no lines', body: { location: { country: 'US' }, lines: [] }, field: 'body.lines' },
    { name: 'an unsupported currency', body: { location: { country: 'US' }, currency: 'JPY' }, field: 'body.currency' },
    { name: 'a malformed date', body: { location: { country: 'US' }, date: '2025-13-01' }, field: 'body.date' },
    { name: 'a country that is not a code', body: { location: { country: 'United States' } }, field: 'body.location.country' },
  ])('refuses $name with 400', async ({ body, field }) => {
    const admin = await svc.tenant().admin();
    const problem = expectProblem(await calculate(admin, body), 400, 'VALIDATION_FAILED');
    expect((problem.errors as { field: string }[]).map((error) => error.field)).toContain(field);
  });
});
