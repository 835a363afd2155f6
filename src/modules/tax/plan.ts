/**
 * What checkout (and the calculation) prices with: the jurisdictions that tax a location on a day, their rates
 * in force, and the exemption certificate applied, resolved inside the caller's transaction.
 */
import type { Tx } from '../../db/database.js';
import type { ReferenceCache } from '../../kv/reference-cache.js';
import type { TaxCalculator } from '../../core/pricing.js';
import {
  applyExemption,
  DEFAULT_FALLBACK_RATE,
  exemptionProblem,
  fallbackJurisdiction,
  FALLBACK_JURISDICTION_CODE,
  jurisdictionTaxCalculator,
  ratesInForce,
  resolveJurisdictions,
  type AppliedTaxExemption,
  type CalendarDate,
  type ExemptionProblem,
  type JurisdictionRates,
  type TaxLocation,
} from '../../core/tax.js';
import { TaxExemptionInvalid, TaxLocationUnknown } from '../../errors.js';
import type { TaxFallback } from '../tenant-settings/index.js';
import type { ResolvedJurisdiction, StoredJurisdiction } from './model.js';
import { findExemption, jurisdictionsOfCountry } from './repository.js';

export interface TaxPlanRequest {
  location: TaxLocation;
  /** The day whose rates apply. */
  date: CalendarDate;
  fallback: TaxFallback;
  /** A certificate to apply; `holderUserId` (the buyer, at checkout) must be the one it was issued to. */
  exemption?: { id: string; holderUserId?: string };
  /**
   * Read the jurisdictions through this instance's cache of reference data (checkout), as the tenant of the
   * transaction; without it they are read from the database.
   */
  cached?: { cache: ReferenceCache; tenantId: string };
}

/** What taxes a location on a day: the jurisdictions with their rates in force, and the certificate applied. */
export interface TaxPlan {
  jurisdictions: ResolvedJurisdiction[];
  rates: JurisdictionRates[];
  exemption: AppliedTaxExemption | null;
  exemptJurisdictions: ReadonlySet<string>;
  calculator: TaxCalculator;
}

/**
 * Resolves the location to its jurisdictions (or the tenant fallback) and validates the exemption, inside
 * the caller's transaction. Throws TAX_LOCATION_UNKNOWN when nothing matches and the tenant rejects
 * unknown locations, TAX_EXEMPTION_INVALID for a certificate that cannot be applied.
 */
export async function planTax(tx: Tx, request: TaxPlanRequest): Promise<TaxPlan> {
  const matched = resolveJurisdictions(await candidatesOf(tx, request), request.location);
  const { jurisdictions, rates } = matched.length > 0 ? configuredTaxation(matched, request.date) : fallbackTaxation(request);
  const exemption = request.exemption ? await validExemption(tx, request.exemption, request.date, rates) : null;
  const exemptJurisdictions = new Set(exemption?.exemptedJurisdictions ?? []);
  return { jurisdictions, rates, exemption, exemptJurisdictions, calculator: jurisdictionTaxCalculator(rates, exemptJurisdictions) };
}

/** The jurisdictions of the location's country, with their rates (all of them: the day is applied later). */
function candidatesOf(tx: Tx, request: TaxPlanRequest): Promise<StoredJurisdiction[]> {
  const country = request.location.country.toUpperCase();
  const load = () => jurisdictionsOfCountry(tx, country);
  return request.cached ? request.cached.cache.read(request.cached.tenantId, `tax-jurisdictions:${country}`, load) : load();
}

function configuredTaxation(matched: readonly StoredJurisdiction[], date: CalendarDate) {
  return {
    jurisdictions: matched.map(({ code, name, level }) => ({ code, name, level })),
    rates: matched.map((jurisdiction) => ratesInForce(jurisdiction, date)),
  };
}

function fallbackTaxation(request: TaxPlanRequest) {
  const { fallback, location } = request;
  if (fallback.mode === 'reject') {
    const where = [location.postalCode, location.city, location.region, location.country].filter((part) => part !== undefined).join(', ');
    throw new TaxLocationUnknown(`No tax jurisdiction matches ${where} and the tenant does not tax unknown locations at a fallback rate`);
  }
  return {
    jurisdictions: [{ code: FALLBACK_JURISDICTION_CODE, name: 'Tenant fallback rate', level: null }],
    rates: [fallbackJurisdiction(fallback.rate ?? DEFAULT_FALLBACK_RATE)],
  };
}

async function validExemption(
  tx: Tx,
  use: { id: string; holderUserId?: string },
  date: CalendarDate,
  taxing: readonly JurisdictionRates[],
): Promise<AppliedTaxExemption> {
  const certificate = await findExemption(tx, use.id);
  if (certificate === null) throw exemptionRefused(use.id, 'UNKNOWN_CERTIFICATE', date);
  const problem = exemptionProblem(certificate, { date, ...(use.holderUserId !== undefined ? { holderUserId: use.holderUserId } : {}) });
  if (problem !== null) throw exemptionRefused(use.id, problem, date);
  return applyExemption(certificate, taxing);
}

function exemptionRefused(id: string, problem: ExemptionProblem | 'UNKNOWN_CERTIFICATE', date: CalendarDate): TaxExemptionInvalid {
  // Another buyer's certificate is answered like an unknown one, so a buyer cannot probe for ids.
  if (problem === 'UNKNOWN_CERTIFICATE' || problem === 'NOT_THE_HOLDER') {
    return new TaxExemptionInvalid(`Exemption certificate ${id} does not exist or is not the buyer's`, { reason: 'UNKNOWN_CERTIFICATE' });
  }
  const when = problem === 'EXPIRED' ? 'no longer' : 'not yet';
  return new TaxExemptionInvalid(`Exemption certificate ${id} is ${when} valid on ${date}`, { reason: problem });
}

export function venueLocation(venue: { country: string; region?: string; city?: string; postalCode?: string }): TaxLocation {
  return {
    country: venue.country,
    ...(venue.region !== undefined ? { region: venue.region } : {}),
    ...(venue.city !== undefined ? { city: venue.city } : {}),
    ...(venue.postalCode !== undefined ? { postalCode: venue.postalCode } : {}),
  };
}
