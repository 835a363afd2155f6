/**
 * The orders area's SQL. Every function takes the caller's transaction; none opens its own.
 * State changes are conditional updates on the expected status (the state machine's guard).
 */
import type { Tx } from '../../db/database.js';
import { cloudEventSql } from '../../bus/cloud-event.js';
import { outboxRow, type OutboxMessage } from '../../bus/outbox.js';
import { carriedCte, type CarriedWrite } from '../../db/carried-write.js';
import { SqlConditions } from '../../db/sql-conditions.js';
import type { KeysetPosition } from '../../db/keyset.js';
import { LIVE_STATUSES, type OrderStatus } from '../../core/order-status.js';
import type { AppliedTaxExemption } from '../../core/tax.js';
import type { Actor, Order, OrderItem, TaxSummary, TimelineEntry } from './model.js';

interface OrderRow {
  id: string;
  tenant_id: string;
  order_number: string;
  user_id: string;
  event_id: string;
  status: OrderStatus;
  currency: Order['currency'];
  price_mode: Order['priceMode'];
  subtotal: number;
  discount: number;
  promotion_id: string | null;
  promotion_code: string | null;
  platform_fee: number;
  processing_fee: number;
  tax: number;
  total: number;
  taxes: TaxSummary[];
  tax_lines: Order['taxLines'];
  billing: Order['billing'];
  tax_exemption: AppliedTaxExemption | null;
  reservation_id: string | null;
  reservation_expires_at: Date | null;
  reservation_extended: boolean;
  vip: boolean;
  payment_intent_id: string | null;
  payment_client_secret: string | null;
  payment_status: string | null;
  refunded_amount: number;
  refund_locked: boolean;
  refund_policy_id: string | null;
  refund_policy_version: number | null;
  version: number;
  change_fee: number;
  open_change_id: string | null;
  metadata: Record<string, unknown>;
  cancel_reason: string | null;
  failure_code: string | null;
  saga_deadline: Date | null;
  created_at: Date;
  updated_at: Date;
  confirmed_at: Date | null;
  cancelled_at: Date | null;
  expired_at: Date | null;
}

interface ItemRow {
  id: string;
  order_id: string;
  position: number;
  ticket_type_id: string;
  description: string | null;
  quantity: number;
  unit_price: number;
  subtotal: number;
  discount: number;
  platform_fee: number;
  processing_fee: number;
  tax: number;
  total: number;
  ticket_ids: string[];
  removed_quantity: number;
  credited: OrderItem['credited'] | null;
  change_id: string | null;
}

function toItem(row: ItemRow): OrderItem {
  return {
    id: row.id,
    position: row.position,
    ticketTypeId: row.ticket_type_id,
    description: row.description ?? null,
    quantity: row.quantity,
    unitPrice: row.unit_price,
    subtotal: row.subtotal,
    discount: row.discount,
    platformFee: row.platform_fee,
    processingFee: row.processing_fee,
    tax: row.tax,
    total: row.total,
    ticketIds: row.ticket_ids ?? [],
    removedQuantity: row.removed_quantity ?? 0,
    credited: row.credited ?? { cells: [], releasedSlots: [] },
    changeId: row.change_id ?? null,
  };
}

function toOrder(row: OrderRow, items: OrderItem[]): Order {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    orderNumber: row.order_number,
    userId: row.user_id,
    eventId: row.event_id,
    status: row.status,
    currency: row.currency,
    priceMode: row.price_mode,
    subtotal: row.subtotal,
    discount: row.discount,
    platformFee: row.platform_fee,
    processingFee: row.processing_fee,
    tax: row.tax,
    total: row.total,
    taxes: row.taxes,
    taxLines: row.tax_lines ?? [],
    billing: row.billing ?? null,
    taxExemption: row.tax_exemption ?? null,
    promotion: row.promotion_id !== null && row.promotion_code !== null ? { id: row.promotion_id, code: row.promotion_code } : null,
    reservationId: row.reservation_id,
    reservationExpiresAt: row.reservation_expires_at,
    reservationExtended: row.reservation_extended,
    vip: row.vip,
    paymentIntentId: row.payment_intent_id,
    paymentClientSecret: row.payment_client_secret,
    paymentStatus: row.payment_status,
    refundedAmount: row.refunded_amount,
    refundLocked: row.refund_locked,
    refundPolicyId: row.refund_policy_id,
    refundPolicyVersion: row.refund_policy_version,
    version: row.version ?? 1,
    changeFee: row.change_fee ?? 0,
    openChangeId: row.open_change_id ?? null,
    metadata: row.metadata,
    cancelReason: row.cancel_reason,
    failureCode: row.failure_code,
    sagaDeadline: row.saga_deadline,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    confirmedAt: row.confirmed_at,
    cancelledAt: row.cancelled_at,
    expiredAt: row.expired_at,
    items,
  };
}

