/**
 * The tax area's SQL: jurisdictions with their dated rates, exemption certificates, and the report over
 * confirmed orders. Every function takes the caller's transaction; none opens its own. Days travel as
 * `YYYY-MM-DD` text both ways (`::date` in, `::text` out) so no time zone can shift them.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/database.js';
import { groupRows } from '../../db/group-rows.js';
import { SqlConditions } from '../../db/sql-conditions.js';
import type { CalendarDate, DatedRate, JurisdictionLevel, JurisdictionMatchRule, TaxMovement } from '../../core/tax.js';
import { refundedTaxByJurisdiction } from '../../core/tax.js';
import type { TaxCategory } from '../../core/pricing.js';
import type { Currency } from '../../peers/contract.js';
import type { NewExemption, StoredExemption, StoredJurisdiction, StoredRate } from './model.js';

/** What a create or update writes; the rates travel separately because they are only ever added. */
export interface JurisdictionFields {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parentCode: string | null;
  match: JurisdictionMatchRule;
}

interface JurisdictionRow {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parent_code: string | null;
  match_country: string;
  match_region: string | null;
  match_city: string | null;
  match_postal_codes: string[];
  created_at: Date;
  updated_at: Date;
}

interface RateRow {
  id: string;
  jurisdiction_code: string;
  category: TaxCategory;
  rate: string;
  effective_from: string;
  effective_to: string | null;
  created_at: Date;
  created_by: string;
}

const RATE_COLUMNS = `id, jurisdiction_code, category, rate, effective_from::text AS effective_from,
  effective_to::text AS effective_to, created_at, created_by`;

