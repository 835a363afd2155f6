/**
 * The tax use cases (SPEC §7), each one tenant transaction: jurisdictions and rates (jurisdictions.ts),
 * exemption certificates (exemptions.ts), calculation and reports (calculation.ts), and the tenant's tax
 * settings here. The arithmetic and matching live in src/core/tax.ts; what checkout prices with, in plan.ts.
 */
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import type { ReferenceCache } from '../../kv/reference-cache.js';
import type { PriceMode } from '../../core/pricing.js';
import { DEFAULT_FALLBACK_RATE } from '../../core/tax.js';
import { ValidationFailed } from '../../errors.js';
import type { Principal } from '../../http/auth.js';
import type { Peers } from '../../peers/contract.js';
import { readTenantSettings, writeTenantSettingsSection, type TaxFallback } from '../tenant-settings/index.js';
import { TaxCalculations } from './calculation.js';
import { TaxExemptions } from './exemptions.js';
import { canonicalRate, TaxJurisdictions } from './jurisdictions.js';
import type { TaxSettings, TaxSettingsInput } from './model.js';

export interface TaxDependencies {
  db: Database;
  peers: Peers;
  clock: Clock;
  /** Told of every committed change of the tax settings and jurisdictions (checkout keeps them a few seconds). */
  reference: ReferenceCache;
}

export class TaxService {
  readonly jurisdictions: TaxJurisdictions;
  readonly exemptions: TaxExemptions;
  readonly calculation: TaxCalculations;

  constructor(private readonly deps: TaxDependencies) {
    this.jurisdictions = new TaxJurisdictions(deps);
    this.exemptions = new TaxExemptions(deps);
    this.calculation = new TaxCalculations(deps);
  }

  getSettings(principal: Principal): Promise<TaxSettings> {
    return this.deps.db.tenant(principal.tenantId, async (tx) => toTaxSettings((await readTenantSettings(tx, principal.tenantId)).tax));
  }

  async updateSettings(principal: Principal, body: TaxSettingsInput): Promise<TaxSettings> {
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
    this.deps.reference.changed(principal.tenantId);
    return toTaxSettings(tax);
  }
}

function toTaxSettings(tax: { fallback: TaxFallback; priceMode: PriceMode }): TaxSettings {
  const fallback = tax.fallback.mode === 'reject' ? { mode: 'reject' as const } : { mode: 'rate' as const, rate: tax.fallback.rate ?? DEFAULT_FALLBACK_RATE };
  return { fallback, priceMode: tax.priceMode };
}