export type NewOrder = Omit<
  Order,
  | 'orderNumber'
  | 'refundedAmount'
  | 'refundLocked'
  | 'refundPolicyId'
  | 'refundPolicyVersion'
  | 'version'
  | 'changeFee'
  | 'openChangeId'
  | 'cancelReason'
  | 'failureCode'
  | 'updatedAt'
  | 'confirmedAt'
  | 'cancelledAt'
  | 'expiredAt'
  | 'paymentIntentId'
  | 'paymentClientSecret'
  | 'paymentStatus'
  | 'reservationExtended'
  | 'items'
> & { idempotencyKey: string | null; items: NewOrderItem[] };

/** An item as the checkout or an order change writes it (removals and credits come later). */
export type NewOrderItem = Omit<OrderItem, 'removedQuantity' | 'credited' | 'changeId'>;

/** An item's values in the column order its inserts use: id, position, ticket_type_id ... description. */
const ITEM_ROW_COLUMNS = 13;
function itemRowValues(item: NewOrderItem): unknown[] {
  return [
    item.id,
    item.position,
    item.ticketTypeId,
    item.quantity,
    item.unitPrice,
    item.subtotal,
    item.discount,
    item.platformFee,
    item.processingFee,
    item.tax,
    item.total,
    item.ticketIds,
    item.description,
  ];
}

/** Parameters of the order row in insertOrder; the items' follow. */
const ORDER_INSERT_PARAMETERS = 26;

/**
 * Inserts the order and its items and answers the order as stored (number, defaults): one statement, so one
 * round trip. The order number comes from the sequence inside the statement.
 */
export async function insertOrder(tx: Tx, order: NewOrder): Promise<Order> {
  const values: unknown[] = [
    order.id,
    order.tenantId,
    order.userId,
    order.eventId,
    order.status,
    order.currency,
    order.priceMode,
    order.subtotal,
    order.platformFee,
    order.processingFee,
    order.tax,
    order.total,
    JSON.stringify(order.taxes),
    JSON.stringify(order.taxLines),
    order.reservationId,
    order.reservationExpiresAt,
    order.vip,
    JSON.stringify(order.metadata),
    order.sagaDeadline,
    order.createdAt,
    order.taxExemption === null ? null : JSON.stringify(order.taxExemption),
    order.idempotencyKey,
    order.discount,
    order.promotion?.id ?? null,
    order.promotion?.code ?? null,
    order.billing === null ? null : JSON.stringify(order.billing),
  ];
  const itemColumns = ITEM_ROW_COLUMNS;
  const tuples = order.items.map((item, index) => {
    values.push(...itemRowValues(item));
    const base = ORDER_INSERT_PARAMETERS + index * itemColumns;
    const placeholders = Array.from({ length: itemColumns }, (_, i) => `$${base + i + 1}`);
    // The item's tenant and order are the order's own ($2, $1).
    return `(${placeholders[0]}, $2, $1, ${placeholders.slice(1).join(', ')})`;
  });
  const { rows } = await tx.query<OrderRow & { items_json: ItemRow[] }>(
    `WITH n AS (
       -- The tenant's next order number (migration 009): the row stays locked until this transaction ends.
       INSERT INTO order_number_counters (tenant_id, last_number) VALUES ($2, 1)
       ON CONFLICT (tenant_id) DO UPDATE SET last_number = order_number_counters.last_number + 1
       RETURNING last_number::text AS n
     ), o AS (
       INSERT INTO orders (id, tenant_id, order_number, user_id, event_id, status, currency, price_mode, subtotal,
          platform_fee, processing_fee, tax, total, taxes, tax_lines, reservation_id, reservation_expires_at, vip,
          metadata, saga_deadline, created_at, updated_at, tax_exemption, idempotency_key, discount, promotion_id, promotion_code,
          billing)
       VALUES ($1, $2, (SELECT 'ORD-' || lpad(n, greatest(8, length(n)), '0') FROM n),
          $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, $21, $22, $23, $24, $25, $26)
       RETURNING *
     ), i AS (
       INSERT INTO order_items (id, tenant_id, order_id, position, ticket_type_id, quantity, unit_price, subtotal, discount,
          platform_fee, processing_fee, tax, total, ticket_ids, description)
       VALUES ${tuples.join(', ')}
       RETURNING *
     )
     SELECT o.*, (SELECT COALESCE(json_agg(i ORDER BY i.position), '[]'::json) FROM i) AS items_json FROM o`,
    values,
  );
  const row = rows[0];
  if (!row) throw new Error('the order insert returned no row');
  return toOrderWithItems(row);
}