function toRate(row: RateRow): StoredRate {
  return {
    id: row.id,
    category: row.category,
    rate: row.rate,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

function toJurisdiction(row: JurisdictionRow, rates: StoredRate[]): StoredJurisdiction {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    parentCode: row.parent_code,
    match: {
      country: row.match_country,
      ...(row.match_region !== null ? { region: row.match_region } : {}),
      ...(row.match_city !== null ? { city: row.match_city } : {}),
      postalCodes: row.match_postal_codes ?? [],
    },
    rates,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Attaches each jurisdiction's rates (oldest first per category) in one query. */
async function withRates(tx: Tx, rows: readonly JurisdictionRow[]): Promise<StoredJurisdiction[]> {
  if (rows.length === 0) return [];
  const { rows: rateRows } = await tx.query<RateRow>(
    `SELECT ${RATE_COLUMNS} FROM tax_rates WHERE jurisdiction_code = ANY($1::text[])
      ORDER BY jurisdiction_code, category, effective_from`,
    [rows.map((row) => row.code)],
  );
  const ratesByCode = groupRows(rateRows, (rateRow) => rateRow.jurisdiction_code, toRate);
  return rows.map((row) => toJurisdiction(row, ratesByCode.get(row.code) ?? []));
}

/** `forUpdate` locks the row, so tree checks (levels, children) cannot race another admin's change. */
export async function findJurisdiction(tx: Tx, code: string, options: { forUpdate?: boolean } = {}): Promise<StoredJurisdiction | null> {
  const { rows } = await tx.query<JurisdictionRow>(
    `SELECT * FROM tax_jurisdictions WHERE code = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [code],
  );
  const [found] = await withRates(tx, rows);
  return found ?? null;
}

export interface JurisdictionListFilter {
  country?: string;
  level?: JurisdictionLevel;
  parentCode?: string;
  afterCode?: string;
  limit: number;
}

/** Ordered by code, which lists a parent before its children when codes extend their parent's. Up to limit + 1. */
export async function listJurisdictions(tx: Tx, filter: JurisdictionListFilter): Promise<StoredJurisdiction[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (filter.country !== undefined) add((p) => `match_country = ${p}`, filter.country.toUpperCase());
  if (filter.level !== undefined) add((p) => `level = ${p}`, filter.level);
  if (filter.parentCode !== undefined) add((p) => `parent_code = ${p}`, filter.parentCode);
  if (filter.afterCode !== undefined) add((p) => `code > ${p}`, filter.afterCode);
  params.push(filter.limit + 1);
  const { rows } = await tx.query<JurisdictionRow>(
    `SELECT * FROM tax_jurisdictions ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY code LIMIT $${params.length}`,
    params,
  );
  return withRates(tx, rows);
}

/**
 * The candidates for a location: every jurisdiction whose rule names its country. Ancestors in another
 * country are not loaded, which is right: such an ancestor cannot match, so neither can its children.
 */
export async function jurisdictionsOfCountry(tx: Tx, country: string): Promise<StoredJurisdiction[]> {
  const { rows } = await tx.query<JurisdictionRow>('SELECT * FROM tax_jurisdictions WHERE match_country = $1', [country.toUpperCase()]);
  return withRates(tx, rows);
}

export async function childLevels(tx: Tx, code: string): Promise<JurisdictionLevel[]> {
  const { rows } = await tx.query<{ level: JurisdictionLevel }>('SELECT DISTINCT level FROM tax_jurisdictions WHERE parent_code = $1', [code]);
  return rows.map((row) => row.level);
}

/** The codes among `codes` that name a jurisdiction of the tenant. */
export async function existingJurisdictionCodes(tx: Tx, codes: readonly string[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ code: string }>('SELECT code FROM tax_jurisdictions WHERE code = ANY($1::text[])', [[...codes]]);
  return new Set(rows.map((row) => row.code));
}

function matchColumns(match: JurisdictionMatchRule): unknown[] {
  return [match.country.toUpperCase(), match.region ?? null, match.city ?? null, [...(match.postalCodes ?? [])]];
}

/** Answers false when the code is taken (the caller turns that into a conflict). */
export async function insertJurisdiction(tx: Tx, tenantId: string, fields: JurisdictionFields, now: Date): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO tax_jurisdictions (tenant_id, code, name, level, parent_code, match_country, match_region, match_city,
        match_postal_codes, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
     ON CONFLICT (tenant_id, code) DO NOTHING`,
    [tenantId, fields.code, fields.name, fields.level, fields.parentCode, ...matchColumns(fields.match), now],
  );
  return rowCount > 0;
}

export async function updateJurisdiction(tx: Tx, fields: JurisdictionFields, now: Date): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE tax_jurisdictions SET name = $2, level = $3, parent_code = $4, match_country = $5, match_region = $6,
        match_city = $7, match_postal_codes = $8, updated_at = $9
      WHERE code = $1`,
    [fields.code, fields.name, fields.level, fields.parentCode, ...matchColumns(fields.match), now],
  );
  return rowCount > 0;
}

/** Deletes the jurisdiction and its rates. Orders keep their own copy of the taxes they were charged. */
export async function deleteJurisdiction(tx: Tx, code: string): Promise<boolean> {
  const { rowCount } = await tx.query('DELETE FROM tax_jurisdictions WHERE code = $1', [code]);
  return rowCount > 0;
}

/**
 * Adds dated rates; answers the (category, effectiveFrom) pairs that already had a rate and were not
 * added. The caller rolls the whole change back when any were, so a batch is all or nothing.
 */
export async function insertRates(
  tx: Tx,
  tenantId: string,
  jurisdictionCode: string,
  rates: readonly DatedRate[],
  createdBy: string,
  now: Date,
): Promise<{ category: TaxCategory; effectiveFrom: CalendarDate }[]> {
  const existing: { category: TaxCategory; effectiveFrom: CalendarDate }[] = [];
  for (const rate of rates) {
    const { rowCount } = await tx.query(
      `INSERT INTO tax_rates (id, tenant_id, jurisdiction_code, category, rate, effective_from, effective_to, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::date, $7::date, $8, $9)
       ON CONFLICT (tenant_id, jurisdiction_code, category, effective_from) DO NOTHING`,
      [randomUUID(), tenantId, jurisdictionCode, rate.category, rate.rate, rate.effectiveFrom, rate.effectiveTo, now, createdBy],
    );
    if (rowCount === 0) existing.push({ category: rate.category, effectiveFrom: rate.effectiveFrom });
  }
  return existing;
}

// ---------------------------------------------------------------- exemptions

interface ExemptionRow {
  id: string;
  user_id: string;
  number: string;
  jurisdictions: string[];
  valid_from: string;
  valid_to: string;
  created_at: Date;
  created_by: string;
}

const EXEMPTION_COLUMNS = `id, user_id, number, jurisdictions, valid_from::text AS valid_from, valid_to::text AS valid_to,
  created_at, created_by`;

function toExemption(row: ExemptionRow): StoredExemption {
  return {
    id: row.id,
    userId: row.user_id,
    number: row.number,
    jurisdictions: row.jurisdictions,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export async function insertExemption(tx: Tx, tenantId: string, exemption: NewExemption, now: Date): Promise<StoredExemption> {
  const { rows } = await tx.query<ExemptionRow>(
    `INSERT INTO tax_exemptions (id, tenant_id, user_id, number, jurisdictions, valid_from, valid_to, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7::date, $8, $9)
     RETURNING ${EXEMPTION_COLUMNS}`,
    [
      randomUUID(),
      tenantId,
      exemption.userId,
      exemption.number,
      exemption.jurisdictions,
      exemption.validFrom,
      exemption.validTo,
      now,
      exemption.createdBy,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('the exemption just inserted was not returned');
  return toExemption(row);
}

export async function findExemption(tx: Tx, id: string): Promise<StoredExemption | null> {
  const { rows } = await tx.query<ExemptionRow>(`SELECT ${EXEMPTION_COLUMNS} FROM tax_exemptions WHERE id = $1`, [id]);
  return rows[0] ? toExemption(rows[0]) : null;
}

/** Newest first, keyset-paginated on (created_at, id); up to limit + 1 rows to tell if more follow. */
export async function listExemptions(
  tx: Tx,
  filter: { userId?: string; after?: { createdAt: Date; id: string }; limit: number },
): Promise<StoredExemption[]> {
  const conditions = new SqlConditions().when(filter.userId, (p) => `user_id = ${p}`).after(filter.after);
  const limit = conditions.param(filter.limit + 1);
  const { rows } = await tx.query<ExemptionRow>(
    `SELECT ${EXEMPTION_COLUMNS} FROM tax_exemptions ${conditions.where()} ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
    conditions.params,
  );
  return rows.map(toExemption);
}

// ---------------------------------------------------------------- reports

export interface ReportPeriod {
  from: Date;
  to: Date;
  currency: Currency | null;
}

/** Statuses of orders that were paid: confirmed, and possibly refunded since (refunds are subtracted separately). */
const PAID_ORDER_STATUSES = ['CONFIRMED', 'PARTIALLY_REFUNDED', 'REFUNDED'] as const;

/**
 * Tax collected by orders confirmed in [from, to), from the breakdown each order stored at checkout — never
 * recomputed, so later rate changes cannot alter a past period.
 */
export async function taxCollectedByConfirmedOrders(tx: Tx, period: ReportPeriod): Promise<TaxMovement<Currency>[]> {
  const { rows } = await tx.query<TaxMovement<Currency>>(
    `SELECT o.currency, t.jurisdiction, t.category, count(DISTINCT o.id)::int AS orders,
            COALESCE(sum(t.taxable), 0)::bigint AS taxable, COALESCE(sum(t.tax), 0)::bigint AS tax
       FROM orders o
       CROSS JOIN LATERAL jsonb_to_recordset(o.taxes) AS t(jurisdiction text, category text, taxable bigint, tax bigint)
      WHERE o.status = ANY($1::text[]) AND o.confirmed_at >= $2 AND o.confirmed_at < $3
        AND ($4::text IS NULL OR o.currency = $4::text)
      GROUP BY o.currency, t.jurisdiction, t.category`,
    [[...PAID_ORDER_STATUSES], period.from, period.to, period.currency],
  );
  return rows;
}

/**
 * Tax returned by refunds that succeeded in [from, to), in the same shape as what was collected, so the
 * report subtracts it row by row. Each refund records, per ticket slot, the tax it returned by category
 * (allocation cells); that is shared among the order's jurisdictions as they collected it.
 */
export async function taxReturnedByRefunds(tx: Tx, period: ReportPeriod): Promise<TaxMovement<Currency>[]> {
  const { rows } = await tx.query<{
    currency: Currency;
    taxes: { jurisdiction: string; category: TaxCategory; tax: number }[];
    tickets: number;
    platform_fee: number;
    processing_fee: number;
  }>(
    `SELECT o.currency, o.taxes,
            COALESCE(sum((c->'cells'->>'ticketsTax')::bigint), 0)::bigint AS tickets,
            COALESCE(sum((c->'cells'->>'platformFeeTax')::bigint), 0)::bigint AS platform_fee,
            COALESCE(sum((c->'cells'->>'processingFeeTax')::bigint), 0)::bigint AS processing_fee
       FROM refunds r
       JOIN orders o ON o.id = r.order_id
       CROSS JOIN LATERAL jsonb_array_elements(r.allocation->'cells') c
      WHERE r.status = 'SUCCEEDED' AND r.settled_at >= $1 AND r.settled_at < $2
        AND ($3::text IS NULL OR o.currency = $3::text)
      GROUP BY r.id, o.currency, o.taxes`,
    [period.from, period.to, period.currency],
  );
  return rows.flatMap((row) =>
    refundedTaxByJurisdiction(row.currency, row.taxes, {
      tickets: row.tickets,
      platform_fee: row.platform_fee,
      processing_fee: row.processing_fee,
    }),
  );
}

/**
 * Tax added by order changes applied in [from, to) (SPEC §13): the added lines' tax as the change priced it, in
 * the period the change was applied (not when its order was confirmed). Changes add no orders to the count.
 */
export async function taxCollectedByChanges(tx: Tx, period: ReportPeriod): Promise<TaxMovement<Currency>[]> {
  const { rows } = await tx.query<TaxMovement<Currency>>(
    `SELECT c.currency, t.jurisdiction, t.category, 0 AS orders,
            COALESCE(sum(t.taxable), 0)::bigint AS taxable, COALESCE(sum(t.tax), 0)::bigint AS tax
       FROM order_changes c
       CROSS JOIN LATERAL jsonb_array_elements(c.plan->'added') a
       CROSS JOIN LATERAL jsonb_to_recordset(a->'taxes') AS t(jurisdiction text, category text, taxable bigint, tax bigint)
      WHERE c.status = 'APPLIED' AND c.applied_at >= $1 AND c.applied_at < $2
        AND ($3::text IS NULL OR c.currency = $3::text)
      GROUP BY c.currency, t.jurisdiction, t.category`,
    [period.from, period.to, period.currency],
  );
  return rows;
}

/**
 * Tax credited by order changes applied in [from, to): the removed tickets' tax cells, shared among the order's
 * jurisdictions as a refund's are (refundedTaxByJurisdiction).
 */
export async function taxReturnedByChanges(tx: Tx, period: ReportPeriod): Promise<TaxMovement<Currency>[]> {
  const { rows } = await tx.query<{
    currency: Currency;
    taxes: { jurisdiction: string; category: TaxCategory; tax: number }[];
    tickets: number;
    platform_fee: number;
    processing_fee: number;
  }>(
    `SELECT c.currency, o.taxes,
            COALESCE(sum((cell->'cells'->>'ticketsTax')::bigint), 0)::bigint AS tickets,
            COALESCE(sum((cell->'cells'->>'platformFeeTax')::bigint), 0)::bigint AS platform_fee,
            COALESCE(sum((cell->'cells'->>'processingFeeTax')::bigint), 0)::bigint AS processing_fee
       FROM order_changes c
       JOIN orders o ON o.id = c.order_id
       CROSS JOIN LATERAL jsonb_array_elements(c.plan->'removals') r
       CROSS JOIN LATERAL jsonb_array_elements(r->'credited'->'cells') cell
      WHERE c.status = 'APPLIED' AND c.applied_at >= $1 AND c.applied_at < $2
        AND ($3::text IS NULL OR c.currency = $3::text)
      GROUP BY c.id, c.currency, o.taxes`,
    [period.from, period.to, period.currency],
  );
  return rows.flatMap((row) =>
    refundedTaxByJurisdiction(row.currency, row.taxes, {
      tickets: row.tickets,
      platform_fee: row.platform_fee,
      processing_fee: row.processing_fee,
    }),
  );
}
