/** The changes area's SQL. Every function takes the caller's transaction; state moves are conditional updates. */
import type { Tx } from '../../db/database.js';
import type { ChangeStatus, OrderChange } from './model.js';

interface ChangeRow {
  id: string;
  tenant_id: string;
  order_id: string;
  status: ChangeStatus;
  reason: string | null;
  add_lines: OrderChange['add'];
  remove_lines: OrderChange['remove'];
  plan: OrderChange['plan'];
  delta_subtotal: number;
  delta_platform_fee: number;
  delta_processing_fee: number;
  delta_tax: number;
  change_fee: number;
  delta_total: number;
  currency: OrderChange['currency'];
  reservation_id: string | null;
  payment_intent_id: string | null;
  payment_client_secret: string | null;
  expires_at: Date | null;
  refund_id: string | null;
  failure_code: string | null;
  failure_reason: string | null;
  requested_by: OrderChange['requestedBy'];
  idempotency_key: string | null;
  recover_after: Date | null;
  peers_settled_at: Date | null;
  created_at: Date;
  updated_at: Date;
  applied_at: Date | null;
  ended_at: Date | null;
}

function toChange(row: ChangeRow): OrderChange {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    orderId: row.order_id,
    status: row.status,
    reason: row.reason,
    add: row.add_lines,
    remove: row.remove_lines,
    plan: row.plan,
    delta: {
      subtotal: Number(row.delta_subtotal),
      platformFee: Number(row.delta_platform_fee),
      processingFee: Number(row.delta_processing_fee),
      tax: Number(row.delta_tax),
      changeFee: Number(row.change_fee),
      total: Number(row.delta_total),
    },
    currency: row.currency,
    reservationId: row.reservation_id,
    paymentIntentId: row.payment_intent_id,
    paymentClientSecret: row.payment_client_secret,
    expiresAt: row.expires_at,
    refundId: row.refund_id,
    failureCode: row.failure_code,
    failureReason: row.failure_reason,
    requestedBy: row.requested_by,
    idempotencyKey: row.idempotency_key,
    recoverAfter: row.recover_after,
    peersSettledAt: row.peers_settled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    appliedAt: row.applied_at,
    endedAt: row.ended_at,
  };
}

export type NewChange = Omit<
  OrderChange,
  'paymentIntentId' | 'paymentClientSecret' | 'expiresAt' | 'refundId' | 'failureCode' | 'failureReason' | 'peersSettledAt' | 'updatedAt' | 'appliedAt' | 'endedAt'
>;

