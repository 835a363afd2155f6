/**
 * The disputes area's SQL. Every function takes the caller's transaction; none opens its own. Functions
 * marked "system" are for the system path (cross-tenant, outside row-level security) and stay narrow: they
 * read only what is needed to find a webhook's tenant, or claim due work.
 */
import type { Tx } from '../../db/database.js';
import { groupRows } from '../../db/group-rows.js';
import { SqlConditions } from '../../db/sql-conditions.js';
import type { Currency } from '../../peers/contract.js';
import {
  OPEN_DISPUTE_STATUSES,
  type Dispute,
  type DisputeHistoryEntry,
  type DisputeOutcome,
  type DisputeStatus,
  type DisputeWebhook,
  type DisputeWebhookType,
  type TicketsVoidState,
} from './model.js';
import type { DisputeState } from '../../core/dispute-decision.js';

interface DisputeRow {
  id: string;
  tenant_id: string | null;
  order_id: string | null;
  payment_dispute_id: string;
  payment_intent_id: string;
  amount: number;
  currency: Currency;
  reason: string;
  status: DisputeStatus;
  outcome: DisputeOutcome | null;
  lost_amount: number;
  evidence_due_by: Date | null;
  double_loss_risk: boolean;
  tickets_void_state: TicketsVoidState | null;
  last_event_at: Date;
  opened_at: Date;
  closed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

interface EventRow {
  id: number;
  dispute_id: string;
  webhook_id: string;
  type: DisputeWebhookType;
  status: DisputeStatus;
  amount: number;
  reason: string;
  evidence_due_by: Date | null;
  occurred_at: Date;
  received_at: Date;
  applied: boolean;
}

const DISPUTE_COLUMNS = `id, tenant_id, order_id, payment_dispute_id, payment_intent_id, amount, currency, reason, status, outcome,
  lost_amount, evidence_due_by, double_loss_risk, tickets_void_state, last_event_at, opened_at, closed_at, created_at, updated_at`;

function toDispute(row: DisputeRow): Dispute {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    orderId: row.order_id,
    paymentDisputeId: row.payment_dispute_id,
    paymentIntentId: row.payment_intent_id,
    amount: row.amount,
    currency: row.currency,
    reason: row.reason,
    status: row.status,
    outcome: row.outcome,
    lostAmount: row.lost_amount,
    evidenceDueBy: row.evidence_due_by,
    doubleLossRisk: row.double_loss_risk,
    ticketsVoidState: row.tickets_void_state,
    lastEventAt: row.last_event_at,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toHistoryEntry(row: EventRow): DisputeHistoryEntry {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    type: row.type,
    status: row.status,
    amount: row.amount,
    reason: row.reason,
    evidenceDueBy: row.evidence_due_by,
    occurredAt: row.occurred_at,
    receivedAt: row.received_at,
    applied: row.applied,
  };
}

// ---------- finding a webhook's tenant (system) ----------

/** System: whether a webhook id was already processed (a fast path; recordWebhook decides for sure). */
export async function webhookSeen(tx: Tx, webhookId: string): Promise<boolean> {
  const { rows } = await tx.query<{ seen: boolean }>('SELECT EXISTS (SELECT 1 FROM webhook_inbox WHERE webhook_id = $1) AS seen', [
    webhookId,
  ]);
  return rows[0]?.seen === true;
}

/** System: where an already known dispute lives (tenant and order, both null when it matched no order). */
export async function findDisputeHome(tx: Tx, paymentDisputeId: string): Promise<{ tenantId: string | null; orderId: string | null } | null> {
  const { rows } = await tx.query<{ tenant_id: string | null; order_id: string | null }>(
    'SELECT tenant_id, order_id FROM disputes WHERE payment_dispute_id = $1',
    [paymentDisputeId],
  );
  const row = rows[0];
  return row ? { tenantId: row.tenant_id, orderId: row.order_id } : null;
}

/** System: the orders paid with a payment intent (one in practice; at most two are read to notice more). */
export async function findOrdersByPaymentIntent(tx: Tx, paymentIntentId: string): Promise<{ id: string; tenantId: string }[]> {
  const { rows } = await tx.query<{ id: string; tenant_id: string }>(
    'SELECT id, tenant_id FROM orders WHERE payment_intent_id = $1 ORDER BY created_at, id LIMIT 2',
    [paymentIntentId],
  );
  return rows.map((row) => ({ id: row.id, tenantId: row.tenant_id }));
}

// ---------- applying a webhook ----------

/** Records the webhook id in the inbox; false when it was already there (processed by someone else). */
export async function recordWebhook(
  tx: Tx,
  webhook: { id: string; type: string; tenantId: string | null; receivedAt: Date },
): Promise<boolean> {
  const { rowCount } = await tx.query(
    'INSERT INTO webhook_inbox (webhook_id, tenant_id, type, received_at) VALUES ($1, $2, $3, $4) ON CONFLICT (webhook_id) DO NOTHING',
    [webhook.id, webhook.tenantId, webhook.type, webhook.receivedAt],
  );
  return rowCount > 0;
}

export interface NewDispute {
  id: string;
  tenantId: string | null;
  orderId: string | null;
  paymentDisputeId: string;
  paymentIntentId: string;
  state: DisputeState;
  doubleLossRisk: boolean;
  ticketsVoidState: TicketsVoidState | null;
  ticketsVoidNextAt: Date | null;
  now: Date;
}

/** Inserts the dispute unless one with its payment dispute id exists; answers it when inserted. */
export async function insertDisputeIfNew(tx: Tx, dispute: NewDispute): Promise<Dispute | null> {
  const { state } = dispute;
  const { rows } = await tx.query<DisputeRow>(
    `INSERT INTO disputes (id, tenant_id, order_id, payment_dispute_id, payment_intent_id, amount, currency, reason, status,
        outcome, lost_amount, evidence_due_by, double_loss_risk, tickets_void_state, tickets_void_next_at, last_event_at,
        opened_at, closed_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $17, $17)
     ON CONFLICT (payment_dispute_id) DO NOTHING
     RETURNING ${DISPUTE_COLUMNS}`,
    [
      dispute.id,
      dispute.tenantId,
      dispute.orderId,
      dispute.paymentDisputeId,
      dispute.paymentIntentId,
      state.amount,
      state.currency,
      state.reason,
      state.status,
      state.outcome,
      state.lostAmount,
      state.evidenceDueBy,
      dispute.doubleLossRisk,
      dispute.ticketsVoidState,
      dispute.ticketsVoidNextAt,
      state.lastEventAt,
      dispute.now,
      state.closedAt,
    ],
  );
  return rows[0] ? toDispute(rows[0]) : null;
}

export async function findDisputeByPaymentId(tx: Tx, paymentDisputeId: string, options: { forUpdate?: boolean } = {}): Promise<Dispute | null> {
  const { rows } = await tx.query<DisputeRow>(
    `SELECT ${DISPUTE_COLUMNS} FROM disputes WHERE payment_dispute_id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [paymentDisputeId],
  );
  return rows[0] ? toDispute(rows[0]) : null;
}

export interface DisputeUpdate {
  state: DisputeState;
  doubleLossRisk?: boolean;
  ticketsVoidState?: TicketsVoidState;
  ticketsVoidNextAt?: Date;
  now: Date;
}

export async function updateDispute(tx: Tx, id: string, update: DisputeUpdate): Promise<Dispute> {
  const { state } = update;
  const { rows } = await tx.query<DisputeRow>(
    `UPDATE disputes SET amount = $2, currency = $3, reason = $4, status = $5, outcome = $6, lost_amount = $7,
        evidence_due_by = $8, last_event_at = $9, closed_at = $10, updated_at = $11,
        double_loss_risk = double_loss_risk OR $12,
        tickets_void_state = COALESCE($13, tickets_void_state),
        tickets_void_next_at = COALESCE($14, tickets_void_next_at)
      WHERE id = $1
      RETURNING ${DISPUTE_COLUMNS}`,
    [
      id,
      state.amount,
      state.currency,
      state.reason,
      state.status,
      state.outcome,
      state.lostAmount,
      state.evidenceDueBy,
      state.lastEventAt,
      state.closedAt,
      update.now,
      update.doubleLossRisk ?? false,
      update.ticketsVoidState ?? null,
      update.ticketsVoidNextAt ?? null,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error(`dispute ${id} vanished while being updated`);
  return toDispute(row);
}

export async function insertDisputeEvent(
  tx: Tx,
  event: { tenantId: string | null; disputeId: string; webhook: DisputeWebhook; receivedAt: Date; applied: boolean },
): Promise<void> {
  const { webhook } = event;
  await tx.query(
    `INSERT INTO dispute_events (tenant_id, dispute_id, webhook_id, type, status, amount, reason, evidence_due_by, occurred_at,
        received_at, applied)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      event.tenantId,
      event.disputeId,
      webhook.id,
      webhook.type,
      webhook.data.status,
      webhook.data.amount,
      webhook.data.reason,
      webhook.data.evidenceDueBy,
      webhook.createdAt,
      event.receivedAt,
      event.applied,
    ],
  );
}

