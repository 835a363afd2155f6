/**
 * The order export's SQL: a server-side cursor over the tenant's order items, fetched a batch at a time
 * inside the caller's transaction, so an export of any size holds one batch in memory.
 */
import type { Tx } from '../../db/database.js';
import type { ExportRow } from './columns.js';
import type { ExportFilter } from './model.js';

const CURSOR = 'order_export_rows';

/**
 * Walks the items of the orders matching `filter`, oldest order first, handing each batch to `onBatch` and
 * awaiting it before fetching the next (the reader's pace). The cursor ends with the transaction.
 */
export async function walkExportRows(tx: Tx, filter: ExportFilter, batchSize: number, onBatch: (rows: ExportRow[]) => Promise<void>): Promise<void> {
  await tx.query(
    `DECLARE ${CURSOR} NO SCROLL CURSOR FOR
     SELECT o.id AS order_id, o.order_number, o.status, o.created_at, o.confirmed_at, o.cancelled_at, o.user_id, o.event_id,
            o.currency, o.price_mode, o.promotion_code, o.subtotal AS order_subtotal, o.discount AS order_discount,
            o.platform_fee AS order_platform_fee, o.processing_fee AS order_processing_fee, o.tax AS order_tax,
            o.total AS order_total, o.refunded_amount, o.billing->>'name' AS billing_name, o.billing->>'email' AS billing_email,
            i.id AS item_id, i.position AS item_position, i.ticket_type_id, i.description, i.quantity, i.unit_price,
            i.subtotal AS item_subtotal, i.discount AS item_discount, i.platform_fee AS item_platform_fee,
            i.processing_fee AS item_processing_fee, i.tax AS item_tax, i.total AS item_total
       FROM orders o JOIN order_items i ON i.order_id = o.id
      WHERE ($1::timestamptz IS NULL OR o.created_at >= $1)
        AND ($2::timestamptz IS NULL OR o.created_at < $2)
        AND ($3::uuid IS NULL OR o.event_id = $3)
        AND ($4::text[] IS NULL OR o.status = ANY ($4))
      ORDER BY o.created_at, o.id, i.position`,
    [filter.from ?? null, filter.to ?? null, filter.eventId ?? null, filter.statuses ?? null],
  );
  for (;;) {
    const { rows } = await tx.query<ExportRow>(`FETCH ${batchSize} FROM ${CURSOR}`);
    if (rows.length > 0) await onBatch(rows);
    if (rows.length < batchSize) return;
  }
}
