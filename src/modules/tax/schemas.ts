/** Request and response schemas of the tax area (SPEC §7, §12): validation, TypeScript types and OpenAPI in one. */
import { Type, type Static } from '@sinclair/typebox';
import { JURISDICTION_LEVELS, TAX_CATEGORIES, type AppliedTaxExemption } from '../../core/tax.js';
import { PaginationQuery, UuidParam } from '../../http/common-schemas.js';
import { csvDocument } from '../../http/representation.js';
import { Currency } from '../../peers/contract.js';
import type { TaxCalculation, TaxReport, TaxSettings } from './service.js';
import type { StoredExemption, StoredJurisdiction } from './repository.js';

const Minor = Type.Integer({ description: 'Amount in minor units of the currency' });
const Timestamp = Type.String({ format: 'date-time' });
const CalendarDateSchema = Type.String({ format: 'date', description: 'A calendar day, YYYY-MM-DD (UTC)' });

/** 0 to 100 with at most six decimals and no leading zeros: the same rule as parseRate in src/core/money.ts. */
export const RateString = Type.String({
  pattern: '^(100(\\.0{1,6})?|[1-9]?[0-9](\\.[0-9]{1,6})?)$',
  description: 'A decimal percent from 0 to 100 with up to six decimals, e.g. "8.875"',
  examples: ['8.875'],
});

export const JurisdictionCode = Type.String({
  pattern: '^[A-Z0-9]+([_-][A-Z0-9]+)*$',
  maxLength: 64,
  description: 'Upper-case letters and digits joined by "-" or "_", e.g. US-CA-LOS_ANGELES; DEFAULT is reserved',
});

const ExemptionJurisdictionCode = Type.String({
  pattern: '^[A-Z0-9]+([_-][A-Z0-9]+)*$',
  maxLength: 64,
  description: 'A jurisdiction code, or DEFAULT for the tenant fallback rate',
});

export const TaxCategorySchema = Type.Union(TAX_CATEGORIES.map((category) => Type.Literal(category)));
const LevelSchema = Type.Union(JURISDICTION_LEVELS.map((level) => Type.Literal(level)));
const PriceModeSchema = Type.Union([Type.Literal('exclusive'), Type.Literal('inclusive')]);
const CountryCode = Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 country code' });
const Region = Type.String({ minLength: 1, maxLength: 64 });
const City = Type.String({ minLength: 1, maxLength: 128 });
const PostalCode = Type.String({ minLength: 1, maxLength: 16 });

// ---------------------------------------------------------------- jurisdictions

export const MatchRuleSchema = Type.Object(
  {
    country: CountryCode,
    region: Type.Optional(Region),
    city: Type.Optional(City),
    postalCodes: Type.Optional(
      Type.Array(PostalCode, { maxItems: 1000, uniqueItems: true, description: 'Postal-code prefixes; one must match' }),
    ),
  },
  { additionalProperties: false },
);

export const RateInput = Type.Object(
  {
    category: TaxCategorySchema,
    rate: RateString,
    effectiveFrom: CalendarDateSchema,
    effectiveTo: Type.Optional(Type.Union([CalendarDateSchema, Type.Null()], { description: 'Last day in force (inclusive)' })),
  },
  { additionalProperties: false },
);
export type RateInput = Static<typeof RateInput>;

export const CreateJurisdictionBody = Type.Object(
  {
    code: JurisdictionCode,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    level: LevelSchema,
    parentCode: Type.Optional(Type.Union([JurisdictionCode, Type.Null()])),
    match: MatchRuleSchema,
    rates: Type.Array(RateInput, { maxItems: 100, default: [] }),
  },
  { additionalProperties: false },
);
export type CreateJurisdictionBody = Static<typeof CreateJurisdictionBody>;