export async function countOpenDisputesOfOrder(tx: Tx, orderId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM disputes WHERE order_id = $1 AND status = ANY($2::text[])',
    [orderId, [...OPEN_DISPUTE_STATUSES]],
  );
  return rows[0]?.n ?? 0;
}

/** Open disputes of one tenant, or of no tenant (null: unmatched, system path only), for the gauge. */
export async function countOpenDisputes(tx: Tx, tenantId: string | null): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM disputes WHERE tenant_id IS NOT DISTINCT FROM $1::uuid AND status = ANY($2::text[])',
    [tenantId, [...OPEN_DISPUTE_STATUSES]],
  );
  return rows[0]?.n ?? 0;
}

/** System: open disputes per tenant (null: unmatched), for the gauge at start. */
export async function countOpenDisputesByTenant(tx: Tx): Promise<{ tenantId: string | null; open: number }[]> {
  const { rows } = await tx.query<{ tenant_id: string | null; open: number }>(
    'SELECT tenant_id, count(*)::int AS open FROM disputes WHERE status = ANY($1::text[]) GROUP BY tenant_id',
    [[...OPEN_DISPUTE_STATUSES]],
  );
  return rows.map((row) => ({ tenantId: row.tenant_id, open: row.open }));
}

/**
 * Sets orders.refund_locked — the column the refund module reads, inside the transaction that reserves a
 * refund, with the order row locked FOR UPDATE (see docs/disputes.md). Answers whether it changed.
 */