/**
 * The order's items as one JSON column of the order's own row, so that reading or moving an order is one
 * round trip instead of two (bigint amounts come back as JSON numbers, which they are: safe integers).
 */
const ITEMS_OF_ORDER = `(SELECT COALESCE(json_agg(i ORDER BY i.position), '[]'::json) FROM order_items i WHERE i.order_id = o.id) AS items_json`;

function toOrderWithItems(row: OrderRow & { items_json: ItemRow[] }): Order {
  const { items_json: items, ...order } = row;
  return toOrder(order, items.map(toItem));
}

export async function findOrder(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<Order | null> {
  const { rows } = await tx.query<OrderRow & { items_json: ItemRow[] }>(
    `SELECT o.*, ${ITEMS_OF_ORDER} FROM orders o WHERE o.id = $1${options.forUpdate ? ' FOR UPDATE OF o' : ''}`,
    [id],
  );
  const row = rows[0];
  return row ? toOrderWithItems(row) : null;
}

/** Some orders by id, in id order (the order in which a caller that locks them takes their locks); absent ones left out. */
export async function findOrders(tx: Tx, ids: readonly string[], options: { forUpdate?: boolean } = {}): Promise<Order[]> {
  const { rows } = await tx.query<OrderRow & { items_json: ItemRow[] }>(
    `SELECT o.*, ${ITEMS_OF_ORDER} FROM orders o WHERE o.id = ANY($1::uuid[]) ORDER BY o.id${options.forUpdate ? ' FOR UPDATE OF o' : ''}`,
    [[...ids]],
  );
  return rows.map(toOrderWithItems);
}

/** Cross-tenant lookup (system transaction): the tenant of an order, for callers that carry none. */
export async function findOrderTenant(tx: Tx, id: string): Promise<string | null> {
  const { rows } = await tx.query<{ tenant_id: string }>('SELECT tenant_id FROM orders WHERE id = $1', [id]);
  return rows[0]?.tenant_id ?? null;
}

/** Columns a transition may set besides the status. */
export interface TransitionPatch {
  reservationId?: string | null;
  reservationExpiresAt?: Date | null;
  reservationExtended?: boolean;
  paymentIntentId?: string | null;
  paymentClientSecret?: string | null;
  paymentStatus?: string | null;
  cancelReason?: string | null;
  failureCode?: string | null;
  sagaDeadline?: Date | null;
  confirmedAt?: Date;
  cancelledAt?: Date;
  expiredAt?: Date;
  /** The refund policy version in force at confirmation (null: the built-in default). */
  refundPolicyId?: string | null;
  refundPolicyVersion?: number | null;
  /** Set by the refunds area under the order's row lock. */
  refundedAmount?: number;
  /** Since when releasing the hold and cancelling the intent is outstanding (null: released); peer-effects.ts. */
  releasePendingSince?: Date | null;
  /** Since when a payment that succeeded awaits the order's confirmation or its refund (null: none); confirmation.ts. */
  latePaymentSince?: Date | null;
}

const PATCH_COLUMNS: Record<keyof TransitionPatch, string> = {
  reservationId: 'reservation_id',
  reservationExpiresAt: 'reservation_expires_at',
  reservationExtended: 'reservation_extended',
  paymentIntentId: 'payment_intent_id',
  paymentClientSecret: 'payment_client_secret',
  paymentStatus: 'payment_status',
  cancelReason: 'cancel_reason',
  failureCode: 'failure_code',
  sagaDeadline: 'saga_deadline',
  confirmedAt: 'confirmed_at',
  cancelledAt: 'cancelled_at',
  expiredAt: 'expired_at',
  refundPolicyId: 'refund_policy_id',
  refundPolicyVersion: 'refund_policy_version',
  refundedAmount: 'refunded_amount',
  releasePendingSince: 'release_pending_since',
  latePaymentSince: 'late_payment_since',
};

/**
 * Moves the order from one of `from` to `to` (which may equal the current status for an in-place update
 * guarded by status) and applies `patch`; answers the updated order, or null when the order was not in
 * an expected status (a racing request won).
 */
export async function updateOrderIf(
  tx: Tx,
  id: string,
  from: readonly OrderStatus[],
  to: OrderStatus,
  patch: TransitionPatch,
  now: Date,
): Promise<Order | null> {
  const params: unknown[] = [id, [...from], to, now];
  const sets = ['status = $3', 'updated_at = $4'];
  for (const [key, column] of Object.entries(PATCH_COLUMNS) as [keyof TransitionPatch, string][]) {
    if (patch[key] === undefined) continue;
    params.push(patch[key]);
    sets.push(`${column} = $${params.length}`);
  }
  const { rows } = await tx.query<OrderRow & { items_json: ItemRow[] }>(
    `UPDATE orders o SET ${sets.join(', ')} WHERE o.id = $1 AND o.status = ANY($2::text[]) RETURNING o.*, ${ITEMS_OF_ORDER}`,
    params,
  );
  const row = rows[0];
  return row ? toOrderWithItems(row) : null;
}

export async function setItemTickets(tx: Tx, orderId: string, ticketsByItem: Map<string, string[]>): Promise<void> {
  for (const [itemId, ticketIds] of ticketsByItem) {
    await tx.query('UPDATE order_items SET ticket_ids = $3 WHERE order_id = $1 AND id = $2', [orderId, itemId, ticketIds]);
  }
}

/** A timeline entry to append (appendTimeline). */
export interface NewTimelineEntry {
  tenantId: string;
  orderId: string;
  type: string;
  fromStatus?: OrderStatus | null;
  toStatus?: OrderStatus | null;
  actor: Actor;
  reason?: string | null;
  data?: Record<string, unknown>;
  at: Date;
}

const TIMELINE_COLUMNS = 12;
const timelineInserts: string[] = [];

/** The INSERT of `count` timeline entries; its rows are numbered in the order of its VALUES list (the timeline's order). */
function timelineInsert(count: number): string {
  const known = timelineInserts[count];
  if (known) return known;
  const rows = Array.from({ length: count }, (_, row) => `(${Array.from({ length: TIMELINE_COLUMNS }, (_, column) => `$${row * TIMELINE_COLUMNS + column + 1}`).join(', ')})`);
  const sql = `INSERT INTO order_events (tenant_id, order_id, type, from_status, to_status, actor_type, actor_id, actor_role, ip,
        reason, data, created_at)
     VALUES ${rows.join(', ')}`;
  timelineInserts[count] = sql;
  return sql;
}

/**
 * Appends a timeline entry (or several, in the order given) and, when the change is published, its outbox
 * message: one statement, one round trip (the message belongs to the same transaction as the change either way).
 * `carried` is a write of the caller that rides along in the same statement (see CarriedWrite).
 */
export async function appendTimeline(
  tx: Tx,
  entry: NewTimelineEntry | readonly NewTimelineEntry[],
  message?: OutboxMessage,
  carried?: CarriedWrite,
): Promise<void> {
  const entries: readonly NewTimelineEntry[] = Array.isArray(entry) ? entry : [entry as NewTimelineEntry];
  const params: unknown[] = entries.flatMap((one) => [
    one.tenantId,
    one.orderId,
    one.type,
    one.fromStatus ?? null,
    one.toStatus ?? null,
    one.actor.type,
    one.actor.id,
    one.actor.role ?? null,
    one.actor.ip ?? null,
    one.reason ?? null,
    JSON.stringify(one.data ?? {}),
    one.at,
  ]);
  const timeline = timelineInsert(entries.length);
  if (!message) {
    await tx.query(carried ? `WITH ${carriedCte('carried', carried, params)} ${timeline}` : timeline, params);
    return;
  }
  const row = outboxRow(message);
  const first = params.length + 1;
  params.push(row.id, message.tenantId, row.type, row.document, message.time);
  const ctes = [`timeline AS (${timeline})`, ...(carried ? [carriedCte('carried', carried, params)] : [])];
  await tx.query(
    `WITH ${ctes.join(', ')}
     INSERT INTO outbox (id, tenant_id, type, message, created_at) VALUES ($${first}, $${first + 1}, $${first + 2}, $${first + 3}, $${first + 4})`,
    params,
  );
}

/**
 * Appends timeline entries of any number of orders and outbox messages in one statement whose text does not
 * depend on their number (a batch of a job). The entries are numbered in the order given, as appendTimeline's.
 */
export async function appendTimelineEntries(tx: Tx, entries: readonly NewTimelineEntry[], messages: readonly OutboxMessage[]): Promise<void> {
  if (entries.length === 0 && messages.length === 0) return;
  const column = <T>(pick: (entry: NewTimelineEntry) => T) => entries.map(pick);
  const outbox = messages.map((message) => ({ message, row: outboxRow(message) }));
  await tx.query(
    `WITH timeline AS (
       INSERT INTO order_events (tenant_id, order_id, type, from_status, to_status, actor_type, actor_id, actor_role, ip, reason, data, created_at)
       SELECT tenant_id, order_id, type, from_status, to_status, actor_type, actor_id, actor_role, ip, reason, data, created_at
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::jsonb[], $12::timestamptz[]) WITH ORDINALITY AS e(tenant_id, order_id, type, from_status,
                     to_status, actor_type, actor_id, actor_role, ip, reason, data, created_at, n)
        ORDER BY n
     )
     INSERT INTO outbox (id, tenant_id, type, message, created_at)
     SELECT * FROM unnest($13::uuid[], $14::uuid[], $15::text[], $16::jsonb[], $17::timestamptz[])`,
    [
      column((entry) => entry.tenantId),
      column((entry) => entry.orderId),
      column((entry) => entry.type),
      column((entry) => entry.fromStatus ?? null),
      column((entry) => entry.toStatus ?? null),
      column((entry) => entry.actor.type),
      column((entry) => entry.actor.id),
      column((entry) => entry.actor.role ?? null),
      column((entry) => entry.actor.ip ?? null),
      column((entry) => entry.reason ?? null),
      column((entry) => JSON.stringify(entry.data ?? {})),
      column((entry) => entry.at),
      outbox.map(({ row }) => row.id),
      outbox.map(({ message }) => message.tenantId),
      outbox.map(({ row }) => row.type),
      outbox.map(({ row }) => row.document),
      outbox.map(({ message }) => message.time),
    ],
  );
}

export async function listTimeline(tx: Tx, orderId: string): Promise<TimelineEntry[]> {
  const { rows } = await tx.query<{
    id: number;
    type: string;
    from_status: OrderStatus | null;
    to_status: OrderStatus | null;
    actor_type: Actor['type'];
    actor_id: string;
    actor_role: string | null;
    ip: string | null;
    reason: string | null;
    data: Record<string, unknown>;
    created_at: Date;
  }>('SELECT * FROM order_events WHERE order_id = $1 ORDER BY id', [orderId]);
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    actor: {
      type: row.actor_type,
      id: row.actor_id,
      ...(row.actor_role ? { role: row.actor_role } : {}),
      ...(row.ip ? { ip: row.ip } : {}),
    },
    reason: row.reason,
    data: row.data,
    createdAt: row.created_at,
  }));
}

