import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatRate, parseRate, RATE_SCALE } from '../../src/core/money.js';
import { defaultFeeSettings, priceOrder, type PriceMode, type TaxCategory, type TaxLine } from '../../src/core/pricing.js';
import {
  applyExemption,
  calculateTax,
  exemptionProblem,
  fallbackJurisdiction,
  jurisdictionTaxCalculator,
  lineTotals,
  matchesLocation,
  netTaxReport,
  rateInForce,
  ratesInForce,
  resolveJurisdictions,
  type DatedRate,
  type Jurisdiction,
  type JurisdictionRates,
} from '../../src/core/tax.js';

/** A jurisdiction taxing every category at one rate, for the arithmetic tests. */
function taxing(code: string, rate: string): JurisdictionRates {
  const parsed = parseRate(rate);
  return { code, rates: { tickets: parsed, platform_fee: parsed, processing_fee: parsed } };
}

const ticketLine = (amount: number, id = 'line'): TaxLine => ({ id, category: 'tickets', amount });

// The Los Angeles stack of the issue: state 6 %, county 0.25 %, city 2.25 % (8.5 % combined).
const losAngelesStack = [taxing('US-CA', '6'), taxing('US-CA-LOS_ANGELES', '0.25'), taxing('US-CA-LOS_ANGELES-CITY', '2.25')];