export async function setRefundLock(tx: Tx, orderId: string, locked: boolean, now: Date): Promise<boolean> {
  const { rowCount } = await tx.query('UPDATE orders SET refund_locked = $2, updated_at = $3 WHERE id = $1 AND refund_locked <> $2', [
    orderId,
    locked,
    now,
  ]);
  return rowCount > 0;
}

/** Open disputes of an order not yet flagged for double-loss risk, locked; flags them. */
export async function flagDoubleLossRisk(tx: Tx, orderId: string, now: Date): Promise<Dispute[]> {
  const { rows } = await tx.query<DisputeRow>(
    `UPDATE disputes SET double_loss_risk = true, updated_at = $3
      WHERE order_id = $1 AND status = ANY($2::text[]) AND NOT double_loss_risk
      RETURNING ${DISPUTE_COLUMNS}`,
    [orderId, [...OPEN_DISPUTE_STATUSES], now],
  );
  return rows.map(toDispute);
}

// ---------- reading ----------

async function withHistory(tx: Tx, disputes: Dispute[]): Promise<(Dispute & { history: DisputeHistoryEntry[] })[]> {
  if (disputes.length === 0) return [];
  const { rows } = await tx.query<EventRow>(
    `SELECT id, dispute_id, webhook_id, type, status, amount, reason, evidence_due_by, occurred_at, received_at, applied
       FROM dispute_events WHERE dispute_id = ANY($1::uuid[]) ORDER BY dispute_id, occurred_at, id`,
    [disputes.map((dispute) => dispute.id)],
  );
  const byDispute = groupRows(rows, (row) => row.dispute_id, toHistoryEntry);
  return disputes.map((dispute) => ({ ...dispute, history: byDispute.get(dispute.id) ?? [] }));
}

