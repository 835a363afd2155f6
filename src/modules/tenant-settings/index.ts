/**
 * The face of the tenant settings: each area reads and writes its own section through these. A use case that
 * writes them tells the reference cache after its commit (ReferenceCache.changed), so checkout sees the change.
 */
export {
  DEFAULT_TENANT_SETTINGS,
  readTenantSettings,
  readTenantSettingsCached,
  writeTenantSettingsSection,
  type ChangeSettings,
  type DisputeSettings,
  type TaxFallback,
  type TenantSettings,
} from './repository.js';
