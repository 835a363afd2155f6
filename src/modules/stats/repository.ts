/** The dashboard's SQL: every figure is counted and summed by PostgreSQL, per UTC day, inside the tenant's transaction (RLS). */
import type { Tx } from '../../db/database.js';
import type { DailyFigures, MoneyByCurrency, StatsPeriod } from './model.js';

interface DailyRow {
  date: string;
  orders: number;
  paid_orders: number;
  revenue: MoneyByCurrency[];
  refunds: number;
  refunded_amount: MoneyByCurrency[];
  disputes: number;
}

/** A day's bounds: [day 00:00 UTC, next day 00:00 UTC). */
const DAY = (column: string) => `(${column} AT TIME ZONE 'UTC')::date`;
const IN_PERIOD = (column: string) =>
  `${column} >= ($1::date)::timestamp AT TIME ZONE 'UTC' AND ${column} < ($2::date + 1)::timestamp AT TIME ZONE 'UTC'`;

const DAILY_FIGURES = `
WITH days AS (
  SELECT day::date AS day FROM generate_series($1::date, $2::date, interval '1 day') AS day
),
created AS (
  SELECT ${DAY('created_at')} AS day, count(*)::int AS n
  FROM orders WHERE ${IN_PERIOD('created_at')} GROUP BY 1
),
paid AS (
  SELECT ${DAY('confirmed_at')} AS day, currency, count(*)::int AS n, sum(total)::bigint AS amount
  FROM orders WHERE confirmed_at IS NOT NULL AND ${IN_PERIOD('confirmed_at')} GROUP BY 1, 2
),
refunded AS (
  SELECT ${DAY('settled_at')} AS day, currency, count(*)::int AS n, sum(amount)::bigint AS amount
  FROM refunds WHERE status = 'SUCCEEDED' AND settled_at IS NOT NULL AND ${IN_PERIOD('settled_at')} GROUP BY 1, 2
),
opened AS (
  SELECT ${DAY('opened_at')} AS day, count(*)::int AS n
  FROM disputes WHERE ${IN_PERIOD('opened_at')} GROUP BY 1
)
SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
       COALESCE(c.n, 0) AS orders,
       COALESCE((SELECT sum(p.n) FROM paid p WHERE p.day = d.day), 0)::int AS paid_orders,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('currency', p.currency, 'amount', p.amount) ORDER BY p.currency)
                 FROM paid p WHERE p.day = d.day), '[]'::jsonb) AS revenue,
       COALESCE((SELECT sum(r.n) FROM refunded r WHERE r.day = d.day), 0)::int AS refunds,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('currency', r.currency, 'amount', r.amount) ORDER BY r.currency)
                 FROM refunded r WHERE r.day = d.day), '[]'::jsonb) AS refunded_amount,
       COALESCE(o.n, 0) AS disputes
FROM days d
LEFT JOIN created c ON c.day = d.day
LEFT JOIN opened o ON o.day = d.day
ORDER BY d.day`;

export async function dailyFigures(tx: Tx, period: StatsPeriod): Promise<DailyFigures[]> {
  const { rows } = await tx.query<DailyRow>(DAILY_FIGURES, [period.from, period.to]);
  return rows.map((row) => ({
    date: row.date,
    orders: row.orders,
    paidOrders: row.paid_orders,
    revenue: row.revenue.map(({ currency, amount }) => ({ currency, amount: Number(amount) })),
    refunds: row.refunds,
    refundedAmount: row.refunded_amount.map(({ currency, amount }) => ({ currency, amount: Number(amount) })),
    disputes: row.disputes,
  }));
}
