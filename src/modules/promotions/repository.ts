/**
 * The promotions' SQL. Every function takes the caller's transaction; none opens its own.
 *
 * Redemptions (docs/promotions.md): one row per order in promotion_redemptions. A code without a limit is
 * redeemed by a plain insert, so its checkouts never wait for each other; a code with `max_redemptions`
 * also moves its counter `limited_redemptions` with a conditional update, which is the only place its
 * checkouts queue. Checkouts read the promotion FOR KEY SHARE (as the foreign key does anyway), which
 * lets any number of them run together but makes an admin's edit (FOR UPDATE) wait for them, so a limit
 * set while checkouts run is recounted exactly.
 */
import type { Tx } from '../../db/database.js';
import { SqlConditions } from '../../db/sql-conditions.js';
import type { KeysetPosition } from '../../http/pagination.js';
import { formatRate, parseRate } from '../../core/money.js';
import type { PromotionDefinition, PromotionType, PromotionValue } from '../../core/promotions.js';
import type { Promotion } from './model.js';

interface PromotionRow {
  id: string;
  tenant_id: string;
  code: string;
  description: string | null;
  type: PromotionType;
  percent_off: string | null;
  amount_off: number | null;
  currency: string | null;
  event_ids: string[] | null;
  ticket_type_ids: string[] | null;
  starts_at: Date | null;
  ends_at: Date | null;
  max_redemptions: number | null;
  max_redemptions_per_user: number | null;
  min_subtotal: number | null;
  active: boolean;
  limited_redemptions: number;
  created_at: Date;
  updated_at: Date;
}

interface UsageColumns {
  redemptions: number;
  discount_total: { currency: string; amount: number }[];
}

const DEFINITION_COLUMNS = `p.id, p.tenant_id, p.code, p.description, p.type, p.percent_off, p.amount_off, p.currency, p.event_ids,
  p.ticket_type_ids, p.starts_at, p.ends_at, p.max_redemptions, p.max_redemptions_per_user, p.min_subtotal, p.active,
  p.limited_redemptions, p.created_at, p.updated_at`;

/** The promotion with its held redemptions and their discount per currency (admin reads, not checkout). */
const SELECT_WITH_USAGE = `
  SELECT ${DEFINITION_COLUMNS},
         COALESCE(u.redemptions, 0)::int AS redemptions, COALESCE(u.discount_total, '[]'::json) AS discount_total
    FROM promotions p
    LEFT JOIN LATERAL (
      SELECT sum(c.n)::int AS redemptions,
             json_agg(json_build_object('currency', c.currency, 'amount', c.amount) ORDER BY c.currency) AS discount_total
        FROM (SELECT r.currency, count(*) AS n, sum(r.discount)::bigint AS amount
                FROM promotion_redemptions r
               WHERE r.promotion_id = p.id AND r.released_at IS NULL
               GROUP BY r.currency) c
    ) u ON true`;

function valueOf(row: PromotionRow): PromotionValue {
  if (row.type === 'percent') return { type: 'percent', rate: parseRate(row.percent_off ?? '') };
  return { type: 'fixed', amount: row.amount_off ?? 0, currency: row.currency ?? '' };
}

function toDefinition(row: PromotionRow): PromotionDefinition {
  return {
    code: row.code,
    description: row.description,
    value: valueOf(row),
    eventIds: row.event_ids,
    ticketTypeIds: row.ticket_type_ids,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    minSubtotal: row.min_subtotal,
    active: row.active,
    maxRedemptions: row.max_redemptions,
    maxRedemptionsPerUser: row.max_redemptions_per_user,
  };
}

