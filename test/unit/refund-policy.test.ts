import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_POLICY,
  isPastCutoff,
  mostSpecificPolicy,
  ruleInForce,
  scopeKey,
  validatePolicy,
  type PolicyInput,
  type ScopedPolicy,
} from '../../src/core/refund-policy.js';
import { itemTaxComponents } from '../../src/core/refund-ledger.js';

const HOUR = 3_600_000;
const rules = [
  { minHoursBeforeEvent: 48, refundPercent: '50.0' },
  { minHoursBeforeEvent: 168, refundPercent: '100' },
];

describe('validatePolicy', () => {
  it('fills the defaults, sorts the windows largest first and writes percents canonically', () => {
    const result = validatePolicy({ name: ' Standard ', rules });
    expect(result).toEqual({
      ok: true,
      policy: {
        name: 'Standard',
        scope: 'tenant',
        eventId: null,
        ticketTypeId: null,
        terms: {
          rules: [
            { minHoursBeforeEvent: 168, refundPercent: '100' },
            { minHoursBeforeEvent: 48, refundPercent: '50' },
          ],
          cutoffHours: 24,
          refundPlatformFee: false,
          refundProcessingFee: false,
          allowPartial: true,
          autoApproveBelow: 50000,
          allowChanges: true,
          changeCutoffHours: null,
        },
      },
    });
  });

  it.each<{ name: string; input: Partial<PolicyInput>; field: string }>([
    { name: 'an event policy without eventId', input: { scope: 'event' }, field: 'body.eventId' },
    { name: 'a ticketType policy without ticketTypeId', input: { scope: 'ticketType' }, field: 'body.ticketTypeId' },
    { name: 'a tenant policy naming an event', input: { scope: 'tenant', eventId: '7f0c0d1e-1111-4111-8111-111111111111' }, field: 'body.scope' },
    { name: 'a percent above 100', input: { rules: [{ minHoursBeforeEvent: 0, refundPercent: '100.5' }] }, field: 'body.rules[0].refundPercent' },
    { name: 'a percent that is not a decimal string', input: { rules: [{ minHoursBeforeEvent: 0, refundPercent: '50%' }] }, field: 'body.rules[0].refundPercent' },
    {
      name: 'two windows starting at the same hour',
      input: { rules: [{ minHoursBeforeEvent: 24, refundPercent: '10' }, { minHoursBeforeEvent: 24, refundPercent: '20' }] },
      field: 'body.rules[1].minHoursBeforeEvent',
    },
    { name: 'no rules', input: { rules: [] }, field: 'body.rules' },
    { name: 'a blank name', input: { name: '   ' }, field: 'body.name' },
  ])('refuses $name', ({ input, field }) => {
    const result = validatePolicy({ name: 'Policy', rules, ...input });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.field)).toContain(field);
  });
});

describe('windows and cutoff', () => {
  const terms = BUILT_IN_POLICY.terms;
  it.each([
    { hours: 500, percent: '100' },
    { hours: 168, percent: '100' },
    { hours: 100, percent: '50' },
    { hours: 48, percent: '50' },
    { hours: 30, percent: '0' },
  ])('$hours h before → $percent %', ({ hours, percent }) => {
    expect(ruleInForce(terms, hours * HOUR)?.refundPercent).toBe(percent);
  });

  it('no rule reached means no window', () => {
    expect(ruleInForce({ ...terms, rules: [{ minHoursBeforeEvent: 72, refundPercent: '80' }] }, 71 * HOUR)).toBeNull();
  });

  it('the cutoff is exclusive of its own hour', () => {
    expect(isPastCutoff(terms, 24 * HOUR)).toBe(false);
    expect(isPastCutoff(terms, 24 * HOUR - 1)).toBe(true);
  });
});

describe('mostSpecificPolicy', () => {
  const tenant: ScopedPolicy & { name: string } = { name: 'tenant', scope: 'tenant', eventId: null, ticketTypeId: null };
  const event: ScopedPolicy & { name: string } = { name: 'event', scope: 'event', eventId: 'e1', ticketTypeId: null };
  const otherEvent: ScopedPolicy & { name: string } = { name: 'other event', scope: 'event', eventId: 'e2', ticketTypeId: null };
  const vip: ScopedPolicy & { name: string } = { name: 'vip', scope: 'ticketType', eventId: null, ticketTypeId: 't-vip' };
  const general: ScopedPolicy & { name: string } = { name: 'general', scope: 'ticketType', eventId: 'e1', ticketTypeId: 't-gen' };
  const all = [tenant, event, otherEvent, vip, general];

  it.each([
    { name: 'ticket type beats event and tenant', types: ['t-vip'], expected: 'vip' },
    { name: 'an order of one ticket type twice', types: ['t-vip', 't-vip'], expected: 'vip' },
    { name: 'mixed ticket types with different policies fall back to the event', types: ['t-vip', 't-gen'], expected: 'event' },
    { name: 'a ticket type without its own policy takes the event’s', types: ['t-other'], expected: 'event' },
    { name: 'no ticket type asked: the event', types: [], expected: 'event' },
  ])('$name', ({ types, expected }) => {
    expect(mostSpecificPolicy(all, 'e1', types)?.name).toBe(expected);
  });

  it('a ticketType policy bound to another event does not apply', () => {
    expect(mostSpecificPolicy(all, 'e3', ['t-gen'])?.name).toBe('tenant');
  });

  it('no policy at all: null (the built-in default applies)', () => {
    expect(mostSpecificPolicy([], 'e1', ['t-vip'])).toBeNull();
  });

  it('scope keys identify what may have only one active policy', () => {
    expect([tenant, event, vip].map(scopeKey)).toEqual(['tenant', 'event:e1', 'ticketType:t-vip']);
  });
});

describe('itemTaxComponents', () => {
  it('splits each item’s tax like checkout built it: its tickets line plus its shares of the fee taxes', () => {
    const items = [
      { subtotal: 10000, platformFee: 500, processingFee: 314, tax: 865 },
      { subtotal: 2500, platformFee: 125, processingFee: 79, tax: 216 },
    ];
    const lines = [
      { lineId: 'item:0', tax: 800 },
      { lineId: 'item:1', tax: 200 },
      { lineId: 'platform_fee', tax: 50 },
      { lineId: 'processing_fee', tax: 31 },
    ];
    expect(itemTaxComponents(items, lines)).toEqual([
      { ticketsTax: 800, platformFeeTax: 40, processingFeeTax: 25 },
      { ticketsTax: 200, platformFeeTax: 10, processingFeeTax: 6 },
    ]);
  });

  it('falls back to a split in proportion to the amounts when the stored lines do not reconcile', () => {
    const parts = itemTaxComponents([{ subtotal: 10000, platformFee: 500, processingFee: 320, tax: 866 }], []);
    expect(parts).toEqual([{ ticketsTax: 800, platformFeeTax: 40, processingFeeTax: 26 }]);
  });
});
