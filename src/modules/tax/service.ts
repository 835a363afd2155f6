/**
 * The tax use cases (SPEC §7): manage jurisdictions, rates, settings and exemption certificates; calculate
 * tax for a location or an event's venue; report tax collected. Each use case is one tenant transaction;
 * the arithmetic and matching live in src/core/tax.ts. `planTax` is also what checkout prices orders with.
 */
import type { Clock } from '../../clock.js';
import type { Database, Tx } from '../../db/database.js';
import { pgErrorCode } from '../../db/database.js';
import { formatRate, parseRate, sum } from '../../core/money.js';
import type { PriceMode, TaxCalculator, TaxCategory } from '../../core/pricing.js';
import {
  applyExemption,
  calculateTax,
  calendarDateOf,
  DEFAULT_FALLBACK_RATE,
  exemptionProblem,
  fallbackJurisdiction,
  FALLBACK_JURISDICTION_CODE,
  isFinerLevel,
  jurisdictionTaxCalculator,
  lineTotals,
  netTaxReport,
  ratesInForce,
  resolveJurisdictions,
  taxByJurisdiction,
  type AppliedTaxExemption,
  type CalendarDate,
  type DatedRate,
  type ExemptionProblem,
  type JurisdictionLevel,
  type JurisdictionLineTax,
  type JurisdictionRates,
  type LineTaxTotals,
  type TaxLocation,
  type TaxReportRow,
} from '../../core/tax.js';
import { NotFound, TaxConfigurationConflict, TaxExemptionInvalid, TaxLocationUnknown, ValidationFailed, type FieldError } from '../../errors.js';
import type { Principal } from '../../http/auth.js';
import { decodeCursor, keysetAfter, keysetPositionOf, pageOf } from '../../db/keyset.js';
import type { Currency, Peers } from '../../peers/contract.js';
import { readTenantSettings, writeTenantSettingsSection, type TaxFallback } from '../tenant-settings/index.js';
import {
  childLevels,
  deleteJurisdiction,
  existingJurisdictionCodes,
  findExemption,
  findJurisdiction,
  insertExemption,
  insertJurisdiction,
  insertRates,
  jurisdictionsOfCountry,
  listExemptions,
  listJurisdictions,
  taxCollectedByConfirmedOrders,
  taxReturnedByRefunds,
  updateJurisdiction,
  type JurisdictionFields,
  type StoredExemption,
  type StoredJurisdiction,
} from './repository.js';
import type {
  AddRatesBody,
  CalculateBody,
  CreateExemptionBody,
  CreateJurisdictionBody,
  ListExemptionsQuery,
  ListJurisdictionsQuery,
  RateInput,
  TaxReportQuery,
  TaxSettingsBody,
  UpdateJurisdictionBody,
} from './schemas.js';

const FOREIGN_KEY_VIOLATION = '23503';

export interface TaxDependencies {
  db: Database;
  peers: Peers;
  clock: Clock;
}

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

// ---------------------------------------------------------------- the plan shared with checkout

export interface TaxPlanRequest {
  location: TaxLocation;
  /** The day whose rates apply. */
  date: CalendarDate;
  fallback: TaxFallback;
  /** A certificate to apply; `holderUserId` (the buyer, at checkout) must be the one it was issued to. */
  exemption?: { id: string; holderUserId?: string };
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
  const matched = resolveJurisdictions(await jurisdictionsOfCountry(tx, request.location.country), request.location);
  const { jurisdictions, rates } = matched.length > 0 ? configuredTaxation(matched, request.date) : fallbackTaxation(request);
  const exemption = request.exemption ? await validExemption(tx, request.exemption, request.date, rates) : null;
  const exemptJurisdictions = new Set(exemption?.exemptedJurisdictions ?? []);
  return { jurisdictions, rates, exemption, exemptJurisdictions, calculator: jurisdictionTaxCalculator(rates, exemptJurisdictions) };
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

// ---------------------------------------------------------------- the service

export class TaxService {
  constructor(private readonly deps: TaxDependencies) {}

  // ---- jurisdictions