/** The lock that checkouts of an event share and the start of its cancellation takes alone. */
const eventOrdersLockKey = (tenantId: string, eventId: string) => `${tenantId}:event-orders:${eventId}`;

/**
 * Serializes the checkouts of one user for one event (the live-order limit), and holds the event's lock in
 * shared mode: the event's cancellation job starts under the same lock alone (lockEventOrders), so a checkout
 * either writes its order before the job exists (the job's walk finds it) or sees the job after this lock
 * and refuses (checkoutFacts). Without it, an order written while the job walked past its id was never
 * cancelled. Until the transaction ends.
 */
export async function lockUserEvent(tx: Tx, tenantId: string, userId: string, eventId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0)), pg_advisory_xact_lock_shared(hashtextextended($2, 0))', [
    `${tenantId}:${userId}:${eventId}`,
    eventOrdersLockKey(tenantId, eventId),
  ]);
}

/** Takes the event's lock alone, waiting for the checkouts writing orders for it (see lockUserEvent). */
export async function lockEventOrders(tx: Tx, tenantId: string, eventId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [eventOrdersLockKey(tenantId, eventId)]);
}

/**
 * The live statuses (LIVE_STATUSES) written as the predicate of the partial index orders_live_by_user_event,
 * not as a parameter: with a parameter, a prepared statement's generic plan cannot prove the index applies
 * and may scan every order of the event instead (orders_by_event_id), which for a large event is thousands.
 */
