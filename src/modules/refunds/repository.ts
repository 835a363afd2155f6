/**
 * The refunds' SQL. Every function takes the caller's transaction; status changes are conditional on the
 * expected status, so a refund is settled once even when the synchronous answer and a message race.
 */
import type { Tx } from '../../db/database.js';
import type { RefundBasis } from '../../core/refund-decision.js';
import type { RefundAllocation, StoredTaxLine } from '../../core/refund-ledger.js';
import type { RefundRule } from '../../core/refund-policy.js';
import type { Actor } from '../orders/index.js';
import type { PaymentPart, Refund, RefundKind, RefundStatus, RequestedItem } from './model.js';
import { isUuid } from '../../uuid.js';
import type { KeysetPosition } from '../../db/keyset.js';
import type { IntentBalance } from '../../core/refund-split.js';
import { SqlConditions } from '../../db/sql-conditions.js';

interface RefundRow {
  id: string;
  tenant_id: string;
  order_id: string;
  status: RefundStatus;
  amount: number;
  currency: Refund['currency'];
  reason: string;
  kind: RefundKind;
  basis: RefundBasis;
  requested_items: RequestedItem[] | null;
  breakdown_tickets: number;
  breakdown_platform_fee: number;
  breakdown_processing_fee: number;
  breakdown_tax: number;
  allocation: RefundAllocation;
  ticket_ids: string[];
  policy_id: string | null;
  policy_version: number | null;
  rule_applied: RefundRule | null;
  requested_by: string;
  requested_by_type: Actor['type'];
  requested_by_role: string | null;
  review_required: boolean;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_note: string | null;
  peer_refund_id: string | null;
  failure_reason: string | null;
  idempotency_key: string | null;
  request_key: string | null;
  submitted_at: Date | null;
  payment_parts: PaymentPart[] | null;
  tickets_released_at: Date | null;
  created_at: Date;
  updated_at: Date;
  settled_at: Date | null;
}

function toRefund(row: RefundRow): Refund {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    orderId: row.order_id,
    status: row.status,
    amount: row.amount,
    currency: row.currency,
    reason: row.reason,
    kind: row.kind,
    basis: row.basis,
    requestedItems: row.requested_items,
    breakdown: {
      tickets: row.breakdown_tickets,
      platformFee: row.breakdown_platform_fee,
      processingFee: row.breakdown_processing_fee,
      tax: row.breakdown_tax,
    },
    allocation: row.allocation,
    ticketIds: row.ticket_ids ?? [],
    policyId: row.policy_id,
    policyVersion: row.policy_version,
    ruleApplied: row.rule_applied,
    requestedBy: {
      type: row.requested_by_type,
      id: row.requested_by,
      ...(row.requested_by_role ? { role: row.requested_by_role } : {}),
    },
    reviewRequired: row.review_required,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    reviewNote: row.review_note,
    peerRefundId: row.peer_refund_id,
    failureReason: row.failure_reason,
    idempotencyKey: row.idempotency_key,
    requestKey: row.request_key,
    submittedAt: row.submitted_at,
    paymentParts: row.payment_parts,
    ticketsReleasedAt: row.tickets_released_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    settledAt: row.settled_at,
  };
}

export type NewRefund = Omit<
  Refund,
  'reviewedBy' | 'reviewedAt' | 'reviewNote' | 'peerRefundId' | 'failureReason' | 'ticketsReleasedAt' | 'updatedAt' | 'settledAt' | 'submittedAt' | 'paymentParts'
> & {
  /** When the refund-recovery job may take the refund over if it is still PENDING then. */
  recoverAfter: Date;
  /** A refund handed to the Payment service in the transaction that reserves it: when, and its parts. */
  handedOver?: { submittedAt: Date; paymentParts: PaymentPart[] };
};