export async function listOrderDisputes(tx: Tx, orderId: string): Promise<(Dispute & { history: DisputeHistoryEntry[] })[]> {
  const { rows } = await tx.query<DisputeRow>(
    `SELECT ${DISPUTE_COLUMNS} FROM disputes WHERE order_id = $1 ORDER BY created_at DESC, id DESC`,
    [orderId],
  );
  return withHistory(tx, rows.map(toDispute));
}

export interface DisputeListFilter {
  status?: DisputeStatus;
  dueBefore?: Date;
  after?: { createdAt: Date; id: string };
  limit: number;
}

/**
 * Disputes whose evidence is due, soonest first, keyset-paginated on (evidence_due_by, id); up to limit + 1.
 * Disputes without a due date are not in this order.
 */
export async function listDisputesByDueDate(
  tx: Tx,
  filter: { status?: DisputeStatus; dueBefore?: Date; after?: { dueBy: Date; id: string }; limit: number },
): Promise<(Dispute & { history: DisputeHistoryEntry[] })[]> {
  const conditions = new SqlConditions()
    .always('evidence_due_by IS NOT NULL')
    .when(filter.status, (p) => `status = ${p}`)
    .when(filter.dueBefore, (p) => `evidence_due_by < ${p}`);
  if (filter.after) {
    const dueBy = conditions.param(filter.after.dueBy);
    const id = conditions.param(filter.after.id);
    conditions.always(`(evidence_due_by, id) > (${dueBy}::timestamptz, ${id}::uuid)`);
  }
  const limit = conditions.param(filter.limit + 1);
  const { rows } = await tx.query<DisputeRow>(
    `SELECT ${DISPUTE_COLUMNS} FROM disputes ${conditions.where()} ORDER BY evidence_due_by, id LIMIT ${limit}`,
    conditions.params,
  );
  return withHistory(tx, rows.map(toDispute));
}

/** Newest first, keyset-paginated on (created_at, id); answers up to limit + 1 to tell if more follow. */
export async function listDisputes(tx: Tx, filter: DisputeListFilter): Promise<(Dispute & { history: DisputeHistoryEntry[] })[]> {
  const conditions = new SqlConditions()
    .when(filter.status, (p) => `status = ${p}`)
    .when(filter.dueBefore, (p) => `evidence_due_by < ${p}`)
    .after(filter.after);
  const limit = conditions.param(filter.limit + 1);
  const { rows } = await tx.query<DisputeRow>(
    `SELECT ${DISPUTE_COLUMNS} FROM disputes ${conditions.where()} ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
    conditions.params,
  );
  return withHistory(tx, rows.map(toDispute));
}

// ---------- voiding tickets after a lost dispute ----------

export interface TicketVoidClaim {
  disputeId: string;
  tenantId: string;
  orderId: string;
  attempts: number;
}

/**
 * System: claims up to `limit` disputes whose ticket voiding is pending and due, pushing their next attempt to
 * `leaseUntil` and counting the attempt, so that no other instance takes them meanwhile.
 */
export async function claimDueTicketVoids(tx: Tx, now: Date, leaseUntil: Date, limit: number): Promise<TicketVoidClaim[]> {
  const { rows } = await tx.query<TicketVoidClaim>(
    `UPDATE disputes d SET tickets_void_next_at = $2, tickets_void_attempts = d.tickets_void_attempts + 1
       FROM (SELECT id FROM disputes
              WHERE tickets_void_state = 'pending' AND tickets_void_next_at <= $1 AND tenant_id IS NOT NULL
              ORDER BY tickets_void_next_at LIMIT $3 FOR UPDATE SKIP LOCKED) due
      WHERE d.id = due.id
      RETURNING d.id AS "disputeId", d.tenant_id AS "tenantId", d.order_id AS "orderId", d.tickets_void_attempts AS attempts`,
    [now, leaseUntil, limit],
  );
  return rows;
}

/** Moves a pending ticket voiding to its end state; false when it was no longer pending (someone else finished it). */
export async function finishTicketVoid(tx: Tx, disputeId: string, state: 'voided' | 'failed', now: Date): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE disputes SET tickets_void_state = $2, tickets_void_next_at = NULL, updated_at = $3
      WHERE id = $1 AND tickets_void_state = 'pending'`,
    [disputeId, state, now],
  );
  return rowCount > 0;
}