describe('calculateTax: known results', () => {
  const cases: {
    name: string;
    amount: number;
    priceMode: PriceMode;
    jurisdictions: JurisdictionRates[];
    exempt?: string[];
    taxes: number[];
    taxable: number;
  }[] = [
    { name: '7.25 % of 12.34 → 0.89 (89.465 rounds down)', amount: 1234, priceMode: 'exclusive', jurisdictions: [taxing('US-CA', '7.25')], taxes: [89], taxable: 1234 },
    { name: '8.875 % of 12.34 → 1.10 (109.5175 rounds up)', amount: 1234, priceMode: 'exclusive', jurisdictions: [taxing('US-NY', '8.875')], taxes: [110], taxable: 1234 },
    { name: 'half a unit rounds away from zero: 5 % of 0.10 → 0.01', amount: 10, priceMode: 'exclusive', jurisdictions: [taxing('X', '5')], taxes: [1], taxable: 10 },
    { name: 'a zero amount is taxed zero', amount: 0, priceMode: 'exclusive', jurisdictions: [taxing('X', '8')], taxes: [0], taxable: 0 },
    { name: '8 % inside 10.80 → 0.80, net 10.00', amount: 1080, priceMode: 'inclusive', jurisdictions: [taxing('DEFAULT', '8')], taxes: [80], taxable: 1000 },
    {
      name: 'LA stack on 100.00: 6.00 + 0.25 + 2.25',
      amount: 10000,
      priceMode: 'exclusive',
      jurisdictions: losAngelesStack,
      taxes: [600, 25, 225],
      taxable: 10000,
    },
    {
      // Each jurisdiction rounds on its own: 60.6 → 61, 2.525 → 3, 22.725 → 23 = 87, where 8.5 % of the whole is 85.85 → 86.
      name: 'LA stack on 10.10: each jurisdiction rounded separately',
      amount: 1010,
      priceMode: 'exclusive',
      jurisdictions: losAngelesStack,
      taxes: [61, 3, 23],
      taxable: 1010,
    },
    {
      // Exact net 10.00; taxes of the exact net 60, 2.5 → 3, 22.5 → 23; the net is what remains: 1085 − 86 = 999.
      name: 'LA stack inside 10.85: taxes of the exact net, the remainder goes to the net',
      amount: 1085,
      priceMode: 'inclusive',
      jurisdictions: losAngelesStack,
      taxes: [60, 3, 23],
      taxable: 999,
    },
    {
      name: 'an exempt county pays nothing, the others are unchanged (exclusive)',
      amount: 10000,
      priceMode: 'exclusive',
      jurisdictions: losAngelesStack,
      exempt: ['US-CA-LOS_ANGELES'],
      taxes: [600, 0, 225],
      taxable: 10000,
    },
    {
      // Net = 1085 / 1.0825 = 1002.31; state 60.14 → 60, city 22.55 → 23; the price stays 10.85.
      name: 'an exempt county leaves more of an inclusive price as net',
      amount: 1085,
      priceMode: 'inclusive',
      jurisdictions: losAngelesStack,
      exempt: ['US-CA-LOS_ANGELES'],
      taxes: [60, 0, 23],
      taxable: 1002,
    },
  ];

  it.each(cases)('$name', ({ amount, priceMode, jurisdictions, exempt, taxes, taxable }) => {
    const results = calculateTax({ lines: [ticketLine(amount)], priceMode, jurisdictions, exemptJurisdictions: new Set(exempt ?? []) });
    expect(results.map((result) => result.tax)).toEqual(taxes);
    expect(results.map((result) => result.jurisdiction)).toEqual(jurisdictions.map((jurisdiction) => jurisdiction.code));
    results.forEach((result) => expect(result.taxable).toBe(taxable));
  });

  it('shows an exempt jurisdiction with rate 0 and marks it exempt', () => {
    const [state, county] = calculateTax({
      lines: [ticketLine(10000)],
      priceMode: 'exclusive',
      jurisdictions: losAngelesStack,
      exemptJurisdictions: new Set(['US-CA-LOS_ANGELES']),
    });
    expect(state).toMatchObject({ jurisdiction: 'US-CA', rate: '6', tax: 600, exempt: false });
    expect(county).toMatchObject({ jurisdiction: 'US-CA-LOS_ANGELES', rate: '0', tax: 0, exempt: true });
  });

  it('leaves out a jurisdiction that has no rate for the category (it taxes it at 0)', () => {
    const ticketsOnly: JurisdictionRates = { code: 'CITY', rates: { tickets: parseRate('2') } };
    const results = calculateTax({
      lines: [ticketLine(1000, 'tickets'), { id: 'fee', category: 'platform_fee', amount: 500 }],
      priceMode: 'exclusive',
      jurisdictions: [taxing('STATE', '5'), ticketsOnly],
    });
    expect(results.map(({ lineId, jurisdiction, tax }) => [lineId, jurisdiction, tax])).toEqual([
      ['tickets', 'STATE', 50],
      ['tickets', 'CITY', 20],
      ['fee', 'STATE', 25],
    ]);
  });

  it('totals a line: exclusive adds the tax, inclusive contains it', () => {
    const line = ticketLine(1085);
    const exclusive = calculateTax({ lines: [line], priceMode: 'exclusive', jurisdictions: losAngelesStack });
    const inclusive = calculateTax({ lines: [line], priceMode: 'inclusive', jurisdictions: losAngelesStack });
    expect(lineTotals(line, exclusive, 'exclusive')).toEqual({ net: 1085, tax: 92, gross: 1177 }); // 65.1 → 65, 2.7125 → 3, 24.4125 → 24
    expect(lineTotals(line, inclusive, 'inclusive')).toEqual({ net: 999, tax: 86, gross: 1085 });
  });

  it('taxes the fallback DEFAULT on every category at the tenant rate', () => {
    const results = calculateTax({
      lines: [ticketLine(10000, 'tickets'), { id: 'fee', category: 'processing_fee', amount: 320 }],
      priceMode: 'exclusive',
      jurisdictions: [fallbackJurisdiction('8')],
    });
    expect(results).toEqual([
      { lineId: 'tickets', jurisdiction: 'DEFAULT', category: 'tickets', rate: '8', taxable: 10000, tax: 800, exempt: false },
      { lineId: 'fee', jurisdiction: 'DEFAULT', category: 'processing_fee', rate: '8', taxable: 320, tax: 26, exempt: false },
    ]);
  });

  it('prices a checkout through the engine so that items add up to the order', () => {
    const pricing = priceOrder({
      items: [
        { ticketTypeId: 'adult', quantity: 2, unitPrice: 5000 },
        { ticketTypeId: 'child', quantity: 1, unitPrice: 2525 },
      ],
      fees: defaultFeeSettings,
      priceMode: 'exclusive',
      tax: jurisdictionTaxCalculator(losAngelesStack),
    });
    expect(pricing.taxes.map((summary) => summary.jurisdiction)).toEqual(
      expect.arrayContaining(['US-CA', 'US-CA-LOS_ANGELES', 'US-CA-LOS_ANGELES-CITY']),
    );
    expect(pricing.items.reduce((total, item) => total + item.tax, 0)).toBe(pricing.totals.tax);
    expect(pricing.taxes.reduce((total, summary) => total + summary.tax, 0)).toBe(pricing.totals.tax);
  });
});

