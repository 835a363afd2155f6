/**
 * Per-tenant settings (fees, tax fallback, price mode, disputes), stored as one JSON document per tenant; what a
 * tenant never set comes from the defaults of SPEC §5 and §7.
 */
import type { Tx } from '../../db/database.js';
import type { ReferenceCache } from '../../kv/reference-cache.js';
import { defaultFeeSettings, type FeeSettings, type PriceMode } from '../../core/pricing.js';

export interface TaxFallback {
  mode: 'rate' | 'reject';
  rate?: string;
}

export interface DisputeSettings {
  /** Ask the Ticket service to void an order's tickets when a dispute about it is lost. */
  voidTicketsOnLoss: boolean;
}

/** Order changes (SPEC §13). */
export interface ChangeSettings {
  /** Added once to every order change, in minor units of the order's currency. */
  changeFee: number;
}

export interface TenantSettings {
  fees: FeeSettings;
  tax: { fallback: TaxFallback; priceMode: PriceMode };
  disputes: DisputeSettings;
  changes: ChangeSettings;
}

export const DEFAULT_TENANT_SETTINGS: TenantSettings = {
  fees: { ...defaultFeeSettings },
  tax: { fallback: { mode: 'rate', rate: '8' }, priceMode: 'exclusive' },
  disputes: { voidTicketsOnLoss: false },
  changes: { changeFee: 0 },
};

type StoredSettings = Partial<{
  fees: Partial<FeeSettings>;
  tax: Partial<TenantSettings['tax']>;
  disputes: Partial<DisputeSettings>;
  changes: Partial<ChangeSettings>;
}>;

export async function readTenantSettings(tx: Tx, tenantId: string): Promise<TenantSettings> {
  const { rows } = await tx.query<{ settings: StoredSettings }>('SELECT settings FROM tenant_settings WHERE tenant_id = $1', [tenantId]);
  const stored = rows[0]?.settings ?? {};
  return {
    fees: { ...DEFAULT_TENANT_SETTINGS.fees, ...stored.fees },
    tax: { ...DEFAULT_TENANT_SETTINGS.tax, ...stored.tax },
    disputes: { ...DEFAULT_TENANT_SETTINGS.disputes, ...stored.disputes },
    changes: { ...DEFAULT_TENANT_SETTINGS.changes, ...stored.changes },
  };
}

/**
 * The tenant's settings through this instance's cache of reference data (checkout reads them so): at most
 * REFERENCE_CACHE_SECONDS old, and never older than a change this instance was told of (ReferenceCache).
 */
export function readTenantSettingsCached(tx: Tx, tenantId: string, cache: ReferenceCache): Promise<TenantSettings> {
  return cache.read(tenantId, 'tenant-settings', () => readTenantSettings(tx, tenantId));
}

export async function writeTenantSettings(tx: Tx, tenantId: string, settings: TenantSettings, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO tenant_settings (tenant_id, settings, updated_at) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = EXCLUDED.updated_at`,
    [tenantId, JSON.stringify(settings), now],
  );
}

/**
 * Replaces one section of the tenant's settings in one statement (jsonb ||), so that two areas updating
 * their own sections at the same time never overwrite each other's.
 */
export async function writeTenantSettingsSection<K extends keyof TenantSettings>(
  tx: Tx,
  tenantId: string,
  section: K,
  value: TenantSettings[K],
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO tenant_settings (tenant_id, settings, updated_at) VALUES ($1, jsonb_build_object($2::text, $3::jsonb), $4)
     ON CONFLICT (tenant_id) DO UPDATE SET settings = tenant_settings.settings || EXCLUDED.settings, updated_at = EXCLUDED.updated_at`,
    [tenantId, section, JSON.stringify(value), now],
  );
}
