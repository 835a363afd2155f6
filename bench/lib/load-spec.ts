/** What the bench asks the load-generator process to do, and what it answers (plain JSON over IPC). */

/** How each request is built. The generator runs in its own process, so it gets data, not functions. */
export type CallPlan =
  | { kind: 'static'; method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }
  /** One new user per request (user `${userPrefix}-${n}`), each with its own Idempotency-Key; all with `promoCode` when given. */
  | {
      kind: 'checkout';
      secret: string;
      tenantId: string;
      userPrefix: string;
      eventId: string;
      ticketTypeId: string;
      idempotencyKeys: boolean;
      promoCode?: string;
    }
  /** Round-robin over (user, order) pairs, each with the owner's token. */
  | { kind: 'getOrder' | 'listOrders'; secret: string; tenantId: string; pairs: { userId: string; orderId: string }[] }
  /** Each pair once, in order, with the owner's token and an Idempotency-Key; then the plan is exhausted. */
  | { kind: 'refund'; secret: string; tenantId: string; pairs: { userId: string; orderId: string }[] }
  /** Each order once: swap one ticket of its first item for one of `ticketTypeId` (an order change), with an Idempotency-Key. */
  | { kind: 'change'; secret: string; tenantId: string; orders: { userId: string; orderId: string; orderItemId: string; ticketTypeId: string }[] }
  /** The Payment service confirming paid orders (POST /internal/v1/orders/:id/confirm), each order once. */
  | { kind: 'confirm'; serviceToken: string; orders: { orderId: string; intentId: string }[] };

export interface LoadSpec {
  title: string;
  baseUrl: string;
  /**
   * Further instances of the same service (autocannon only): the connections are spread over baseUrl and
   * these in turn (connection i goes to the (i mod n)-th URL), all in one load with one set of statistics.
   */
  moreBaseUrls?: string[];
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections (autocannon overallRate); omitted = as fast as possible. */
  overallRate?: number;
  /** Stop after this many requests (a plan whose items can each be used once); the duration still caps it. */
  amount?: number;
  /**
   * 'paced': not autocannon but an open-loop generator sending one request every 1/overallRate s, however
   * long the answers take (autocannon's overallRate lets each connection fire its quota at the start of every
   * second, so its latencies measure those bursts). Latency counts from the planned send time.
   */
  mode?: 'autocannon' | 'paced';
  plan: CallPlan;
}

export interface LoadResult {
  title: string;
  mode?: 'autocannon' | 'paced';
  connections: number;
  durationSeconds: number;
  overallRate: number | null;
  requests: number;
  /** 2xx answers per second over the run. */
  okPerSecond: number;
  /** All answers per second. */
  answersPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Filled in by the bench: CPU per answered request of each part, and how busy the rest of the machine was. */
  cpu?: CpuPerRequest;
}

export interface CpuPerRequest {
  /** The service instance in the bench process. */
  serviceMs: number;
  /** Each further service instance in a process of its own (the two-instance load), in order. */
  instancesMs?: number[];
  sandboxMs: number;
  postgresMs: number;
  /** Share of the machine's CPU used by everything else (load generator, other users' processes), 0–1. */
  otherShare: number;
}
