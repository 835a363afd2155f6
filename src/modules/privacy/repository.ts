/**
 * The personal data SQL: everything held about one buyer of the tenant, and its pseudonymisation. Runs in the
 * caller's tenant transaction. The buyer is the `user_id` of their orders; what hangs off those orders
 * (items, timeline, refunds, disputes, documents) is theirs too.
 */
import type { Tx } from '../../db/database.js';

type Row = Record<string, unknown>;

/** snake_case column names to the API's camelCase (values, jsonb included, are left as stored). */
function camel(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), value]));
}

async function rows(tx: Tx, sql: string, params: unknown[]): Promise<Row[]> {
  return (await tx.query<Row>(sql, params)).rows.map(camel);
}

export interface HeldData {
  orders: Row[];
  refunds: Row[];
  disputes: Row[];
  documents: Row[];
  taxExemptions: Row[];
  promotionRedemptions: Row[];
  erasure: Row | null;
}

// The payment client secret is a credential of the payment, not data about the buyer: never exported.
const ORDER_COLUMNS = `o.id, o.order_number, o.status, o.event_id, o.currency, o.price_mode, o.subtotal, o.discount, o.platform_fee,
  o.processing_fee, o.tax, o.total, o.refunded_amount, o.taxes, o.tax_exemption, o.promotion_code, o.billing, o.metadata, o.vip,
  o.payment_intent_id, o.payment_status, o.cancel_reason, o.created_at, o.updated_at, o.confirmed_at, o.cancelled_at, o.expired_at`;

export async function heldData(tx: Tx, userId: string): Promise<HeldData> {
  const orders = await rows(
    tx,
    `SELECT ${ORDER_COLUMNS},
            COALESCE((SELECT json_agg(json_build_object('id', i.id, 'position', i.position, 'ticketTypeId', i.ticket_type_id,
                        'description', i.description, 'quantity', i.quantity, 'unitPrice', i.unit_price, 'subtotal', i.subtotal,
                        'discount', i.discount, 'platformFee', i.platform_fee, 'processingFee', i.processing_fee, 'tax', i.tax,
                        'total', i.total, 'ticketIds', i.ticket_ids) ORDER BY i.position)
                        FROM order_items i WHERE i.order_id = o.id), '[]'::json) AS items,
            COALESCE((SELECT json_agg(json_build_object('id', e.id, 'type', e.type, 'fromStatus', e.from_status, 'toStatus', e.to_status,
                        'actor', json_build_object('type', e.actor_type, 'id', e.actor_id, 'role', e.actor_role, 'ip', e.ip),
                        'reason', e.reason, 'data', e.data, 'createdAt', e.created_at) ORDER BY e.id)
                        FROM order_events e WHERE e.order_id = o.id), '[]'::json) AS timeline
       FROM orders o WHERE o.user_id = $1 ORDER BY o.created_at, o.id`,
    [userId],
  );
  const refunds = await rows(
    tx,
    `SELECT r.id, r.order_id, r.status, r.amount, r.currency, r.reason, r.kind, r.basis, r.requested_items,
            r.breakdown_tickets, r.breakdown_platform_fee, r.breakdown_processing_fee, r.breakdown_tax, r.requested_by,
            r.requested_by_type, r.review_note, r.created_at, r.settled_at
       FROM refunds r JOIN orders o ON o.id = r.order_id WHERE o.user_id = $1 ORDER BY r.created_at, r.id`,
    [userId],
  );
  const disputes = await rows(
    tx,
    `SELECT d.id, d.order_id, d.amount, d.currency, d.reason, d.status, d.outcome, d.lost_amount, d.opened_at, d.closed_at
       FROM disputes d JOIN orders o ON o.id = d.order_id WHERE o.user_id = $1 ORDER BY d.opened_at, d.id`,
    [userId],
  );
  const documents = await rows(
    tx,
    `SELECT id, type, number, order_id, currency, issued_at, net, tax, total, buyer, body FROM documents WHERE user_id = $1 ORDER BY issued_at, id`,
    [userId],
  );
  const taxExemptions = await rows(
    tx,
    'SELECT id, number, jurisdictions, valid_from, valid_to, created_at FROM tax_exemptions WHERE user_id = $1 ORDER BY created_at, id',
    [userId],
  );
  const promotionRedemptions = await rows(
    tx,
    'SELECT order_id, promotion_id, discount, currency, taken_at, released_at FROM promotion_redemptions WHERE user_id = $1 ORDER BY taken_at',
    [userId],
  );
  const erasure = (await rows(tx, 'SELECT pseudonym, first_erased_at, last_erased_at FROM privacy_erasures WHERE user_id = $1', [userId]))[0] ?? null;
  return { orders, refunds, disputes, documents, taxExemptions, promotionRedemptions, erasure };
}