const LIVE_ORDER_PREDICATE = `status IN (${LIVE_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/** What a checkout checks after lockUserEvent (checkoutFacts). */
export interface CheckoutFacts {
  /** The user's live orders for the event. */
  liveOrders: number;
  /** The event's cancellation has started. */
  eventCancelled: boolean;
  /** The latest order the user checked out with the request's Idempotency-Key, if any. */
  existing: Order | null;
}

/**
 * What a checkout checks after lockUserEvent, in one statement: the user's live orders for the event, whether
 * the event's cancellation has started — `cancellationStarted` is the event-cancellation area's SQL condition
 * for that, given the placeholder of the event id — and, when the checkout carries an Idempotency-Key, the
 * latest order the user checked out with it (a retry of a checkout that crashed finds its order).
 */
export async function checkoutFacts(
  tx: Tx,
  userId: string,
  eventId: string,
  idempotencyKey: string | null,
  cancellationStarted: (eventParameter: string) => string,
): Promise<CheckoutFacts> {
  const facts = `SELECT count(*)::int AS n, ${cancellationStarted('$2')} AS cancelled
       FROM orders WHERE user_id = $1 AND event_id = $2 AND ${LIVE_ORDER_PREDICATE}`;
  if (idempotencyKey === null) {
    const { rows } = await tx.query<{ n: number; cancelled: boolean }>(facts, [userId, eventId]);
    return { liveOrders: rows[0]?.n ?? 0, eventCancelled: rows[0]?.cancelled ?? false, existing: null };
  }
  const { rows } = await tx.query<Nullable<OrderRow> & { items_json: ItemRow[]; n: number; cancelled: boolean }>(
    `SELECT f.n, f.cancelled, o.*, ${ITEMS_OF_ORDER}
       FROM (${facts}) f
       LEFT JOIN LATERAL (
         SELECT * FROM orders WHERE user_id = $1 AND idempotency_key = $3 ORDER BY created_at DESC LIMIT 1
       ) o ON true`,
    [userId, eventId, idempotencyKey],
  );
  const row = rows[0];
  if (!row) return { liveOrders: 0, eventCancelled: false, existing: null };
  const { n, cancelled, ...order } = row;
  return { liveOrders: n, eventCancelled: cancelled, existing: isPresent(order) ? toOrderWithItems(order) : null };
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

/** A row of a LEFT JOIN that found its order (the id, a primary key, is null only when it found none). */
function isPresent(row: Nullable<OrderRow> & { items_json: ItemRow[] }): row is OrderRow & { items_json: ItemRow[] } {
  return row.id !== null;
}

export interface OrderListFilter {
  userId?: string;
  orderNumber?: string;
  status?: OrderStatus;
  eventId?: string;
  createdFrom?: Date;
  createdTo?: Date;
  after?: KeysetPosition;
  limit: number;
}

/** Newest first, keyset-paginated on (created_at, id). Answers up to limit + 1 rows to tell if more follow. */
export async function listOrders(tx: Tx, filter: OrderListFilter): Promise<Order[]> {
  const conditions = new SqlConditions()
    .when(filter.userId, (p) => `user_id = ${p}`)
    .when(filter.orderNumber, (p) => `order_number = ${p}`)
    .when(filter.status, (p) => `status = ${p}`)
    .when(filter.eventId, (p) => `event_id = ${p}`)
    .when(filter.createdFrom, (p) => `created_at >= ${p}`)
    .when(filter.createdTo, (p) => `created_at < ${p}`)
    .after(filter.after);
  const limit = conditions.param(filter.limit + 1);
  const { rows } = await tx.query<OrderRow & { items_json: ItemRow[] }>(
    `SELECT o.*, ${ITEMS_OF_ORDER} FROM orders o ${conditions.where()} ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
    conditions.params,
  );
  return rows.map(toOrderWithItems);
}

