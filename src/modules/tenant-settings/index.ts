/** The face of the tenant settings: each area reads and writes its own section through these. */
export {
  DEFAULT_TENANT_SETTINGS,
  readTenantSettings,
  writeTenantSettingsSection,
  type ChangeSettings,
  type DisputeSettings,
  type TaxFallback,
  type TenantSettings,
} from './repository.js';