  async listJurisdictions(principal: Principal, query: ListJurisdictionsQuery): Promise<{ data: StoredJurisdiction[]; nextCursor: string | null }> {
    const afterCode = query.cursor === undefined ? undefined : decodeCursor(query.cursor, readCodePosition);
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) =>
      listJurisdictions(tx, {
        limit: query.limit,
        ...(query.country !== undefined ? { country: query.country } : {}),
        ...(query.level !== undefined ? { level: query.level } : {}),
        ...(query.parentCode !== undefined ? { parentCode: query.parentCode } : {}),
        ...(afterCode !== undefined ? { afterCode } : {}),
      }),
    );
    return pageOf(rows, query.limit, (row) => row.code);
  }

  getJurisdiction(principal: Principal, code: string): Promise<StoredJurisdiction> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => existingJurisdiction(await findJurisdiction(tx, code), code));
  }

  async createJurisdiction(principal: Principal, body: CreateJurisdictionBody): Promise<StoredJurisdiction> {
    if (body.code === FALLBACK_JURISDICTION_CODE) {
      throw new ValidationFailed('The code DEFAULT is reserved', [{ field: 'body.code', message: 'is reserved for the tenant fallback rate' }]);
    }
    const rates = datedRates(body.rates, 'body.rates');
    const fields = jurisdictionFields(body.code, body);
    const now = this.deps.clock.now();
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      await checkParent(tx, fields);
      const inserted = await insertJurisdiction(tx, principal.tenantId, fields, now);
      if (!inserted) throw new TaxConfigurationConflict('TAX_JURISDICTION_EXISTS', `A jurisdiction with code ${body.code} already exists`);
      await insertRates(tx, principal.tenantId, fields.code, rates, principal.userId, now);
      return existingJurisdiction(await findJurisdiction(tx, fields.code), fields.code);
    });
  }

  async updateJurisdiction(principal: Principal, code: string, body: UpdateJurisdictionBody): Promise<StoredJurisdiction> {
    const fields = jurisdictionFields(code, body);
    const now = this.deps.clock.now();
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      existingJurisdiction(await findJurisdiction(tx, code, { forUpdate: true }), code);
      await checkParent(tx, fields);
      const tooCoarse = (await childLevels(tx, code)).filter((level) => !isFinerLevel(level, fields.level));
      if (tooCoarse.length > 0) {
        throw new ValidationFailed('The level must stay broader than the levels of the children', [
          { field: 'body.level', message: `must be broader than ${tooCoarse.join(', ')} (levels of its children)` },
        ]);
      }
      await updateJurisdiction(tx, fields, now);
      return existingJurisdiction(await findJurisdiction(tx, code), code);
    });
  }

  async deleteJurisdiction(principal: Principal, code: string): Promise<void> {
    await this.deps.db.tenant(principal.tenantId, async (tx) => {
      existingJurisdiction(await findJurisdiction(tx, code, { forUpdate: true }), code);
      if ((await childLevels(tx, code)).length > 0) {
        throw new TaxConfigurationConflict('TAX_JURISDICTION_HAS_CHILDREN', `Jurisdiction ${code} has child jurisdictions; delete or move them first`);
      }
      try {
        await deleteJurisdiction(tx, code);
      } catch (error) {
        // A child created concurrently: the foreign key refuses, and the answer is the same as above.
        if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION) {
          throw new TaxConfigurationConflict('TAX_JURISDICTION_HAS_CHILDREN', `Jurisdiction ${code} has child jurisdictions`);
        }
        throw error;
      }
    });
  }

  /** Rate changes are new dated rates; the rates before stay, so any past day can still be calculated. */
  async addRates(principal: Principal, code: string, body: AddRatesBody): Promise<StoredJurisdiction> {
    const [inputs, field] = 'rates' in body ? [body.rates, 'body.rates'] : [[body], 'body'];
    const rates = datedRates(inputs, field);
    const now = this.deps.clock.now();
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      existingJurisdiction(await findJurisdiction(tx, code, { forUpdate: true }), code);
      const taken = await insertRates(tx, principal.tenantId, code, rates, principal.userId, now);
      if (taken.length > 0) {
        const which = taken.map((rate) => `${rate.category} from ${rate.effectiveFrom}`).join(', ');
        throw new TaxConfigurationConflict('TAX_RATE_EXISTS', `Jurisdiction ${code} already has a rate for ${which}; add one from another day`, {
          existing: taken,
        });
      }
      return existingJurisdiction(await findJurisdiction(tx, code), code);
    });
  }

  // ---- settings

  getSettings(principal: Principal): Promise<TaxSettings> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => toTaxSettings((await readTenantSettings(tx, principal.tenantId)).tax));
  }

  async updateSettings(principal: Principal, body: TaxSettingsBody): Promise<TaxSettings> {
    if (body.fallback.mode === 'reject' && body.fallback.rate !== undefined) {
      throw new ValidationFailed('A fallback rate applies only to mode "rate"', [
        { field: 'body.fallback.rate', message: 'must be absent when mode is reject' },
      ]);
    }
    const fallback: TaxFallback =
      body.fallback.mode === 'rate' ? { mode: 'rate', rate: canonicalRate(body.fallback.rate ?? DEFAULT_FALLBACK_RATE) } : { mode: 'reject' };
    const now = this.deps.clock.now();
    const tax = { fallback, priceMode: body.priceMode };
    // Only the tax section is written, so fee or dispute settings changed at the same time are kept.
    await this.deps.db.tenant(principal.tenantId, (tx) => writeTenantSettingsSection(tx, principal.tenantId, 'tax', tax, now));
    return toTaxSettings(tax);
  }

  // ---- exemptions

  async createExemption(principal: Principal, body: CreateExemptionBody): Promise<StoredExemption> {
    if (body.validTo < body.validFrom) {
      throw new ValidationFailed('The certificate ends before it starts', [{ field: 'body.validTo', message: 'must not be before validFrom' }]);
    }
    const now = this.deps.clock.now();
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const known = await existingJurisdictionCodes(tx, body.jurisdictions);
      const unknown: FieldError[] = body.jurisdictions.flatMap((code, index) =>
        code === FALLBACK_JURISDICTION_CODE || known.has(code)
          ? []
          : [{ field: `body.jurisdictions.${index}`, message: `no jurisdiction has the code ${code}` }],
      );
      if (unknown.length > 0) throw new ValidationFailed('The certificate names unknown jurisdictions', unknown);
      return insertExemption(
        tx,
        principal.tenantId,
        {
          userId: body.userId,
          number: body.number,
          jurisdictions: [...body.jurisdictions],
          validFrom: body.validFrom,
          validTo: body.validTo,
          createdBy: principal.userId,
        },
        now,
      );
    });
  }

  getExemption(principal: Principal, id: string): Promise<StoredExemption> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const exemption = await findExemption(tx, id);
      if (exemption === null) throw new NotFound(`Exemption certificate ${id} not found`);
      return exemption;
    });
  }

  async listExemptions(principal: Principal, query: ListExemptionsQuery): Promise<{ data: StoredExemption[]; nextCursor: string | null }> {
    const after = keysetAfter(query.cursor);
    const rows = await this.deps.db.tenant(principal.tenantId, (tx) => listExemptions(tx, { limit: query.limit, userId: query.userId, after }));
    return pageOf(rows, query.limit, keysetPositionOf);
  }

  // ---- calculation

  async calculate(principal: Principal, body: CalculateBody): Promise<TaxCalculation> {
    checkLineIds(body.lines.map((line) => line.id));
    const { location, eventId } = await this.locationToTax(principal, body);
    const date = body.date ?? calendarDateOf(this.deps.clock.now());
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const settings = await readTenantSettings(tx, principal.tenantId);
      const plan = await planTax(tx, {
        location,
        date,
        fallback: settings.tax.fallback,
        ...(body.exemptionId !== undefined ? { exemption: { id: body.exemptionId } } : {}),
      });
      const priceMode = body.priceMode ?? settings.tax.priceMode;
      const results = calculateTax({ lines: body.lines, priceMode, jurisdictions: plan.rates, exemptJurisdictions: plan.exemptJurisdictions });
      const lines = body.lines.map((line) => ({
        id: line.id,
        category: line.category,
        quantity: line.quantity,
        amount: line.amount,
        totals: lineTotals(line, results, priceMode),
        taxes: results.filter((result) => result.lineId === line.id),
      }));
      const totals = {
        net: sum(lines.map((line) => line.totals.net)),
        tax: sum(lines.map((line) => line.totals.tax)),
        gross: sum(lines.map((line) => line.totals.gross)),
      };
      return {
        currency: body.currency,
        priceMode,
        date,
        location,
        eventId,
        jurisdictions: plan.jurisdictions,
        exemption: plan.exemption,
        lines,
        taxByJurisdiction: taxByJurisdiction(plan.rates, results),
        totals,
      };
    });
  }

  /** The location of the body, or the venue of its event (asked of the Event service before any transaction). */
  private async locationToTax(principal: Principal, body: CalculateBody): Promise<{ location: TaxLocation; eventId: string | null }> {
    const { location, eventId } = body;
    if (location !== undefined && eventId === undefined) return { location, eventId: null };
    if (eventId === undefined || location !== undefined) {
      throw new ValidationFailed('Give either a location or an eventId', [{ field: 'body', message: 'must have exactly one of location and eventId' }]);
    }
    const event = await this.deps.peers.events.getEvent(eventId, { tenantId: principal.tenantId });
    if (!event || event.tenantId !== principal.tenantId) throw new NotFound(`Event ${eventId} not found`);
    if (event.currency !== body.currency) {
      throw new ValidationFailed(`The event is sold in ${event.currency}`, [{ field: 'body.currency', message: `must be ${event.currency}, the event's currency` }]);
    }
    return { location: venueLocation(event.venue), eventId };
  }

  // ---- reports

  async report(principal: Principal, query: TaxReportQuery): Promise<TaxReport> {
    const from = dayOrInstant(query.from);
    const to = dayOrInstant(query.to);
    if (from.getTime() >= to.getTime()) {
      throw new ValidationFailed('The period is empty', [{ field: 'querystring.to', message: 'must be after from' }]);
    }
    const period = { from, to, currency: query.currency ?? null };
    return this.deps.db.tenant(principal.tenantId, async (tx) => {
      const collected = await taxCollectedByConfirmedOrders(tx, period);
      const returned = await taxReturnedByRefunds(tx, period);
      return { ...period, rows: netTaxReport(collected, returned) };
    });
  }
}

