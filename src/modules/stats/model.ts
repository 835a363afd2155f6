/** The dashboard's figures (GET /api/v1/stats): one row per UTC day of the period, money per currency. */
export interface MoneyByCurrency {
  currency: string;
  amount: number;
}

export interface DailyFigures {
  /** The UTC day, YYYY-MM-DD. */
  date: string;
  /** Orders created that day, whatever became of them. */
  orders: number;
  /** Orders confirmed (paid) that day. */
  paidOrders: number;
  /** Totals of the orders confirmed that day, per currency. */
  revenue: MoneyByCurrency[];
  /** Refunds that succeeded that day. */
  refunds: number;
  refundedAmount: MoneyByCurrency[];
  /** Payment disputes opened that day. */
  disputes: number;
}

export interface StatsPeriod {
  /** First day, YYYY-MM-DD (UTC), included. */
  from: string;
  /** Last day, YYYY-MM-DD (UTC), included. */
  to: string;
}
