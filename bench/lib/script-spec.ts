/**
 * A script of HTTP calls with planned send times, run by bench/script-worker.ts in its own process: the
 * on-sale rush (lib/rush.ts) and the open-loop overload (lib/overload.ts) need to know, call by call, what
 * was answered (the problem code, the order made) and to follow a checkout with its retry and its payment.
 */

export interface ScriptCall {
  /** Planned send time, ms from the start of the script. */
  at: number;
  tag: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Send the same request again (same headers, same Idempotency-Key) once the first answer arrived. */
  retry?: boolean;
  /**
   * After a 503 with Retry-After: wait that long and send again, as a buyer in an on-sale queue does, until
   * another answer comes or the buyer's patience (ScriptSpec.overloadPatienceSeconds after `at`) runs out.
   * The follow-up `retry` is served the same way.
   */
  retryOverloaded?: boolean;
  /** After a 201 with a payment intent: pay it at the Payment sandbox (POST /sandbox/payment-intents/:id/succeed). */
  pay?: boolean;
}

export interface ScriptSpec {
  title: string;
  baseUrl: string;
  paymentUrl: string;
  /** Connections to the service at most; calls beyond wait for a free one (bounded concurrency). */
  maxConnections: number;
  calls: ScriptCall[];
  /** How long after its planned time a call keeps retrying 503s (retryOverloaded); default 60 s. */
  overloadPatienceSeconds?: number;
}

export interface ScriptAnswer {
  tag: string;
  /** ms from the start of the script: planned, when a connection took the request, when the answer ended. */
  plannedAt: number;
  sentAt: number;
  answeredAt: number;
  /** 0 when the request failed without an answer. */
  status: number;
  code?: string;
  orderId?: string;
  retry?: { status: number; orderId?: string; replayed: boolean };
  /** The Retry-After of a 503 answer, in seconds (0 when missing). */
  retryAfterSeconds?: number;
  /** 503 answers met before this answer (retryOverloaded). */
  overloaded?: number;
  paid?: boolean;
}

export interface ScriptResult {
  title: string;
  seconds: number;
  answers: ScriptAnswer[];
}
