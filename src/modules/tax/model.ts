/**
 * The tax area's types: what is stored (jurisdictions with dated rates, exemption certificates), what the
 * use cases compute (calculations, reports, settings), and the inputs the use cases take. The HTTP schemas
 * (schemas.ts) describe the same shapes on the wire; the use cases do not depend on them.
 */
import type { PriceMode, TaxCategory } from '../../core/pricing.js';
import type {
  AppliedTaxExemption,
  CalendarDate,
  DatedRate,
  Jurisdiction,
  JurisdictionLevel,
  JurisdictionLineTax,
  JurisdictionMatchRule,
  LineTaxTotals,
  TaxLocation,
  TaxReportRow,
} from '../../core/tax.js';
import type { Currency } from '../../peers/contract.js';

// ---------------------------------------------------------------- stored

export interface StoredRate extends DatedRate {
  id: string;
  createdAt: Date;
  createdBy: string;
}

export interface StoredJurisdiction extends Jurisdiction {
  name: string;
  rates: StoredRate[];
  createdAt: Date;
  updatedAt: Date;
}

export interface StoredExemption {
  id: string;
  userId: string;
  number: string;
  jurisdictions: string[];
  validFrom: CalendarDate;
  validTo: CalendarDate;
  createdAt: Date;
  createdBy: string;
}

export type NewExemption = Omit<StoredExemption, 'id' | 'createdAt'>;

// ---------------------------------------------------------------- computed

export interface TaxSettings {
  fallback: { mode: 'rate'; rate: string } | { mode: 'reject' };
  priceMode: PriceMode;
}

export interface ResolvedJurisdiction {
  code: string;
  name: string;
  /** null for DEFAULT, the tenant fallback, which is not part of the tree. */
  level: JurisdictionLevel | null;
}

export interface TaxCalculation {
  currency: Currency;
  priceMode: PriceMode;
  date: CalendarDate;
  location: TaxLocation;
  eventId: string | null;
  jurisdictions: ResolvedJurisdiction[];
  exemption: AppliedTaxExemption | null;
  lines: { id: string; category: TaxCategory; quantity: number; amount: number; totals: LineTaxTotals; taxes: JurisdictionLineTax[] }[];
  taxByJurisdiction: { jurisdiction: string; tax: number }[];
  totals: LineTaxTotals;
}

export interface TaxReport {
  from: Date;
  to: Date;
  currency: Currency | null;
  rows: TaxReportRow<Currency>[];
}

// ---------------------------------------------------------------- inputs of the use cases

/** A dated rate as given: `effectiveTo` (inclusive) absent or null for open-ended. */
export interface RateInput {
  category: TaxCategory;
  rate: string;
  effectiveFrom: CalendarDate;
  effectiveTo?: CalendarDate | null;
}

/** The description of a jurisdiction (a create also names its code and first rates). */
export interface JurisdictionDescription {
  name: string;
  level: JurisdictionLevel;
  parentCode?: string | null;
  match: JurisdictionMatchRule;
}

export interface NewJurisdiction extends JurisdictionDescription {
  code: string;
  rates: RateInput[];
}

/** One dated rate, or several added together. */
export type RatesToAdd = RateInput | { rates: RateInput[] };

export interface JurisdictionListQuery {
  limit: number;
  cursor?: string;
  country?: string;
  level?: JurisdictionLevel;
  parentCode?: string;
}

export interface TaxSettingsInput {
  fallback: { mode: 'rate' | 'reject'; rate?: string };
  priceMode: PriceMode;
}

export interface ExemptionInput {
  userId: string;
  number: string;
  jurisdictions: string[];
  validFrom: CalendarDate;
  validTo: CalendarDate;
}

export interface ExemptionListQuery {
  limit: number;
  cursor?: string;
  userId?: string;
}

export interface CalculationLine {
  id: string;
  category: TaxCategory;
  amount: number;
  quantity: number;
}

/** Exactly one of location and eventId; priceMode defaults to the tenant setting, date to today (UTC). */
export interface CalculationRequest {
  location?: TaxLocation;
  eventId?: string;
  currency: Currency;
  priceMode?: PriceMode;
  lines: CalculationLine[];
  date?: CalendarDate;
  exemptionId?: string;
}

/** [from, to): a day (midnight UTC) or an RFC 3339 instant each. */
export interface TaxReportPeriod {
  from: string;
  to: string;
  currency?: Currency;
}