// ---------------------------------------------------------------- helpers of the use cases

export function venueLocation(venue: { country: string; region?: string; city?: string; postalCode?: string }): TaxLocation {
  return {
    country: venue.country,
    ...(venue.region !== undefined ? { region: venue.region } : {}),
    ...(venue.city !== undefined ? { city: venue.city } : {}),
    ...(venue.postalCode !== undefined ? { postalCode: venue.postalCode } : {}),
  };
}

function existingJurisdiction(jurisdiction: StoredJurisdiction | null, code: string): StoredJurisdiction {
  if (jurisdiction === null) throw new NotFound(`Tax jurisdiction ${code} not found`);
  return jurisdiction;
}

function jurisdictionFields(code: string, body: UpdateJurisdictionBody): JurisdictionFields {
  return { code, name: body.name, level: body.level, parentCode: body.parentCode ?? null, match: body.match };
}

/** The parent must exist and be broader; locking it keeps its level from changing under the new child. */
async function checkParent(tx: Tx, fields: JurisdictionFields): Promise<void> {
  if (fields.parentCode === null) return;
  if (fields.parentCode === fields.code) {
    throw new ValidationFailed('A jurisdiction cannot be its own parent', [{ field: 'body.parentCode', message: 'must name another jurisdiction' }]);
  }
  const parent = await findJurisdiction(tx, fields.parentCode, { forUpdate: true });
  if (parent === null) {
    throw new ValidationFailed('The parent jurisdiction does not exist', [{ field: 'body.parentCode', message: `no jurisdiction has the code ${fields.parentCode}` }]);
  }
  if (!isFinerLevel(fields.level, parent.level)) {
    throw new ValidationFailed('A jurisdiction must be at a finer level than its parent', [
      { field: 'body.level', message: `must be finer than ${parent.level}, the level of ${parent.code}` },
    ]);
  }
}