export async function insertRefund(tx: Tx, refund: NewRefund): Promise<Refund> {
  const { rows } = await tx.query<RefundRow>(
    `INSERT INTO refunds (id, tenant_id, order_id, status, amount, currency, reason, kind, basis, requested_items, breakdown_tickets,
        breakdown_platform_fee, breakdown_processing_fee, breakdown_tax, allocation, ticket_ids, policy_id, policy_version, rule_applied,
        requested_by, requested_by_type, requested_by_role, review_required, idempotency_key, created_at, updated_at, request_key, recover_after,
        submitted_at, payment_parts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $25, $26, $27, $28, $29)
     RETURNING *`,
    [
      refund.id,
      refund.tenantId,
      refund.orderId,
      refund.status,
      refund.amount,
      refund.currency,
      refund.reason,
      refund.kind,
      refund.basis,
      refund.requestedItems === null ? null : JSON.stringify(refund.requestedItems),
      refund.breakdown.tickets,
      refund.breakdown.platformFee,
      refund.breakdown.processingFee,
      refund.breakdown.tax,
      JSON.stringify(refund.allocation),
      refund.ticketIds,
      refund.policyId,
      refund.policyVersion,
      refund.ruleApplied === null ? null : JSON.stringify(refund.ruleApplied),
      refund.requestedBy.id,
      refund.requestedBy.type,
      refund.requestedBy.role ?? null,
      refund.reviewRequired,
      refund.idempotencyKey,
      refund.createdAt,
      refund.requestKey,
      refund.recoverAfter,
      refund.handedOver?.submittedAt ?? null,
      refund.handedOver ? JSON.stringify(refund.handedOver.paymentParts) : null,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('the refund just inserted was not returned');
  return toRefund(row);
}

/**
 * Inserts several refunds in one statement whose text does not depend on their number (a batch of the
 * event-cancellation job); the same rows as insertRefund. Answers them in the order given.
 */
export async function insertRefunds(tx: Tx, refunds: readonly NewRefund[]): Promise<Refund[]> {
  if (refunds.length === 0) return [];
  const rows = refunds.map((refund) => ({
    id: refund.id,
    tenant_id: refund.tenantId,
    order_id: refund.orderId,
    status: refund.status,
    amount: refund.amount,
    currency: refund.currency,
    reason: refund.reason,
    kind: refund.kind,
    basis: refund.basis,
    requested_items: refund.requestedItems,
    breakdown_tickets: refund.breakdown.tickets,
    breakdown_platform_fee: refund.breakdown.platformFee,
    breakdown_processing_fee: refund.breakdown.processingFee,
    breakdown_tax: refund.breakdown.tax,
    allocation: refund.allocation,
    ticket_ids: refund.ticketIds,
    policy_id: refund.policyId,
    policy_version: refund.policyVersion,
    rule_applied: refund.ruleApplied,
    requested_by: refund.requestedBy.id,
    requested_by_type: refund.requestedBy.type,
    requested_by_role: refund.requestedBy.role ?? null,
    review_required: refund.reviewRequired,
    idempotency_key: refund.idempotencyKey,
    created_at: refund.createdAt.toISOString(),
    request_key: refund.requestKey,
    recover_after: refund.recoverAfter.toISOString(),
    submitted_at: refund.handedOver?.submittedAt.toISOString() ?? null,
    payment_parts: refund.handedOver?.paymentParts ?? null,
  }));
  const inserted = await tx.query<RefundRow>(
    `INSERT INTO refunds (id, tenant_id, order_id, status, amount, currency, reason, kind, basis, requested_items, breakdown_tickets,
        breakdown_platform_fee, breakdown_processing_fee, breakdown_tax, allocation, ticket_ids, policy_id, policy_version, rule_applied,
        requested_by, requested_by_type, requested_by_role, review_required, idempotency_key, created_at, updated_at, request_key, recover_after,
        submitted_at, payment_parts)
     SELECT id, tenant_id, order_id, status, amount, currency, reason, kind, basis, requested_items, breakdown_tickets,
            breakdown_platform_fee, breakdown_processing_fee, breakdown_tax, allocation, ticket_ids, policy_id, policy_version, rule_applied,
            requested_by, requested_by_type, requested_by_role, review_required, idempotency_key, created_at, created_at, request_key,
            recover_after, submitted_at, payment_parts
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, tenant_id uuid, order_id uuid, status text, amount bigint, currency text, reason text,
            kind text, basis text, requested_items jsonb, breakdown_tickets bigint, breakdown_platform_fee bigint, breakdown_processing_fee bigint,
            breakdown_tax bigint, allocation jsonb, ticket_ids uuid[], policy_id uuid, policy_version integer, rule_applied jsonb,
            requested_by text, requested_by_type text, requested_by_role text, review_required boolean, idempotency_key text,
            created_at timestamptz, request_key text, recover_after timestamptz, submitted_at timestamptz, payment_parts jsonb)
     RETURNING *`,
    [JSON.stringify(rows)],
  );
  const byId = new Map(inserted.rows.map((row) => [row.id, toRefund(row)]));
  return refunds.map((refund) => {
    const stored = byId.get(refund.id);
    if (!stored) throw new Error('a refund just inserted was not returned');
    return stored;
  });
}

export async function findRefund(tx: Tx, orderId: string, refundId: string, options: { forUpdate?: boolean } = {}): Promise<Refund | null> {
  const { rows } = await tx.query<RefundRow>(
    `SELECT * FROM refunds WHERE id = $1 AND order_id = $2${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [refundId, orderId],
  );
  const row = rows[0];
  return row ? toRefund(row) : null;
}

/** The refunds of several orders, each order's oldest first (listRefunds for each). */
export async function listRefundsOf(tx: Tx, orderIds: readonly string[]): Promise<Map<string, Refund[]>> {
  const { rows } = await tx.query<RefundRow>('SELECT * FROM refunds WHERE order_id = ANY($1::uuid[]) ORDER BY created_at, id', [[...orderIds]]);
  const byOrder = new Map<string, Refund[]>();
  for (const row of rows) {
    const refund = toRefund(row);
    byOrder.set(refund.orderId, [...(byOrder.get(refund.orderId) ?? []), refund]);
  }
  return byOrder;
}

/** The order's refunds, oldest first. */
export async function listRefunds(tx: Tx, orderId: string): Promise<Refund[]> {
  const { rows } = await tx.query<RefundRow>('SELECT * FROM refunds WHERE order_id = $1 ORDER BY created_at, id', [orderId]);
  return rows.map(toRefund);
}

/** The tenant's refunds (staff), newest first, keyset-paginated on (created_at, id); up to limit + 1 rows. */
export async function listTenantRefunds(tx: Tx, filter: { status?: RefundStatus; after?: KeysetPosition; limit: number }): Promise<Refund[]> {
  const conditions = new SqlConditions().when(filter.status, (p) => `status = ${p}`).after(filter.after);
  const limit = conditions.param(filter.limit + 1);
  const { rows } = await tx.query<RefundRow>(`SELECT * FROM refunds ${conditions.where()} ORDER BY created_at DESC, id DESC LIMIT ${limit}`, conditions.params);
  return rows.map(toRefund);
}

/** The live refund a caller's key already started for the order (a FAILED attempt does not count). */
export async function findRefundByKey(tx: Tx, orderId: string, idempotencyKey: string): Promise<Refund | null> {
  const { rows } = await tx.query<RefundRow>(
    `SELECT * FROM refunds WHERE order_id = $1 AND idempotency_key = $2 AND status <> 'FAILED' ORDER BY created_at DESC LIMIT 1`,
    [orderId, idempotencyKey],
  );
  const row = rows[0];
  return row ? toRefund(row) : null;
}

/** The same answer as findRefundByKey, from the order's refunds as listRefunds read them (oldest first). */
export function refundByKeyIn(refunds: readonly Refund[], idempotencyKey: string): Refund | null {
  return refunds.findLast((refund) => refund.idempotencyKey === idempotencyKey && refund.status !== 'FAILED') ?? null;
}

/**
 * The refund an HTTP request with this Idempotency-Key (of this user) created on the order since `since`:
 * a repeat of the request answers it, whatever became of the process that made it. FAILED ones count.
 */
export async function findRefundByRequestKey(tx: Tx, orderId: string, userId: string, requestKey: string, since: Date): Promise<Refund | null> {
  const { rows } = await tx.query<RefundRow>(
    `SELECT * FROM refunds WHERE order_id = $1 AND requested_by = $2 AND request_key = $3 AND created_at >= $4 ORDER BY created_at LIMIT 1`,
    [orderId, userId, requestKey, since],
  );
  const row = rows[0];
  return row ? toRefund(row) : null;
}

/** Columns a status change may set besides the status. */
export interface RefundPatch {
  reviewedBy?: string;
  reviewedAt?: Date;
  reviewNote?: string | null;
  peerRefundId?: string | null;
  failureReason?: string | null;
  settledAt?: Date | null;
  submittedAt?: Date;
  recoverAfter?: Date | null;
  paymentParts?: PaymentPart[];
}

const PATCH_COLUMNS: Record<keyof RefundPatch, string> = {
  reviewedBy: 'reviewed_by',
  reviewedAt: 'reviewed_at',
  reviewNote: 'review_note',
  peerRefundId: 'peer_refund_id',
  failureReason: 'failure_reason',
  settledAt: 'settled_at',
  submittedAt: 'submitted_at',
  recoverAfter: 'recover_after',
  paymentParts: 'payment_parts',
};

/** Moves the refund from one of `from` to `to`; null when it was not in an expected status. */
export async function updateRefundIf(
  tx: Tx,
  id: string,
  from: readonly RefundStatus[],
  to: RefundStatus,
  patch: RefundPatch,
  now: Date,
): Promise<Refund | null> {
  const params: unknown[] = [id, [...from], to, now];
  const sets = ['status = $3', 'updated_at = $4'];
  for (const [key, column] of Object.entries(PATCH_COLUMNS) as [keyof RefundPatch, string][]) {
    if (patch[key] === undefined) continue;
    // jsonb: an array would otherwise be sent as a PostgreSQL array.
    params.push(key === 'paymentParts' ? JSON.stringify(patch[key]) : patch[key]);
    sets.push(`${column} = $${params.length}`);
  }
  const { rows } = await tx.query<RefundRow>(
    `UPDATE refunds SET ${sets.join(', ')} WHERE id = $1 AND status = ANY($2::text[]) RETURNING *`,
    params,
  );
  const row = rows[0];
  return row ? toRefund(row) : null;
}

export async function markTicketsReleased(tx: Tx, ids: readonly string[], now: Date): Promise<void> {
  await tx.query('UPDATE refunds SET tickets_released_at = $2, updated_at = $2 WHERE id = ANY($1::uuid[]) AND tickets_released_at IS NULL', [[...ids], now]);
}

/** A refund a background job claimed: where it lives, so the work can run in its tenant's transaction. */
export interface ClaimedRefund {
  id: string;
  tenantId: string;
  orderId: string;
}

/**
 * Cross-tenant (system transaction): claims up to `limit` refunds in `status` whose `recover_after` has come
 * (PENDING: for the recovery job; SUCCEEDED with tickets not yet released: for the release job). Claimed
 * rows skip those another instance is claiming, and their `recover_after` moves on by `leaseSeconds` doubled
 * per earlier attempt (at most an hour), which is both the claim's lease and the retries' backoff.
 */
export async function claimDueRefunds(
  tx: Tx,
  work: { status: 'PENDING' | 'SUCCEEDED'; now: Date; leaseSeconds: number; limit: number },
): Promise<ClaimedRefund[]> {
  const ticketsOnly = work.status === 'SUCCEEDED' ? `AND tickets_released_at IS NULL AND cardinality(ticket_ids) > 0` : '';
  const { rows } = await tx.query<{ id: string; tenant_id: string; order_id: string }>(
    `UPDATE refunds r
        SET recover_after = $2::timestamptz + least(make_interval(secs => $3 * power(2, least(r.recovery_attempts, 12))), interval '1 hour'),
            recovery_attempts = r.recovery_attempts + 1
       FROM (SELECT id FROM refunds
              WHERE status = $1 AND recover_after <= $2 ${ticketsOnly}
              ORDER BY recover_after LIMIT $4 FOR UPDATE SKIP LOCKED) due
      WHERE r.id = due.id
      RETURNING r.id, r.tenant_id, r.order_id`,
    [work.status, work.now, work.leaseSeconds, work.limit],
  );
  return rows.map((row) => ({ id: row.id, tenantId: row.tenant_id, orderId: row.order_id }));
}

/**
 * The checkout's stored per-line tax results of an order (see core/pricing.ts TaxLineResult), as the ledger
 * needs them: the order row's `tax_lines`, entries of another shape left out.
 */
export function storedTaxLines(lines: unknown): StoredTaxLine[] {
  if (!Array.isArray(lines)) return [];
  return lines.flatMap((line: unknown) => {
    if (typeof line !== 'object' || line === null) return [];
    const { lineId, tax } = line as { lineId?: unknown; tax?: unknown };
    return typeof lineId === 'string' && typeof tax === 'number' && Number.isSafeInteger(tax) ? [{ lineId, tax }] : [];
  });
}

/**
 * Cross-tenant (system transaction): the refund a settlement message names — by our refund id, by the
 * Payment service's refund id, or by the idempotency key we sent (`refund:<id>`).
 */
export async function locateRefund(tx: Tx, reference: string): Promise<{ id: string; tenantId: string; orderId: string } | null> {
  // Our key of a refund (`refund:<id>`) or of one of its further parts (`refund:<id>:<intentId>`).
  const ownId = /^refund:([0-9a-f-]{36})(?::[^:]+)?$/i.exec(reference)?.[1] ?? reference;
  const { rows } = await tx.query<{ id: string; tenant_id: string; order_id: string }>(
    `SELECT id, tenant_id, order_id FROM refunds
      WHERE ($1::uuid IS NOT NULL AND id = $1::uuid) OR peer_refund_id = $2
      ORDER BY (id = $1::uuid) DESC NULLS LAST LIMIT 1`,
    [isUuid(ownId) ? ownId : null, reference],
  );
  const row = rows[0];
  return row ? { id: row.id, tenantId: row.tenant_id, orderId: row.order_id } : null;
}

/** An applied order change as the split of a refund over the order's payment intents needs it. */
export interface AppliedChangeIntent {
  paymentIntentId: string | null;
  deltaTotal: number;
}

/**
 * The order's applied changes, most recent first (the caller's transaction, order locked). An order's version goes
 * up by one with every applied change (SPEC §13): at version 1 it has none, and nothing is read.
 */
export async function appliedChangeIntents(tx: Tx, order: { id: string; version: number }): Promise<AppliedChangeIntent[]> {
  if (order.version === 1) return [];
  const { rows } = await tx.query<{ payment_intent_id: string | null; delta_total: number }>(
    `SELECT payment_intent_id, delta_total FROM order_changes WHERE order_id = $1 AND status = 'APPLIED'
      ORDER BY applied_at DESC, id DESC`,
    [order.id],
  );
  return rows.map((row) => ({ paymentIntentId: row.payment_intent_id, deltaTotal: Number(row.delta_total) }));
}

/** Whether a refund gives money back from the order's intents: SUCCEEDED, or PENDING and handed over. */
export function givesBack(refund: Pick<Refund, 'status' | 'submittedAt'>): boolean {
  return refund.status === 'SUCCEEDED' || (refund.status === 'PENDING' && refund.submittedAt !== null);
}

/**
 * The payment intents of an order as refunds see them: the order's own, and each applied order change's that
 * charged more, most recent first, with what each took and what `refunds` (those that give back, see givesBack)
 * gave back from it or are giving back. What the order's own intent took is the order's total less the applied
 * changes' deltas (SPEC §13: the books).
 */
export function intentBalancesOf(
  order: { total: number; paymentIntentId: string },
  changes: readonly AppliedChangeIntent[],
  refunds: readonly Pick<Refund, 'amount' | 'paymentParts'>[],
): IntentBalance[] {
  const refunded = new Map<string, number>();
  const add = (intentId: string, amount: number) => refunded.set(intentId, (refunded.get(intentId) ?? 0) + amount);
  for (const refund of refunds) {
    if (refund.paymentParts) for (const part of refund.paymentParts) add(part.intentId, part.amount);
    else add(order.paymentIntentId, Number(refund.amount));
  }
  const charged = changes.flatMap((change) =>
    change.paymentIntentId && change.deltaTotal > 0 ? [{ intentId: change.paymentIntentId, taken: change.deltaTotal }] : [],
  );
  const ownTaken = order.total - changes.reduce((total, change) => total + change.deltaTotal, 0);
  return [...charged, { intentId: order.paymentIntentId, taken: ownTaken }].map((intent) => ({ ...intent, refunded: refunded.get(intent.intentId) ?? 0 }));
}

/**
 * The payment intents of an order as refunds see them (the caller's transaction, order locked), counting what
 * refunds other than `exceptRefundId` gave back or are giving back: see intentBalancesOf.
 */
export async function intentBalances(
  tx: Tx,
  order: { id: string; version: number; total: number; paymentIntentId: string },
  exceptRefundId: string,
): Promise<IntentBalance[]> {
  const changes = await appliedChangeIntents(tx, order);
  const refunds = await tx.query<{ amount: number; payment_parts: PaymentPart[] | null }>(
    `SELECT amount, payment_parts FROM refunds
      WHERE order_id = $1 AND id <> $2 AND (status = 'SUCCEEDED' OR (status = 'PENDING' AND submitted_at IS NOT NULL))`,
    [order.id, exceptRefundId],
  );
  return intentBalancesOf(
    order,
    changes,
    refunds.rows.map((row) => ({ amount: row.amount, paymentParts: row.payment_parts })),
  );
}