/** The buyer's pseudonym: the one of an earlier erasure, or `fresh`, recorded now. */
export async function recordErasure(tx: Tx, tenantId: string, userId: string, fresh: string, requestedBy: string, now: Date): Promise<{ pseudonym: string; firstErasedAt: Date; repeated: boolean }> {
  const { rows: recorded } = await tx.query<{ pseudonym: string; first_erased_at: Date; inserted: boolean }>(
    `INSERT INTO privacy_erasures (tenant_id, user_id, pseudonym, first_erased_at, last_erased_at, requested_by)
     VALUES ($1, $2, $3, $4, $4, $5)
     ON CONFLICT (tenant_id, user_id) DO UPDATE SET last_erased_at = EXCLUDED.last_erased_at, requested_by = EXCLUDED.requested_by
     RETURNING pseudonym, first_erased_at, (xmax = 0) AS inserted`,
    [tenantId, userId, fresh, now, requestedBy],
  );
  const row = recorded[0];
  if (!row) throw new Error('the erasure was not recorded');
  return { pseudonym: row.pseudonym, firstErasedAt: row.first_erased_at, repeated: !row.inserted };
}

/**
 * Replaces the personal data of the buyer's orders: billing becomes the pseudonym alone, metadata is emptied,
 * a cancellation reason the buyer wrote is replaced.
 * Answers the orders it changed (an order already pseudonymised is left as it is).
 */
export async function pseudonymiseOrders(tx: Tx, userId: string, billing: Record<string, unknown>, erasedText: string): Promise<string[]> {
  // A cancellation reason is the buyer's text when the buyer's own timeline entry gave it (before the timeline is rewritten).
  const { rows: changed } = await tx.query<{ id: string }>(
    `WITH buyer_reason AS (
       SELECT o.id FROM orders o
        WHERE o.user_id = $1 AND o.cancel_reason IS NOT NULL AND o.cancel_reason <> $3
          AND EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.actor_type = 'user' AND e.actor_id = $1 AND e.reason = o.cancel_reason)
     )
     UPDATE orders o SET billing = CASE WHEN o.billing IS NULL THEN NULL ELSE $2::jsonb END, metadata = '{}'::jsonb,
            cancel_reason = CASE WHEN o.id IN (SELECT id FROM buyer_reason) THEN $3 ELSE o.cancel_reason END
      WHERE o.user_id = $1 AND ((o.billing IS NOT NULL AND o.billing <> $2::jsonb) OR o.metadata <> '{}'::jsonb OR o.id IN (SELECT id FROM buyer_reason))
      RETURNING o.id`,
    [userId, JSON.stringify(billing), erasedText],
  );
  return changed.map((row) => row.id);
}

/**
 * The timeline of the buyer's orders: IP addresses and user agents dropped, reasons the buyer wrote replaced.
 * Answers the orders whose timeline changed.
 */
export async function pseudonymiseTimeline(tx: Tx, userId: string, erasedText: string): Promise<{ orderIds: string[]; entries: number }> {
  const { rows: changed } = await tx.query<{ order_id: string }>(
    `UPDATE order_events e
        SET ip = NULL,
            data = e.data - 'userAgent' - 'ip',
            reason = CASE WHEN e.actor_type = 'user' AND e.actor_id = $1 AND e.reason IS NOT NULL THEN $2 ELSE e.reason END
       FROM orders o
      WHERE o.id = e.order_id AND o.user_id = $1
        AND (e.ip IS NOT NULL OR e.data ? 'userAgent' OR e.data ? 'ip'
             OR (e.actor_type = 'user' AND e.actor_id = $1 AND e.reason IS NOT NULL AND e.reason <> $2))
      RETURNING e.order_id`,
    [userId, erasedText],
  );
  return { orderIds: [...new Set(changed.map((row) => row.order_id))], entries: changed.length };
}

/** Reasons the buyer wrote on their refund requests. */
export async function pseudonymiseRefundReasons(tx: Tx, userId: string, erasedText: string): Promise<number> {
  const result = await tx.query(
    `UPDATE refunds r SET reason = $2
       FROM orders o
      WHERE o.id = r.order_id AND o.user_id = $1 AND r.requested_by_type = 'user' AND r.requested_by = $1 AND r.reason <> $2`,
    [userId, erasedText],
  );
  return result.rowCount;
}

/** Stored answers of the buyer's requests (they repeat what was sent and answered: billing included). */
export async function deleteIdempotencyKeys(tx: Tx, userId: string): Promise<number> {
  return (await tx.query('DELETE FROM idempotency_keys WHERE user_id = $1', [userId])).rowCount;
}

export async function retainedDocuments(tx: Tx, userId: string): Promise<{ id: string; number: string; issued_at: Date }[]> {
  const { rows: documents } = await tx.query<{ id: string; number: string; issued_at: Date }>(
    'SELECT id, number, issued_at FROM documents WHERE user_id = $1 ORDER BY issued_at, id',
    [userId],
  );
  return documents;
}

export async function countOf(tx: Tx, table: 'tax_exemptions' | 'disputes', userId: string): Promise<number> {
  const sql =
    table === 'tax_exemptions'
      ? 'SELECT count(*)::int AS n FROM tax_exemptions WHERE user_id = $1'
      : 'SELECT count(*)::int AS n FROM disputes d JOIN orders o ON o.id = d.order_id WHERE o.user_id = $1';
  return (await tx.query<{ n: number }>(sql, [userId])).rows[0]?.n ?? 0;
}