/** Validates dated rates beyond the schema (order of dates, one rate per category and day) and canonicalizes them. */
function datedRates(inputs: readonly RateInput[], field: string): DatedRate[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const rates = inputs.map((input, index): DatedRate => {
    const effectiveTo = input.effectiveTo ?? null;
    if (effectiveTo !== null && effectiveTo < input.effectiveFrom) {
      errors.push({ field: `${field}.${index}.effectiveTo`, message: 'must not be before effectiveFrom' });
    }
    const key = `${input.category} ${input.effectiveFrom}`;
    if (seen.has(key)) errors.push({ field: `${field}.${index}`, message: `repeats the ${input.category} rate from ${input.effectiveFrom}` });
    seen.add(key);
    return { category: input.category, rate: canonicalRate(input.rate), effectiveFrom: input.effectiveFrom, effectiveTo };
  });
  if (errors.length > 0) throw new ValidationFailed('The rates are not valid', errors);
  return rates;
}

/** "8.50" and "8.5" are one rate; storing one spelling keeps reports and comparisons simple. */
function canonicalRate(rate: string): string {
  return formatRate(parseRate(rate));
}

function toTaxSettings(tax: { fallback: TaxFallback; priceMode: PriceMode }): TaxSettings {
  const fallback = tax.fallback.mode === 'reject' ? { mode: 'reject' as const } : { mode: 'rate' as const, rate: tax.fallback.rate ?? DEFAULT_FALLBACK_RATE };
  return { fallback, priceMode: tax.priceMode };
}

function checkLineIds(ids: readonly string[]): void {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) errors.push({ field: `body.lines.${index}.id`, message: `repeats the line id ${id}` });
    seen.add(id);
  });
  if (errors.length > 0) throw new ValidationFailed('Line ids must be unique', errors);
}

/** A bare day is midnight UTC, so [2025-01-01, 2025-02-01) is January, as the report is read in UTC. */
function dayOrInstant(text: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
}

function readCodePosition(position: unknown): string | undefined {
  return typeof position === 'string' ? position : undefined;
}