/** PUT replaces the description of a jurisdiction; its rates change only by adding dated rates. */
export const UpdateJurisdictionBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    level: LevelSchema,
    parentCode: Type.Optional(Type.Union([JurisdictionCode, Type.Null()])),
    match: MatchRuleSchema,
  },
  { additionalProperties: false },
);
export type UpdateJurisdictionBody = Static<typeof UpdateJurisdictionBody>;

export const AddRatesBody = Type.Union(
  [RateInput, Type.Object({ rates: Type.Array(RateInput, { minItems: 1, maxItems: 30 }) }, { additionalProperties: false })],
  { description: 'One dated rate, or several added together' },
);
export type AddRatesBody = Static<typeof AddRatesBody>;

export const JurisdictionParams = Type.Object({ code: JurisdictionCode }, { additionalProperties: false });

export const ListJurisdictionsQuery = Type.Object(
  {
    ...PaginationQuery,
    country: Type.Optional(CountryCode),
    level: Type.Optional(LevelSchema),
    parentCode: Type.Optional(JurisdictionCode),
  },
  { additionalProperties: false },
);
export type ListJurisdictionsQuery = Static<typeof ListJurisdictionsQuery>;

const StoredRateResponse = Type.Object({
  id: Type.String(),
  category: TaxCategorySchema,
  rate: Type.String(),
  effectiveFrom: CalendarDateSchema,
  effectiveTo: Type.Union([CalendarDateSchema, Type.Null()]),
  createdAt: Timestamp,
});

export const JurisdictionResponse = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: LevelSchema,
  parentCode: Type.Union([Type.String(), Type.Null()]),
  match: Type.Object({
    country: Type.String(),
    region: Type.Optional(Type.String()),
    city: Type.Optional(Type.String()),
    postalCodes: Type.Array(Type.String()),
  }),
  rates: Type.Array(StoredRateResponse, { description: 'Every rate ever added, by category and effective date' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type JurisdictionResponse = Static<typeof JurisdictionResponse>;

export const JurisdictionListResponse = Type.Object({
  data: Type.Array(JurisdictionResponse),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export function toJurisdictionResponse(jurisdiction: StoredJurisdiction): JurisdictionResponse {
  const { match } = jurisdiction;
  return {
    code: jurisdiction.code,
    name: jurisdiction.name,
    level: jurisdiction.level,
    parentCode: jurisdiction.parentCode,
    match: {
      country: match.country,
      ...(match.region !== undefined ? { region: match.region } : {}),
      ...(match.city !== undefined ? { city: match.city } : {}),
      postalCodes: [...(match.postalCodes ?? [])],
    },
    rates: jurisdiction.rates.map((rate) => ({
      id: rate.id,
      category: rate.category,
      rate: rate.rate,
      effectiveFrom: rate.effectiveFrom,
      effectiveTo: rate.effectiveTo,
      createdAt: rate.createdAt.toISOString(),
    })),
    createdAt: jurisdiction.createdAt.toISOString(),
    updatedAt: jurisdiction.updatedAt.toISOString(),
  };
}

// ---------------------------------------------------------------- settings

export const TaxSettingsSchema = Type.Object(
  {
    fallback: Type.Object(
      {
        mode: Type.Union([Type.Literal('rate'), Type.Literal('reject')], {
          description: 'rate: tax unmatched locations at the fallback rate (jurisdiction DEFAULT); reject: answer 422',
        }),
        rate: Type.Optional(RateString),
      },
      { additionalProperties: false },
    ),
    priceMode: PriceModeSchema,
  },
  { additionalProperties: false },
);
export type TaxSettingsBody = Static<typeof TaxSettingsSchema>;

export function toTaxSettingsResponse(settings: TaxSettings): TaxSettingsBody {
  const { fallback } = settings;
  return {
    fallback: fallback.mode === 'rate' ? { mode: 'rate', rate: fallback.rate } : { mode: 'reject' },
    priceMode: settings.priceMode,
  };
}

// ---------------------------------------------------------------- exemptions

export const CreateExemptionBody = Type.Object(
  {
    userId: Type.String({ minLength: 1, maxLength: 255, description: 'The buyer holding the certificate' }),
    number: Type.String({ minLength: 1, maxLength: 100, description: 'The certificate number' }),
    jurisdictions: Type.Array(ExemptionJurisdictionCode, { minItems: 1, maxItems: 50, uniqueItems: true }),
    validFrom: CalendarDateSchema,
    validTo: Type.String({ format: 'date', description: 'Last day the certificate holds (inclusive)' }),
  },
  { additionalProperties: false },
);
export type CreateExemptionBody = Static<typeof CreateExemptionBody>;

export const ListExemptionsQuery = Type.Object(
  { ...PaginationQuery, userId: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })) },
  { additionalProperties: false },
);
export type ListExemptionsQuery = Static<typeof ListExemptionsQuery>;

export const ExemptionParams = Type.Object({ id: UuidParam }, { additionalProperties: false });

export const ExemptionResponse = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  number: Type.String(),
  jurisdictions: Type.Array(Type.String()),
  validFrom: CalendarDateSchema,
  validTo: CalendarDateSchema,
  createdAt: Timestamp,
  createdBy: Type.String(),
});
export type ExemptionResponse = Static<typeof ExemptionResponse>;

