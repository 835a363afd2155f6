/**
 * The refund policies' SQL. A policy is a head row (id, scope, active, current version) and one immutable
 * row per version; an edit adds a version, so the version an order was confirmed under stays readable
 * forever. Every function takes the caller's transaction.
 */
import type { Tx } from '../../db/database.js';
import { SqlConditions } from '../../db/sql-conditions.js';
import {
  BUILT_IN_POLICY,
  mostSpecificPolicy,
  scopeKey,
  type GoverningPolicy,
  type PolicyDefinition,
  type PolicyScope,
  type RefundRule,
} from '../../core/refund-policy.js';
import type { RefundPolicyVersion } from './model.js';

interface PolicyRow {
  id: string;
  tenant_id: string;
  version: number;
  name: string;
  scope: PolicyScope;
  event_id: string | null;
  ticket_type_id: string | null;
  rules: RefundRule[];
  cutoff_hours: number;
  refund_platform_fee: boolean;
  refund_processing_fee: boolean;
  allow_partial: boolean;
  auto_approve_below: number;
  allow_changes: boolean;
  change_cutoff_hours: number | null;
  active: boolean;
  created_at: Date;
  version_created_at: Date;
  version_created_by: string;
  deactivated_at: Date | null;
}

const SELECT_VERSION = `
  SELECT p.id, p.tenant_id, v.version, v.name, v.scope, v.event_id, v.ticket_type_id, v.rules, v.cutoff_hours,
         v.refund_platform_fee, v.refund_processing_fee, v.allow_partial, v.auto_approve_below, v.allow_changes, v.change_cutoff_hours, p.active, p.created_at,
         v.created_at AS version_created_at, v.created_by AS version_created_by, p.deactivated_at
    FROM refund_policies p
    JOIN refund_policy_versions v ON v.policy_id = p.id`;

function toPolicy(row: PolicyRow): RefundPolicyVersion {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    version: row.version,
    name: row.name,
    scope: row.scope,
    eventId: row.event_id,
    ticketTypeId: row.ticket_type_id,
    terms: {
      rules: row.rules,
      cutoffHours: row.cutoff_hours,
      refundPlatformFee: row.refund_platform_fee,
      refundProcessingFee: row.refund_processing_fee,
      allowPartial: row.allow_partial,
      autoApproveBelow: row.auto_approve_below,
      allowChanges: row.allow_changes,
      changeCutoffHours: row.change_cutoff_hours,
    },
    active: row.active,
    createdAt: row.created_at,
    versionCreatedAt: row.version_created_at,
    versionCreatedBy: row.version_created_by,
    deactivatedAt: row.deactivated_at,
  };
}