/** A due order claimed by a job: what the job needs to undo its peer-side effects. */
export interface ClaimedOrder {
  id: string;
  tenantId: string;
  eventId: string;
  userId: string;
  reservationId: string | null;
  paymentIntentId: string | null;
  total: number;
  currency: string;
}

const EXPIRED_MESSAGE = cloudEventSql({
  id: 'n.message_id',
  type: "'order.expired'",
  time: '$2::timestamptz',
  tenantId: 'n.tenant_id',
  data: `jsonb_build_object('orderId', n.id, 'orderNumber', n.order_number, 'eventId', n.event_id, 'userId', n.user_id, 'status', 'EXPIRED')`,
});

/**
 * Expires, in one statement, up to `limit` RESERVED orders whose hold ended before `cutoff`: status,
 * timeline and outbox together. Rows locked by another instance are skipped, so no order is expired twice.
 */
export async function expireDueOrders(tx: Tx, cutoff: Date, now: Date, limit: number): Promise<ClaimedOrder[]> {
  const { rows } = await tx.query<ClaimedOrder>(
    `WITH due AS (
       SELECT id FROM orders
        WHERE status = 'RESERVED' AND reservation_expires_at < $1
        ORDER BY reservation_expires_at
        LIMIT $3
        FOR UPDATE SKIP LOCKED
     ), expired AS (
       UPDATE orders o SET status = 'EXPIRED', expired_at = $2, updated_at = $2, release_pending_since = $2
         FROM due WHERE o.id = due.id
       RETURNING o.id, o.tenant_id, o.event_id, o.user_id, o.order_number, o.reservation_id, o.payment_intent_id,
                 o.total, o.currency
     ), timeline AS (
       INSERT INTO order_events (tenant_id, order_id, type, from_status, to_status, actor_type, actor_id, reason, created_at)
       SELECT tenant_id, id, 'order.expired', 'RESERVED', 'EXPIRED', 'system', 'expiry-job', 'reservation hold expired', $2
         FROM expired
     ), numbered AS (
       -- a volatile function in a select list runs once per row: one message id per expired order
       SELECT e.*, gen_random_uuid() AS message_id FROM expired e
     ), messages AS (
       INSERT INTO outbox (id, tenant_id, type, message, created_at)
       SELECT n.message_id, n.tenant_id, 'order.expired',
              ${EXPIRED_MESSAGE},
              $2
         FROM numbered n
     )
     SELECT id, tenant_id AS "tenantId", event_id AS "eventId", user_id AS "userId", reservation_id AS "reservationId",
            payment_intent_id AS "paymentIntentId", total, currency
       FROM expired`,
    [cutoff, now, limit],
  );
  return rows;
}