function toPromotion(row: PromotionRow & UsageColumns): Promotion {
  return {
    ...toDefinition(row),
    id: row.id,
    tenantId: row.tenant_id,
    redemptions: row.redemptions,
    discountTotal: row.discount_total.map((total) => ({ currency: total.currency, amount: Number(total.amount) })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns a definition writes, in the order of DEFINITION_PARAMETERS' placeholders ($3 onwards). */
function definitionValues(definition: PromotionDefinition): unknown[] {
  const { value } = definition;
  return [
    definition.code,
    definition.description,
    value.type,
    value.type === 'percent' ? formatRate(value.rate) : null,
    value.type === 'fixed' ? value.amount : null,
    value.type === 'fixed' ? value.currency : null,
    definition.eventIds,
    definition.ticketTypeIds,
    definition.startsAt,
    definition.endsAt,
    definition.maxRedemptions,
    definition.maxRedemptionsPerUser,
    definition.minSubtotal,
    definition.active,
  ];
}

export async function insertPromotion(tx: Tx, promotion: { id: string; tenantId: string; definition: PromotionDefinition; now: Date }): Promise<void> {
  await tx.query(
    `INSERT INTO promotions (id, tenant_id, code, description, type, percent_off, amount_off, currency, event_ids, ticket_type_ids,
        starts_at, ends_at, max_redemptions, max_redemptions_per_user, min_subtotal, active, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)`,
    [promotion.id, promotion.tenantId, ...definitionValues(promotion.definition), promotion.now],
  );
}

/**
 * Replaces the definition of a promotion locked with lockPromotion. When it has a limit, its counter is
 * recounted from the held redemptions: the lock waited for every checkout and give-back in flight, so the
 * count is exact.
 */
export async function updatePromotion(tx: Tx, id: string, definition: PromotionDefinition, now: Date): Promise<void> {
  await tx.query(
    `UPDATE promotions SET code = $2, description = $3, type = $4, percent_off = $5, amount_off = $6, currency = $7, event_ids = $8,
        ticket_type_ids = $9, starts_at = $10, ends_at = $11, max_redemptions = $12, max_redemptions_per_user = $13, min_subtotal = $14,
        active = $15, updated_at = $16,
        limited_redemptions = CASE WHEN $12::int IS NULL THEN 0 ELSE
          (SELECT count(*)::int FROM promotion_redemptions r WHERE r.promotion_id = $1 AND r.released_at IS NULL) END
      WHERE id = $1`,
    [id, ...definitionValues(definition), now],
  );
}

/** Locks the promotion against checkouts and other edits until the transaction ends; false when there is none. */
export async function lockPromotion(tx: Tx, id: string): Promise<boolean> {
  const { rows } = await tx.query('SELECT 1 FROM promotions WHERE id = $1 FOR UPDATE', [id]);
  return rows.length > 0;
}

export async function findPromotion(tx: Tx, id: string): Promise<Promotion | null> {
  const { rows } = await tx.query<PromotionRow & UsageColumns>(`${SELECT_WITH_USAGE} WHERE p.id = $1`, [id]);
  return rows[0] ? toPromotion(rows[0]) : null;
}

/** Whether any order ever used the promotion (given back or not): such a promotion is kept, not deleted. */
export async function everRedeemed(tx: Tx, id: string): Promise<boolean> {
  const { rows } = await tx.query('SELECT 1 FROM promotion_redemptions WHERE promotion_id = $1 LIMIT 1', [id]);
  return rows.length > 0;
}

export async function deletePromotion(tx: Tx, id: string): Promise<void> {
  await tx.query('DELETE FROM promotions WHERE id = $1', [id]);
}

export interface PromotionListFilter {
  active?: boolean;
  code?: string;
  after?: KeysetPosition;
  limit: number;
}

/** Newest first, keyset-paginated; answers up to limit + 1 rows. */
export async function listPromotions(tx: Tx, filter: PromotionListFilter): Promise<Promotion[]> {
  const conditions = new SqlConditions()
    .when(filter.active, (p) => `p.active = ${p}`)
    .when(filter.code?.toLowerCase(), (p) => `p.code_key = ${p}`)
    .after(filter.after, 'p');
  const limit = conditions.param(filter.limit + 1);
  const { rows } = await tx.query<PromotionRow & UsageColumns>(
    `${SELECT_WITH_USAGE} ${conditions.where()} ORDER BY p.created_at DESC, p.id DESC LIMIT ${limit}`,
    conditions.params,
  );
  return rows.map(toPromotion);
}

/** A promotion as a checkout sees it: its terms and limits, read FOR KEY SHARE (see the file's comment). */
export interface RedeemablePromotion extends PromotionDefinition {
  id: string;
  /** Held redemptions; kept only while maxRedemptions is set. */
  limitedRedemptions: number;
}

export async function findRedeemable(tx: Tx, code: string): Promise<RedeemablePromotion | null> {
  const { rows } = await tx.query<PromotionRow>(
    `SELECT ${DEFINITION_COLUMNS} FROM promotions p WHERE p.code_key = $1 FOR KEY SHARE`,
    [code.toLowerCase()],
  );
  const row = rows[0];
  return row ? { ...toDefinition(row), id: row.id, limitedRedemptions: row.limited_redemptions } : null;
}

/**
 * The user's held redemptions of the promotion, counted after taking a lock per (promotion, user) that is
 * held until the transaction ends, so two checkouts of one user cannot both pass the per-user limit. The
 * count is a statement of its own: its snapshot must be taken after the lock is granted.
 */
export async function heldByUser(tx: Tx, tenantId: string, promotionId: string, userId: string): Promise<number> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${tenantId}:promotion:${promotionId}:${userId}`]);
  const { rows } = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM promotion_redemptions WHERE promotion_id = $1 AND user_id = $2 AND released_at IS NULL',
    [promotionId, userId],
  );
  return rows[0]?.n ?? 0;
}

export interface NewRedemption {
  orderId: string;
  tenantId: string;
  promotionId: string;
  userId: string;
  discount: number;
  currency: string;
  takenAt: Date;
}

/**
 * Takes a redemption for an order written in the same transaction. Without a limit: a plain insert. With
 * one: the insert happens only if the counter could move below the limit (a conditional update, which
 * holds the promotion's row until the transaction ends). Answers false when every redemption is taken.
 */
export async function takeRedemption(tx: Tx, redemption: NewRedemption, limited: boolean): Promise<boolean> {
  const values = [
    redemption.orderId,
    redemption.tenantId,
    redemption.promotionId,
    redemption.userId,
    redemption.discount,
    redemption.currency,
    redemption.takenAt,
  ];
  if (!limited) {
    await tx.query(
      `INSERT INTO promotion_redemptions (order_id, tenant_id, promotion_id, user_id, discount, currency, taken_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      values,
    );
    return true;
  }
  const { rowCount } = await tx.query(
    `WITH counted AS (
       UPDATE promotions SET limited_redemptions = limited_redemptions + 1
        WHERE id = $3 AND max_redemptions IS NOT NULL AND limited_redemptions < max_redemptions
       RETURNING id
     )
     INSERT INTO promotion_redemptions (order_id, tenant_id, promotion_id, user_id, discount, currency, taken_at)
     SELECT $1, $2, counted.id, $4, $5, $6, $7 FROM counted`,
    values,
  );
  return rowCount > 0;
}

/**
 * Gives back the redemptions of orders that ended before payment (cancelled, failed, expired): marks them
 * released and moves the counters of limited promotions down, in one statement. The promotions are locked
 * in id order before their counters move, so concurrent give-backs of several codes cannot deadlock; a
 * promotion whose limit was set meanwhile is read as it is now. Safe to repeat: a released row stays released.
 */
export async function releaseRedemptions(tx: Tx, orderIds: readonly string[], now: Date): Promise<void> {
  if (orderIds.length === 0) return;
  await tx.query(
    `WITH released AS (
       UPDATE promotion_redemptions SET released_at = $2
        WHERE order_id = ANY($1::uuid[]) AND released_at IS NULL
       RETURNING promotion_id
     ), per_promotion AS (
       SELECT promotion_id, count(*)::int AS n FROM released GROUP BY promotion_id
     ), locked AS (
       SELECT p.id, p.max_redemptions FROM promotions p
        WHERE p.id IN (SELECT promotion_id FROM per_promotion)
        ORDER BY p.id
        FOR NO KEY UPDATE
     )
     UPDATE promotions p SET limited_redemptions = greatest(p.limited_redemptions - c.n, 0)
       FROM per_promotion c JOIN locked l ON l.id = c.promotion_id
      WHERE p.id = c.promotion_id AND l.max_redemptions IS NOT NULL`,
    [[...orderIds], now],
  );
}
