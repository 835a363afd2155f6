/** Tax jurisdictions and their dated rates (SPEC §7): each use case one tenant transaction. */
import type { Clock } from '../../clock.js';
import type { Database, Tx } from '../../db/database.js';
import { pgErrorCode } from '../../db/database.js';
import type { ReferenceCache } from '../../kv/reference-cache.js';
import { decodeCursor, pageOf } from '../../db/keyset.js';
import { formatRate, parseRate } from '../../core/money.js';
import { FALLBACK_JURISDICTION_CODE, isFinerLevel, type DatedRate } from '../../core/tax.js';
import { NotFound, TaxConfigurationConflict, ValidationFailed, type FieldError } from '../../errors.js';
import type { Principal } from '../../http/auth.js';
import type { JurisdictionDescription, JurisdictionListQuery, NewJurisdiction, RateInput, RatesToAdd, StoredJurisdiction } from './model.js';
import {
  childLevels,
  deleteJurisdiction,
  findJurisdiction,
  insertJurisdiction,
  insertRates,
  listJurisdictions,
  updateJurisdiction,
  type JurisdictionFields,
} from './repository.js';

const FOREIGN_KEY_VIOLATION = '23503';

export class TaxJurisdictions {
  constructor(private readonly deps: { db: Database; clock: Clock; reference: ReferenceCache }) {}

  /** A change of the tenant's jurisdictions or rates in one transaction; after its commit checkout's copies go. */
  private async change<T>(principal: Principal, work: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await this.deps.db.tenant(principal.tenantId, work);
    this.deps.reference.changed(principal.tenantId);
    return result;
  }

  async list(principal: Principal, query: JurisdictionListQuery): Promise<{ data: StoredJurisdiction[]; nextCursor: string | null }> {
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

  get(principal: Principal, code: string): Promise<StoredJurisdiction> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => existingJurisdiction(await findJurisdiction(tx, code), code));
  }

  async create(principal: Principal, body: NewJurisdiction): Promise<StoredJurisdiction> {
    if (body.code === FALLBACK_JURISDICTION_CODE) {
      throw new ValidationFailed('The code DEFAULT is reserved', [{ field: 'body.code', message: 'is reserved for the tenant fallback rate' }]);
    }
    const rates = datedRates(body.rates, 'body.rates');
    const fields = jurisdictionFields(body.code, body);
    const now = this.deps.clock.now();
    return this.change(principal, async (tx) => {
      await checkParent(tx, fields);
      const inserted = await insertJurisdiction(tx, principal.tenantId, fields, now);
      if (!inserted) throw new TaxConfigurationConflict('TAX_JURISDICTION_EXISTS', `A jurisdiction with code ${body.code} already exists`);
      await insertRates(tx, principal.tenantId, fields.code, rates, principal.userId, now);
      return existingJurisdiction(await findJurisdiction(tx, fields.code), fields.code);
    });
  }

  async update(principal: Principal, code: string, body: JurisdictionDescription): Promise<StoredJurisdiction> {
    const fields = jurisdictionFields(code, body);
    const now = this.deps.clock.now();
    return this.change(principal, async (tx) => {
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

  async delete(principal: Principal, code: string): Promise<void> {
    await this.change(principal, async (tx) => {
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
  async addRates(principal: Principal, code: string, body: RatesToAdd): Promise<StoredJurisdiction> {
    const [inputs, field] = 'rates' in body ? [body.rates, 'body.rates'] : [[body], 'body'];
    const rates = datedRates(inputs, field);
    const now = this.deps.clock.now();
    return this.change(principal, async (tx) => {
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
}

function existingJurisdiction(jurisdiction: StoredJurisdiction | null, code: string): StoredJurisdiction {
  if (jurisdiction === null) throw new NotFound(`Tax jurisdiction ${code} not found`);
  return jurisdiction;
}

function jurisdictionFields(code: string, body: JurisdictionDescription): JurisdictionFields {
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
export function canonicalRate(rate: string): string {
  return formatRate(parseRate(rate));
}

function readCodePosition(position: unknown): string | undefined {
  return typeof position === 'string' ? position : undefined;
}