/**
 * Claims up to `limit` ended orders whose release of peer resources has been outstanding since `olderThan` or
 * longer (the release after their commit did not get through), and restarts their clock at `now`, so that no
 * other instance takes them before another `now - olderThan` has passed.
 */
export async function claimDueReleases(tx: Tx, now: Date, olderThan: Date, limit: number): Promise<ClaimedOrder[]> {
  const { rows } = await tx.query<ClaimedOrder>(
    `UPDATE orders o SET release_pending_since = $1
       FROM (SELECT id FROM orders WHERE release_pending_since <= $2
              ORDER BY release_pending_since LIMIT $3 FOR UPDATE SKIP LOCKED) due
      WHERE o.id = due.id
      RETURNING o.id, o.tenant_id AS "tenantId", o.event_id AS "eventId", o.user_id AS "userId",
                o.reservation_id AS "reservationId", o.payment_intent_id AS "paymentIntentId", o.total, o.currency`,
    [now, olderThan, limit],
  );
  return rows;
}

/**
 * Records that the peer resources of these orders are released (system transaction). By id alone: with a
 * condition on `release_pending_since` the planner may take the partial index of pending releases and read
 * every pending order to find these (62 against 28 ms for 500 orders with 3,000 pending, as when the expiry
 * job works a backlog); an order that had none pending gets a version with the same values.
 */
export async function markResourcesReleased(tx: Tx, orderIds: readonly string[]): Promise<void> {
  if (orderIds.length === 0) return;
  await tx.query('UPDATE orders SET release_pending_since = NULL WHERE id = ANY($1::uuid[])', [[...orderIds]]);
}

/**
 * Records that a payment succeeded for the order and awaits its outcome (confirmation or refund); an earlier
 * record is kept. Called before any peer is asked, so a failure after it leaves work for the late-payment job.
 */
export async function markLatePayment(tx: Tx, orderId: string, now: Date): Promise<void> {
  await markLatePayments(tx, [orderId], now);
}

/** markLatePayment for many orders in one statement (the release of a batch of ended orders). */
export async function markLatePayments(tx: Tx, orderIds: readonly string[], now: Date): Promise<void> {
  if (orderIds.length === 0) return;
  await tx.query('UPDATE orders SET late_payment_since = $2 WHERE id = ANY($1::uuid[]) AND late_payment_since IS NULL', [[...orderIds], now]);
}

/** The payment of the order has its outcome: confirmed, refunded, or nothing left to refund. */
export async function clearLatePayment(tx: Tx, orderId: string): Promise<void> {
  await tx.query('UPDATE orders SET late_payment_since = NULL WHERE id = $1 AND late_payment_since IS NOT NULL', [orderId]);
}

/**
 * Claims up to `limit` orders whose payment has awaited its outcome since before `olderThan`, leasing each
 * (late_payment_since = now) so that no other instance takes it until it is due again (system transaction).
 */
export async function claimLatePayments(
  tx: Tx,
  now: Date,
  olderThan: Date,
  limit: number,
): Promise<{ id: string; tenantId: string; paymentIntentId: string | null }[]> {
  const { rows } = await tx.query<{ id: string; tenantId: string; paymentIntentId: string | null }>(
    `UPDATE orders o SET late_payment_since = $1
       FROM (SELECT id FROM orders WHERE late_payment_since <= $2
              ORDER BY late_payment_since LIMIT $3 FOR UPDATE SKIP LOCKED) due
      WHERE o.id = due.id
      RETURNING o.id, o.tenant_id AS "tenantId", o.payment_intent_id AS "paymentIntentId"`,
    [now, olderThan, limit],
  );
  return rows;
}

/**
 * Claims up to `limit` PENDING orders whose saga deadline passed, pushing the deadline by `leaseSeconds`
 * so that no other instance takes them meanwhile.
 */