async function insertVersion(tx: Tx, policyId: string, tenantId: string, version: number, definition: PolicyDefinition, actorId: string, now: Date) {
  const { terms } = definition;
  await tx.query(
    `INSERT INTO refund_policy_versions (policy_id, tenant_id, version, name, scope, event_id, ticket_type_id, rules, cutoff_hours,
        refund_platform_fee, refund_processing_fee, allow_partial, auto_approve_below, created_at, created_by, allow_changes,
        change_cutoff_hours)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [
      policyId,
      tenantId,
      version,
      definition.name,
      definition.scope,
      definition.eventId,
      definition.ticketTypeId,
      JSON.stringify(terms.rules),
      terms.cutoffHours,
      terms.refundPlatformFee,
      terms.refundProcessingFee,
      terms.allowPartial,
      terms.autoApproveBelow,
      now,
      actorId,
      terms.allowChanges,
      terms.changeCutoffHours,
    ],
  );
}

/** Creates a policy at version 1. A second active policy for the same scope violates a unique index. */
export async function insertPolicy(
  tx: Tx,
  policy: { id: string; tenantId: string; definition: PolicyDefinition; actorId: string; now: Date },
): Promise<void> {
  const { id, tenantId, definition, actorId, now } = policy;
  await tx.query(
    `INSERT INTO refund_policies (id, tenant_id, current_version, scope, event_id, ticket_type_id, scope_key, active, created_at, updated_at)
     VALUES ($1, $2, 1, $3, $4, $5, $6, true, $7, $7)`,
    [id, tenantId, definition.scope, definition.eventId, definition.ticketTypeId, scopeKey(definition), now],
  );
  await insertVersion(tx, id, tenantId, 1, definition, actorId, now);
}

/** The policy at `version`, or at its current version when none is given. */
export async function findPolicy(tx: Tx, id: string, version?: number): Promise<RefundPolicyVersion | null> {
  const { rows } =
    version === undefined
      ? await tx.query<PolicyRow>(`${SELECT_VERSION} AND v.version = p.current_version WHERE p.id = $1`, [id])
      : await tx.query<PolicyRow>(`${SELECT_VERSION} WHERE p.id = $1 AND v.version = $2`, [id, version]);
  const row = rows[0];
  return row ? toPolicy(row) : null;
}

export async function listVersions(tx: Tx, id: string): Promise<RefundPolicyVersion[]> {
  const { rows } = await tx.query<PolicyRow>(`${SELECT_VERSION} WHERE p.id = $1 ORDER BY v.version`, [id]);
  return rows.map(toPolicy);
}

export interface PolicyListFilter {
  scope?: PolicyScope;
  eventId?: string;
  active?: boolean;
  after?: { createdAt: Date; id: string };
  limit: number;
}

/** Current versions, newest policy first, keyset-paginated; answers up to limit + 1 rows. */
export async function listPolicies(tx: Tx, filter: PolicyListFilter): Promise<RefundPolicyVersion[]> {
  const conditions = new SqlConditions()
    .always('v.version = p.current_version')
    .when(filter.scope, (p) => `p.scope = ${p}`)
    .when(filter.eventId, (p) => `p.event_id = ${p}`)
    .when(filter.active, (p) => `p.active = ${p}`)
    .after(filter.after, 'p');
  const limit = conditions.param(filter.limit + 1);
  const { rows } = await tx.query<PolicyRow>(
    `${SELECT_VERSION} ${conditions.where()} ORDER BY p.created_at DESC, p.id DESC LIMIT ${limit}`,
    conditions.params,
  );
  return rows.map(toPolicy);
}

/** Locks the policy head, so two edits of one policy take consecutive versions. */
export async function lockPolicy(tx: Tx, id: string): Promise<{ currentVersion: number; active: boolean } | null> {
  const { rows } = await tx.query<{ current_version: number; active: boolean }>(
    'SELECT current_version, active FROM refund_policies WHERE id = $1 FOR UPDATE',
    [id],
  );
  const row = rows[0];
  return row ? { currentVersion: row.current_version, active: row.active } : null;
}

/** Writes `definition` as the next version of a locked policy. */
export async function addVersion(
  tx: Tx,
  edit: { id: string; tenantId: string; version: number; definition: PolicyDefinition; actorId: string; now: Date },
): Promise<void> {
  const { id, tenantId, version, definition, actorId, now } = edit;
  await tx.query(
    `UPDATE refund_policies SET current_version = $2, scope = $3, event_id = $4, ticket_type_id = $5, scope_key = $6, updated_at = $7
      WHERE id = $1`,
    [id, version, definition.scope, definition.eventId, definition.ticketTypeId, scopeKey(definition), now],
  );
  await insertVersion(tx, id, tenantId, version, definition, actorId, now);
}

export async function deactivatePolicy(tx: Tx, id: string, now: Date): Promise<void> {
  await tx.query('UPDATE refund_policies SET active = false, deactivated_at = $2, updated_at = $2 WHERE id = $1 AND active', [id, now]);
}

/** Current versions of the active policies that could apply to an event and its ticket types. */
async function activeCandidates(tx: Tx, eventId: string, ticketTypeIds: readonly string[]): Promise<RefundPolicyVersion[]> {
  const { rows } = await tx.query<PolicyRow>(
    `${SELECT_VERSION} AND v.version = p.current_version
      WHERE p.active
        AND (p.scope = 'tenant'
             OR (p.scope = 'event' AND p.event_id = $1)
             OR (p.scope = 'ticketType' AND p.ticket_type_id = ANY($2::uuid[])))
      ORDER BY p.created_at, p.id`,
    [eventId, [...ticketTypeIds]],
  );
  return rows.map(toPolicy);
}

/** The most specific active policy for an event (and ticket types), or null for the built-in default. */
export async function effectivePolicy(tx: Tx, eventId: string, ticketTypeIds: readonly string[]): Promise<RefundPolicyVersion | null> {
  return mostSpecificPolicy(await activeCandidates(tx, eventId, ticketTypeIds), eventId, ticketTypeIds);
}

/**
 * The policy version in force for an order now: what confirmation snapshots on the order (SPEC §5.5).
 * Null means the built-in default.
 */
export async function policyInForce(
  tx: Tx,
  order: { eventId: string; items: readonly { ticketTypeId: string }[] },
): Promise<{ id: string; version: number } | null> {
  const policy = await effectivePolicy(tx, order.eventId, order.items.map((item) => item.ticketTypeId));
  return policy ? { id: policy.id, version: policy.version } : null;
}

/** The terms an order's snapshot names; the built-in default when it names none. */
export async function governingPolicy(tx: Tx, snapshot: { refundPolicyId: string | null; refundPolicyVersion: number | null }): Promise<GoverningPolicy> {
  if (snapshot.refundPolicyId === null || snapshot.refundPolicyVersion === null) return BUILT_IN_POLICY;
  const policy = await findPolicy(tx, snapshot.refundPolicyId, snapshot.refundPolicyVersion);
  if (!policy) throw new Error(`Refund policy ${snapshot.refundPolicyId} v${snapshot.refundPolicyVersion} of an order is missing`);
  return { id: policy.id, version: policy.version, name: policy.name, terms: policy.terms };
}