describe('matching a location to jurisdictions', () => {
  const us: Jurisdiction = { code: 'US', level: 'country', parentCode: null, match: { country: 'US' }, rates: [] };
  const california: Jurisdiction = { code: 'US-CA', level: 'region', parentCode: 'US', match: { country: 'US', region: 'CA' }, rates: [] };
  const laCounty: Jurisdiction = {
    code: 'US-CA-LOS_ANGELES',
    level: 'county',
    parentCode: 'US-CA',
    match: { country: 'US', region: 'CA', postalCodes: ['900', '902'] },
    rates: [],
  };
  const laCity: Jurisdiction = {
    code: 'US-CA-LOS_ANGELES-CITY',
    level: 'city',
    parentCode: 'US-CA-LOS_ANGELES',
    match: { country: 'US', city: 'Los Angeles' },
    rates: [],
  };
  const all = [laCity, us, laCounty, california];

  it.each([
    { rule: { country: 'US' }, location: { country: 'us' }, matches: true },
    { rule: { country: 'US', region: 'CA' }, location: { country: 'US', region: 'ca' }, matches: true },
    { rule: { country: 'US', region: 'CA' }, location: { country: 'US' }, matches: false },
    { rule: { country: 'US', region: 'CA' }, location: { country: 'US', region: 'NY' }, matches: false },
    { rule: { country: 'US', city: 'Los Angeles' }, location: { country: 'US', city: ' los  angeles ' }, matches: true },
    { rule: { country: 'US', postalCodes: ['900'] }, location: { country: 'US', postalCode: '90012-3301' }, matches: true },
    { rule: { country: 'US', postalCodes: ['900'] }, location: { country: 'US', postalCode: '91012' }, matches: false },
    { rule: { country: 'US', postalCodes: ['900'] }, location: { country: 'US' }, matches: false },
    { rule: { country: 'GB', postalCodes: ['SW1A'] }, location: { country: 'GB', postalCode: 'sw1a 1aa' }, matches: true },
    { rule: { country: 'CA' }, location: { country: 'US', region: 'CA' }, matches: false },
  ])('$rule vs $location → $matches', ({ rule, location, matches }) => {
    expect(matchesLocation(rule, location)).toBe(matches);
  });

  it('resolves every matching level, broadest first', () => {
    const venue = { country: 'US', region: 'CA', city: 'Los Angeles', postalCode: '90012' };
    expect(resolveJurisdictions(all, venue).map((jurisdiction) => jurisdiction.code)).toEqual([
      'US',
      'US-CA',
      'US-CA-LOS_ANGELES',
      'US-CA-LOS_ANGELES-CITY',
    ]);
  });

  it('does not apply a child whose ancestor does not match', () => {
    // A "Los Angeles" outside the county's postal codes: the city rule matches, its county does not.
    const venue = { country: 'US', region: 'CA', city: 'Los Angeles', postalCode: '93001' };
    expect(resolveJurisdictions(all, venue).map((jurisdiction) => jurisdiction.code)).toEqual(['US', 'US-CA']);
  });

  it('does not apply a child whose parent is not among the candidates', () => {
    expect(resolveJurisdictions([laCity], { country: 'US', city: 'Los Angeles' })).toEqual([]);
  });

  it('resolves nothing for another country', () => {
    expect(resolveJurisdictions(all, { country: 'CA', region: 'ON' })).toEqual([]);
  });
});