export async function insertChange(tx: Tx, change: NewChange): Promise<OrderChange> {
  const { rows } = await tx.query<ChangeRow>(
    `INSERT INTO order_changes (id, tenant_id, order_id, status, reason, add_lines, remove_lines, plan, delta_subtotal, delta_platform_fee,
        delta_processing_fee, delta_tax, change_fee, delta_total, currency, reservation_id, requested_by, idempotency_key, recover_after,
        created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20)
     RETURNING *`,
    [
      change.id,
      change.tenantId,
      change.orderId,
      change.status,
      change.reason,
      JSON.stringify(change.add),
      JSON.stringify(change.remove),
      JSON.stringify(change.plan),
      change.delta.subtotal,
      change.delta.platformFee,
      change.delta.processingFee,
      change.delta.tax,
      change.delta.changeFee,
      change.delta.total,
      change.currency,
      change.reservationId,
      JSON.stringify(change.requestedBy),
      change.idempotencyKey,
      change.recoverAfter,
      change.createdAt,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('the change insert returned no row');
  return toChange(row);
}

export async function findChange(tx: Tx, orderId: string, changeId: string, options: { forUpdate?: boolean } = {}): Promise<OrderChange | null> {
  const { rows } = await tx.query<ChangeRow>(
    `SELECT * FROM order_changes WHERE order_id = $1 AND id = $2${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [orderId, changeId],
  );
  return rows[0] ? toChange(rows[0]) : null;
}

export async function findChangeByKey(tx: Tx, orderId: string, key: string): Promise<OrderChange | null> {
  const { rows } = await tx.query<ChangeRow>('SELECT * FROM order_changes WHERE order_id = $1 AND idempotency_key = $2', [orderId, key]);
  return rows[0] ? toChange(rows[0]) : null;
}

export async function findChangeByIntent(tx: Tx, orderId: string, paymentIntentId: string): Promise<OrderChange | null> {
  const { rows } = await tx.query<ChangeRow>('SELECT * FROM order_changes WHERE order_id = $1 AND payment_intent_id = $2', [orderId, paymentIntentId]);
  return rows[0] ? toChange(rows[0]) : null;
}

export async function listChanges(tx: Tx, orderId: string): Promise<OrderChange[]> {
  const { rows } = await tx.query<ChangeRow>('SELECT * FROM order_changes WHERE order_id = $1 ORDER BY created_at, id', [orderId]);
  return rows.map(toChange);
}

export interface ChangePatch {
  paymentIntentId?: string;
  paymentClientSecret?: string | null;
  expiresAt?: Date | null;
  refundId?: string;
  failureCode?: string;
  failureReason?: string;
  recoverAfter?: Date | null;
  peersSettledAt?: Date;
  appliedAt?: Date;
  endedAt?: Date;
  reservationId?: string;
}

const PATCH_COLUMNS: Record<keyof ChangePatch, string> = {
  paymentIntentId: 'payment_intent_id',
  paymentClientSecret: 'payment_client_secret',
  expiresAt: 'expires_at',
  refundId: 'refund_id',
  failureCode: 'failure_code',
  failureReason: 'failure_reason',
  recoverAfter: 'recover_after',
  peersSettledAt: 'peers_settled_at',
  appliedAt: 'applied_at',
  endedAt: 'ended_at',
  reservationId: 'reservation_id',
};

/** Moves the change from one of `from` to `to` with `patch`; null when it was not in one of `from` (a race lost). */
export async function updateChangeIf(
  tx: Tx,
  changeId: string,
  from: readonly ChangeStatus[],
  to: ChangeStatus,
  patch: ChangePatch,
  now: Date,
): Promise<OrderChange | null> {
  const params: unknown[] = [changeId, [...from], to, now];
  const sets = ['status = $3', 'updated_at = $4'];
  for (const [key, column] of Object.entries(PATCH_COLUMNS) as [keyof ChangePatch, string][]) {
    if (patch[key] === undefined) continue;
    params.push(patch[key]);
    sets.push(`${column} = $${params.length}`);
  }
  const { rows } = await tx.query<ChangeRow>(
    `UPDATE order_changes SET ${sets.join(', ')} WHERE id = $1 AND status = ANY($2::text[]) RETURNING *`,
    params,
  );
  return rows[0] ? toChange(rows[0]) : null;
}

/** A change claimed by a job (system transaction): where to find it. */
export interface ClaimedChange {
  id: string;
  tenantId: string;
  orderId: string;
}

/**
 * Claims up to `limit` changes AWAITING_PAYMENT whose payment window ended before `cutoff`; rows another
 * instance holds are skipped. The caller expires each in its own tenant transaction (conditionally).
 */
export async function claimExpiredChanges(tx: Tx, cutoff: Date, limit: number): Promise<ClaimedChange[]> {
  const { rows } = await tx.query<ClaimedChange>(
    `SELECT id, tenant_id AS "tenantId", order_id AS "orderId" FROM order_changes
      WHERE status = 'AWAITING_PAYMENT' AND expires_at < $1
      ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [cutoff, limit],
  );
  return rows;
}

/**
 * Claims up to `limit` changes left behind: PENDING past their deadline (the request died mid-way), AWAITING_PAYMENT
 * due for a look at their payment (its news may have been lost with a killed instance), or APPLIED with the Ticket
 * service's part not done; pushes their deadline to `leaseUntil` so no other instance takes them.
 */
export async function claimChangesToRecover(tx: Tx, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedChange[]> {
  const { rows } = await tx.query<ClaimedChange>(
    `UPDATE order_changes c SET recover_after = $2
       FROM (SELECT id FROM order_changes
              WHERE (status IN ('PENDING', 'AWAITING_PAYMENT') OR (status = 'APPLIED' AND peers_settled_at IS NULL)) AND recover_after < $1
              ORDER BY recover_after LIMIT $3 FOR UPDATE SKIP LOCKED) due
      WHERE c.id = due.id
      RETURNING c.id, c.tenant_id AS "tenantId", c.order_id AS "orderId"`,
    [now, leaseUntil, limit],
  );
  return rows;
}