export async function claimStuckCheckouts(tx: Tx, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedOrder[]> {
  const { rows } = await tx.query<ClaimedOrder>(
    `UPDATE orders o SET saga_deadline = $2
       FROM (SELECT id FROM orders WHERE status = 'PENDING' AND saga_deadline < $1
              ORDER BY saga_deadline LIMIT $3 FOR UPDATE SKIP LOCKED) due
      WHERE o.id = due.id
      RETURNING o.id, o.tenant_id AS "tenantId", o.event_id AS "eventId", o.user_id AS "userId",
                o.reservation_id AS "reservationId", o.payment_intent_id AS "paymentIntentId", o.total, o.currency`,
    [now, leaseUntil, limit],
  );
  return rows;
}

export interface ExpiringOrder {
  id: string;
  tenantId: string;
  orderNumber: string;
  reservationExpiresAt: Date;
}

export async function listExpiringSoon(tx: Tx, until: Date, limit: number): Promise<ExpiringOrder[]> {
  const { rows } = await tx.query<ExpiringOrder>(
    `SELECT id, tenant_id AS "tenantId", order_number AS "orderNumber", reservation_expires_at AS "reservationExpiresAt"
       FROM orders WHERE status = 'RESERVED' AND reservation_expires_at <= $1
      ORDER BY reservation_expires_at LIMIT $2`,
    [until, limit],
  );
  return rows;
}

// ---------------------------------------------------------------- order changes (SPEC §13)

/** Marks `changeId` as the order's change in flight; false when another one is (one open change per order). */
export async function openOrderChange(tx: Tx, orderId: string, changeId: string, now: Date): Promise<boolean> {
  const { rowCount } = await tx.query('UPDATE orders SET open_change_id = $2, updated_at = $3 WHERE id = $1 AND open_change_id IS NULL', [
    orderId,
    changeId,
    now,
  ]);
  return (rowCount ?? 0) > 0;
}

/** The change ended without being applied: the order takes refunds and changes again. */
export async function closeOrderChange(tx: Tx, orderId: string, changeId: string, now: Date): Promise<void> {
  await tx.query('UPDATE orders SET open_change_id = NULL, updated_at = $3 WHERE id = $1 AND open_change_id = $2', [orderId, changeId, now]);
}

export interface AppliedChange {
  orderId: string;
  changeId: string;
  /** The version the change was planned on; the update refuses an order that moved on since. */
  version: number;
  totals: {
    subtotal: number;
    discount: number;
    platformFee: number;
    processingFee: number;
    tax: number;
    changeFee: number;
    total: number;
  };
  addedItems: (NewOrderItem & { taxLines: Order['taxLines'] })[];
  removals: { itemId: string; quantity: number; credited: OrderItem['credited'] }[];
  now: Date;
}

/**
 * Writes an applied change on the order (the caller's transaction, order locked): new totals and version, the
 * open change cleared, the added items with their tax lines, removed quantities and credits on the items.
 * Answers the order as it is now, or null when the order is not at the planned version with this change open.
 */
export async function writeOrderChange(tx: Tx, change: AppliedChange): Promise<Order | null> {
  const { totals } = change;
  const addedTaxLines = change.addedItems.flatMap((item) => item.taxLines);
  const updated = await tx.query(
    `UPDATE orders SET subtotal = $4, discount = $5, platform_fee = $6, processing_fee = $7, tax = $8, change_fee = $9, total = $10,
            tax_lines = tax_lines || $11::jsonb, version = version + 1, open_change_id = NULL, updated_at = $12
      WHERE id = $1 AND version = $2 AND open_change_id = $3`,
    [
      change.orderId,
      change.version,
      change.changeId,
      totals.subtotal,
      totals.discount,
      totals.platformFee,
      totals.processingFee,
      totals.tax,
      totals.changeFee,
      totals.total,
      JSON.stringify(addedTaxLines),
      change.now,
    ],
  );
  if ((updated.rowCount ?? 0) === 0) return null;
  for (const item of change.addedItems) {
    await tx.query(
      `INSERT INTO order_items (id, tenant_id, order_id, position, ticket_type_id, quantity, unit_price, subtotal, discount, platform_fee,
          processing_fee, tax, total, ticket_ids, description, change_id)
       SELECT $1, o.tenant_id, o.id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $15 FROM orders o WHERE o.id = $14`,
      [...itemRowValues(item), change.orderId, change.changeId],
    );
  }
  for (const removal of change.removals) {
    await tx.query(
      `UPDATE order_items SET removed_quantity = removed_quantity + $3,
              credited = jsonb_build_object('cells', (credited->'cells') || ($4::jsonb->'cells'),
                                            'releasedSlots', (credited->'releasedSlots') || ($4::jsonb->'releasedSlots'))
        WHERE order_id = $1 AND id = $2`,
      [change.orderId, removal.itemId, removal.quantity, JSON.stringify(removal.credited)],
    );
  }
  return findOrder(tx, change.orderId);
}