describe('dated rates', () => {
  const rates: DatedRate[] = [
    { category: 'tickets', rate: '6', effectiveFrom: '2024-01-01', effectiveTo: null },
    { category: 'tickets', rate: '6.5', effectiveFrom: '2030-07-01', effectiveTo: null },
    { category: 'platform_fee', rate: '2', effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31' },
    { category: 'processing_fee', rate: '1', effectiveFrom: '2020-01-01', effectiveTo: null },
    { category: 'processing_fee', rate: '1.5', effectiveFrom: '2024-01-01', effectiveTo: '2024-06-30' },
  ];

  it.each([
    { category: 'tickets', date: '2023-12-31', rate: null },
    { category: 'tickets', date: '2024-01-01', rate: '6' },
    { category: 'tickets', date: '2030-06-30', rate: '6' },
    { category: 'tickets', date: '2030-07-01', rate: '6.5' },
    { category: 'platform_fee', date: '2024-12-31', rate: '2' },
    { category: 'platform_fee', date: '2025-01-01', rate: null },
    { category: 'processing_fee', date: '2024-06-30', rate: '1.5' },
    // The ended rate superseded the older one: it does not come back.
    { category: 'processing_fee', date: '2024-07-01', rate: null },
  ] as { category: TaxCategory; date: string; rate: string | null }[])('$category on $date → $rate', ({ category, date, rate }) => {
    expect(rateInForce(rates, category, date)?.rate ?? null).toBe(rate);
  });

  it('reduces a jurisdiction to its rates in force on a day', () => {
    const jurisdiction: Jurisdiction = { code: 'US-CA', level: 'region', parentCode: null, match: { country: 'US' }, rates };
    const inForce = ratesInForce(jurisdiction, '2024-03-01');
    expect(Object.fromEntries(Object.entries(inForce.rates).map(([category, rate]) => [category, formatRate(rate)]))).toEqual({
      tickets: '6',
      platform_fee: '2',
      processing_fee: '1.5',
    });
  });
});

describe('exemption certificates', () => {
  const certificate = {
    id: 'c1',
    number: 'EX-1',
    userId: 'buyer',
    jurisdictions: ['US-CA', 'DEFAULT'],
    validFrom: '2025-01-01',
    validTo: '2025-12-31',
  };

  it.each([
    { date: '2024-12-31', holder: 'buyer', problem: 'NOT_YET_VALID' },
    { date: '2025-01-01', holder: 'buyer', problem: null },
    { date: '2025-12-31', holder: 'buyer', problem: null },
    { date: '2026-01-01', holder: 'buyer', problem: 'EXPIRED' },
    { date: '2025-06-01', holder: 'someone-else', problem: 'NOT_THE_HOLDER' },
  ])('on $date for $holder → $problem', ({ date, holder, problem }) => {
    expect(exemptionProblem(certificate, { date, holderUserId: holder })).toBe(problem);
  });

  it('exempts only the taxing jurisdictions the certificate names', () => {
    expect(applyExemption(certificate, losAngelesStack).exemptedJurisdictions).toEqual(['US-CA']);
    expect(applyExemption(certificate, [fallbackJurisdiction('8')]).exemptedJurisdictions).toEqual(['DEFAULT']);
  });
});

describe('netTaxReport', () => {
  it('subtracts refunded tax row by row and keeps rows that only have refunds', () => {
    const rows = netTaxReport(
      [
        { currency: 'USD', jurisdiction: 'US-CA', category: 'tickets', orders: 2, taxable: 20000, tax: 1200 },
        { currency: 'USD', jurisdiction: 'DEFAULT', category: 'platform_fee', orders: 1, taxable: 500, tax: 40 },
      ],
      [
        { currency: 'USD', jurisdiction: 'US-CA', category: 'tickets', orders: 1, taxable: 10000, tax: 600 },
        { currency: 'EUR', jurisdiction: 'DE', category: 'tickets', orders: 1, taxable: 1000, tax: 190 },
      ],
    );
    expect(rows).toEqual([
      { currency: 'EUR', jurisdiction: 'DE', category: 'tickets', orders: 0, taxable: 0, taxCollected: 0, taxRefunded: 190, netTax: -190 },
      { currency: 'USD', jurisdiction: 'DEFAULT', category: 'platform_fee', orders: 1, taxable: 500, taxCollected: 40, taxRefunded: 0, netTax: 40 },
      { currency: 'USD', jurisdiction: 'US-CA', category: 'tickets', orders: 2, taxable: 20000, taxCollected: 1200, taxRefunded: 600, netTax: 600 },
    ]);
  });
});

// ---------------------------------------------------------------- properties

/** Up to 30 % per jurisdiction, with up to six decimals: realistic stacks, exact strings. */
const rateArbitrary = fc.integer({ min: 0, max: 30 * Number(RATE_SCALE) }).map((units) => formatRate({ units: BigInt(units), scale: RATE_SCALE }));
const stackArbitrary = fc
  .array(rateArbitrary, { minLength: 1, maxLength: 4 })
  .map((rates) => rates.map((rate, index) => taxing(`J${index}`, rate)));
const amountArbitrary = fc.integer({ min: 0, max: 100_000_000 });

describe('calculateTax: properties', () => {
  it('taxes the parts of an amount like the whole, within half a unit per line per jurisdiction', () => {
    fc.assert(
      fc.property(stackArbitrary, fc.array(amountArbitrary, { minLength: 1, maxLength: 6 }), (jurisdictions, parts) => {
        const whole = parts.reduce((total, part) => total + part, 0);
        const partLines = parts.map((amount, index) => ticketLine(amount, `part${index}`));
        const partResults = calculateTax({ lines: partLines, priceMode: 'exclusive', jurisdictions });
        const wholeResults = calculateTax({ lines: [ticketLine(whole)], priceMode: 'exclusive', jurisdictions });
        for (const jurisdiction of jurisdictions) {
          const partsTax = partResults.filter((result) => result.jurisdiction === jurisdiction.code).reduce((total, result) => total + result.tax, 0);
          const wholeTax = wholeResults.find((result) => result.jurisdiction === jurisdiction.code)?.tax ?? 0;
          // Each of the parts.length + 1 roundings is off by at most half a unit.
          expect(2 * Math.abs(partsTax - wholeTax)).toBeLessThanOrEqual(parts.length + 1);
        }
      }),
    );
  });

  it('splits an inclusive amount exactly: net + taxes = gross, each tax within half a unit of its exact share', () => {
    fc.assert(
      fc.property(stackArbitrary, amountArbitrary, (jurisdictions, gross) => {
        const results = calculateTax({ lines: [ticketLine(gross)], priceMode: 'inclusive', jurisdictions });
        const taxes = results.reduce((total, result) => total + result.tax, 0);
        const net = results[0]?.taxable ?? gross;
        expect(net + taxes).toBe(gross);
        expect(net).toBeGreaterThanOrEqual(0);
        const combinedUnits = jurisdictions.reduce((total, jurisdiction) => total + (jurisdiction.rates.tickets?.units ?? 0n), 0n);
        const denominator = 100n * RATE_SCALE + combinedUnits;
        results.forEach((result, index) => {
          const rateUnits = jurisdictions[index]?.rates.tickets?.units ?? 0n;
          // |tax − gross × r / (100 % + Σr)| ≤ ½, in integers.
          const error = 2n * (BigInt(result.tax) * denominator - BigInt(gross) * rateUnits);
          expect(error <= denominator && -error <= denominator).toBe(true);
        });
      }),
    );
  });

  it('round-trips exclusive → inclusive: exactly with one jurisdiction, within one unit per jurisdiction with several', () => {
    fc.assert(
      fc.property(stackArbitrary, amountArbitrary, (jurisdictions, net) => {
        const exclusive = calculateTax({ lines: [ticketLine(net)], priceMode: 'exclusive', jurisdictions });
        const gross = net + exclusive.reduce((total, result) => total + result.tax, 0);
        const inclusive = calculateTax({ lines: [ticketLine(gross)], priceMode: 'inclusive', jurisdictions });
        const recoveredNet = inclusive[0]?.taxable ?? gross;
        if (jurisdictions.length === 1) {
          expect(recoveredNet).toBe(net);
          expect(inclusive[0]?.tax).toBe(exclusive[0]?.tax);
        } else {
          expect(Math.abs(recoveredNet - net)).toBeLessThanOrEqual(jurisdictions.length);
        }
      }),
    );
  });

  it('zeroes exactly the exempt jurisdictions and leaves the exclusive tax of the others unchanged', () => {
    fc.assert(
      fc.property(stackArbitrary, amountArbitrary, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (jurisdictions, amount, exemptFlags) => {
        const exempt = new Set(jurisdictions.filter((_, index) => exemptFlags[index]).map((jurisdiction) => jurisdiction.code));
        const plain = calculateTax({ lines: [ticketLine(amount)], priceMode: 'exclusive', jurisdictions });
        const exempted = calculateTax({ lines: [ticketLine(amount)], priceMode: 'exclusive', jurisdictions, exemptJurisdictions: exempt });
        exempted.forEach((result, index) => {
          expect(result.tax).toBe(exempt.has(result.jurisdiction) ? 0 : plain[index]?.tax);
          expect(result.exempt).toBe(exempt.has(result.jurisdiction));
        });
      }),
    );
  });

  it('is deterministic: the same input always gives the same output', () => {
    fc.assert(
      fc.property(stackArbitrary, fc.array(amountArbitrary, { minLength: 1, maxLength: 5 }), fc.constantFrom<PriceMode>('exclusive', 'inclusive'), (jurisdictions, amounts, priceMode) => {
        const lines = amounts.map((amount, index) => ticketLine(amount, `l${index}`));
        expect(calculateTax({ lines, priceMode, jurisdictions })).toEqual(calculateTax({ lines, priceMode, jurisdictions }));
      }),
    );
  });
});

describe('refundedTaxByJurisdiction', () => {
  it('shares each category’s returned tax among the jurisdictions as they collected it, adding up exactly', async () => {
    const { refundedTaxByJurisdiction } = await import('../../src/core/tax.js');
    const taxes = [
      { jurisdiction: 'US-CA', category: 'tickets' as const, tax: 600 },
      { jurisdiction: 'US-CA-LOS_ANGELES', category: 'tickets' as const, tax: 25 },
      { jurisdiction: 'US-CA-LOS_ANGELES-CITY', category: 'tickets' as const, tax: 225 },
      { jurisdiction: 'US-CA', category: 'platform_fee' as const, tax: 30 },
    ];
    const movements = refundedTaxByJurisdiction('USD', taxes, { tickets: 425, platform_fee: 0, processing_fee: 0 });
    expect(movements.map((m) => [m.jurisdiction, m.category, m.tax])).toEqual([
      ['US-CA', 'tickets', 300],
      ['US-CA-LOS_ANGELES', 'tickets', 13],
      ['US-CA-LOS_ANGELES-CITY', 'tickets', 112],
    ]);
    expect(movements.reduce((total, m) => total + m.tax, 0)).toBe(425);
  });
});