export const ExemptionListResponse = Type.Object({
  data: Type.Array(ExemptionResponse),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export function toExemptionResponse(exemption: StoredExemption): ExemptionResponse {
  return {
    id: exemption.id,
    userId: exemption.userId,
    number: exemption.number,
    jurisdictions: [...exemption.jurisdictions],
    validFrom: exemption.validFrom,
    validTo: exemption.validTo,
    createdAt: exemption.createdAt.toISOString(),
    createdBy: exemption.createdBy,
  };
}

/** The certificate as applied to an order or a calculation (shown on the order as `taxExemption`). */
export const AppliedTaxExemptionSchema = Type.Object({
  id: Type.String(),
  number: Type.String(),
  jurisdictions: Type.Array(Type.String(), { description: 'Every jurisdiction the certificate names' }),
  validFrom: CalendarDateSchema,
  validTo: CalendarDateSchema,
  exemptedJurisdictions: Type.Array(Type.String(), { description: 'The jurisdictions whose tax it zeroed here' }),
});

export function toAppliedTaxExemptionResponse(exemption: AppliedTaxExemption): Static<typeof AppliedTaxExemptionSchema> {
  return {
    id: exemption.id,
    number: exemption.number,
    jurisdictions: [...exemption.jurisdictions],
    validFrom: exemption.validFrom,
    validTo: exemption.validTo,
    exemptedJurisdictions: [...exemption.exemptedJurisdictions],
  };
}

// ---------------------------------------------------------------- calculation

export const LocationSchema = Type.Object(
  { country: CountryCode, region: Type.Optional(Region), city: Type.Optional(City), postalCode: Type.Optional(PostalCode) },
  { additionalProperties: false },
);

export const CalculateBody = Type.Object(
  {
    location: Type.Optional(LocationSchema),
    eventId: Type.Optional(Type.String({ format: 'uuid', description: "Calculate for this event's venue (instead of location)" })),
    currency: Currency,
    priceMode: Type.Optional(PriceModeSchema),
    lines: Type.Array(
      Type.Object(
        {
          id: Type.String({ minLength: 1, maxLength: 64 }),
          category: TaxCategorySchema,
          amount: Type.Integer({ minimum: 0, maximum: 1_000_000_000_000, description: 'Line total (unit price × quantity), minor units' }),
          quantity: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 200 },
    ),
    date: Type.Optional(Type.String({ format: 'date', description: 'The day whose rates apply (default: today, UTC)' })),
    exemptionId: Type.Optional(UuidParam),
  },
  { additionalProperties: false, description: 'Exactly one of location and eventId; priceMode defaults to the tenant setting' },
);
export type CalculateBody = Static<typeof CalculateBody>;

const ResolvedJurisdiction = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Union([LevelSchema, Type.Null()], { description: 'null for DEFAULT, the tenant fallback' }),
});

export const CalculationResponse = Type.Object({
  currency: Currency,
  priceMode: PriceModeSchema,
  date: CalendarDateSchema,
  location: LocationSchema,
  eventId: Type.Union([Type.String(), Type.Null()]),
  jurisdictions: Type.Array(ResolvedJurisdiction),
  exemption: Type.Union([AppliedTaxExemptionSchema, Type.Null()]),
  lines: Type.Array(
    Type.Object({
      id: Type.String(),
      category: TaxCategorySchema,
      quantity: Type.Integer(),
      amount: Minor,
      net: Minor,
      tax: Minor,
      gross: Minor,
      taxes: Type.Array(
        Type.Object({ jurisdiction: Type.String(), rate: Type.String(), taxable: Minor, tax: Minor, exempt: Type.Boolean() }),
      ),
    }),
  ),
  taxes: Type.Array(Type.Object({ jurisdiction: Type.String(), tax: Minor }), { description: 'Tax per jurisdiction over all lines' }),
  totals: Type.Object({ net: Minor, tax: Minor, gross: Minor }),
});
export type CalculationResponse = Static<typeof CalculationResponse>;

export function toCalculationResponse(calculation: TaxCalculation): CalculationResponse {
  return {
    currency: calculation.currency,
    priceMode: calculation.priceMode,
    date: calculation.date,
    location: calculation.location,
    eventId: calculation.eventId,
    jurisdictions: calculation.jurisdictions.map((jurisdiction) => ({ ...jurisdiction })),
    exemption: calculation.exemption ? toAppliedTaxExemptionResponse(calculation.exemption) : null,
    lines: calculation.lines.map((line) => ({
      id: line.id,
      category: line.category,
      quantity: line.quantity,
      amount: line.amount,
      ...line.totals,
      taxes: line.taxes.map(({ jurisdiction, rate, taxable, tax, exempt }) => ({ jurisdiction, rate, taxable, tax, exempt })),
    })),
    taxes: calculation.taxByJurisdiction.map((entry) => ({ ...entry })),
    totals: { ...calculation.totals },
  };
}

// ---------------------------------------------------------------- reports

const DayOrInstant = Type.Union([CalendarDateSchema, Timestamp], {
  description: 'A day (midnight UTC) or an RFC 3339 instant',
});

export const TaxReportQuery = Type.Object(
  { from: DayOrInstant, to: DayOrInstant, currency: Type.Optional(Currency) },
  { additionalProperties: false, description: 'Orders confirmed in [from, to)' },
);
export type TaxReportQuery = Static<typeof TaxReportQuery>;

export const TaxReportResponse = Type.Object({
  from: Timestamp,
  to: Timestamp,
  currency: Type.Union([Currency, Type.Null()]),
  data: Type.Array(
    Type.Object({
      currency: Currency,
      jurisdiction: Type.String(),
      category: TaxCategorySchema,
      orders: Type.Integer({ description: 'Confirmed orders that collected this tax' }),
      taxable: Minor,
      taxCollected: Minor,
      taxRefunded: Minor,
      netTax: Minor,
    }),
  ),
});
export type TaxReportResponse = Static<typeof TaxReportResponse>;

export function toTaxReportResponse(report: TaxReport): TaxReportResponse {
  return {
    from: report.from.toISOString(),
    to: report.to.toISOString(),
    currency: report.currency,
    data: report.rows.map((row) => ({ ...row })),
  };
}

const CSV_COLUMNS = ['currency', 'jurisdiction', 'category', 'orders', 'taxable', 'taxCollected', 'taxRefunded', 'netTax'] as const;

/** RFC 4180 CSV, one row per currency, jurisdiction and category; amounts in minor units as in the JSON. */
export function toTaxReportCsv(report: TaxReport): string {
  return csvDocument(CSV_COLUMNS, report.rows.map((row) => CSV_COLUMNS.map((column) => String(row[column]))));
}
