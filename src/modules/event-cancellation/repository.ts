/** SQL of the event-cancellation jobs (background_jobs rows of type `event.cancel-orders`). */
import type { Tx } from '../../db/database.js';
import type { KeysetPosition } from '../../db/keyset.js';
import { SqlConditions } from '../../db/sql-conditions.js';
import type { OrderStatus } from '../../core/order-status.js';
import { lockEventOrders } from '../orders/index.js';

export const JOB_TYPE = 'event.cancel-orders';

/**
 * An SQL condition, true once the cancellation job of the event named by `eventParameter` (a placeholder such
 * as `$2`) exists: checkout folds it into the statement it runs after taking the event's lock (orders
 * repository, checkoutFacts), so the check costs no round trip of its own.
 */
export function cancellationStartedCondition(eventParameter: string): string {
  return `EXISTS (SELECT 1 FROM background_jobs WHERE type = '${JOB_TYPE}' AND dedupe_key = ${eventParameter}::uuid::text)`;
}

export interface JobFailure {
  orderId: string;
  code: string;
  detail: string;
  /** How many times the order was tried (1: the walk only). */
  attempts?: number;
  lastAttemptAt?: string;
}

export interface CancellationJob {
  id: string;
  tenantId: string;
  eventId: string;
  reason: string;
  status: 'RUNNING' | 'COMPLETED';
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  failures: JobFailure[];
  cursor: string | null;
  /** When the outstanding failures are tried again; null when none are outstanding. */
  retryAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
}

interface JobRow {
  id: string;
  tenant_id: string;
  params: { eventId: string; reason: string };
  status: CancellationJob['status'];
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  failures: JobFailure[];
  cursor: string | null;
  retry_at: Date | null;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

function toJob(row: JobRow): CancellationJob {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    eventId: row.params.eventId,
    reason: row.params.reason,
    status: row.status,
    total: row.total,
    processed: row.processed,
    succeeded: row.succeeded,
    failed: row.failed,
    failures: row.failures,
    cursor: row.cursor,
    retryAt: row.retry_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
  };
}

/** Creates the event's cancellation job, or answers the one that exists (one job per event). */
export async function createOrFindJob(tx: Tx, job: { id: string; tenantId: string; eventId: string; reason: string; now: Date }): Promise<CancellationJob> {
  // Waits for checkouts writing orders for the event; those that come after see the job and refuse.
  await lockEventOrders(tx, job.tenantId, job.eventId);
  const { rows: counted } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM orders WHERE event_id = $1', [job.eventId]);
  await tx.query(
    `INSERT INTO background_jobs (id, tenant_id, type, dedupe_key, status, params, total, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'RUNNING', $5, $6, $7, $7)
     ON CONFLICT ON CONSTRAINT background_jobs_once DO NOTHING`,
    [job.id, job.tenantId, JOB_TYPE, job.eventId, JSON.stringify({ eventId: job.eventId, reason: job.reason }), counted[0]?.n ?? 0, job.now],
  );
  const { rows } = await tx.query<JobRow>('SELECT * FROM background_jobs WHERE type = $1 AND dedupe_key = $2', [JOB_TYPE, job.eventId]);
  if (!rows[0]) throw new Error('the cancellation job just written is not readable');
  return toJob(rows[0]);
}

export async function findJob(tx: Tx, id: string): Promise<CancellationJob | null> {
  const { rows } = await tx.query<JobRow>('SELECT * FROM background_jobs WHERE id = $1', [id]);
  return rows[0] ? toJob(rows[0]) : null;
}

/** The tenant's event-cancellation jobs, newest first, keyset-paginated on (created_at, id); up to limit + 1 rows. */
export async function listJobs(tx: Tx, filter: { after?: KeysetPosition; limit: number }): Promise<CancellationJob[]> {
  const conditions = new SqlConditions().when(JOB_TYPE, (p) => `type = ${p}`).after(filter.after);
  const limit = conditions.param(filter.limit + 1);
  const { rows } = await tx.query<JobRow>(`SELECT * FROM background_jobs ${conditions.where()} ORDER BY created_at DESC, id DESC LIMIT ${limit}`, conditions.params);
  return rows.map(toJob);
}

/** Claims one running job whose lease is free (system transaction), leasing it until `leaseUntil`. */
export async function claimRunningJob(tx: Tx, now: Date, leaseUntil: Date): Promise<CancellationJob | null> {
  const { rows } = await tx.query<JobRow>(
    `UPDATE background_jobs j SET lease_until = $2, updated_at = $1
       FROM (SELECT id FROM background_jobs
              WHERE type = $3 AND status = 'RUNNING' AND (lease_until IS NULL OR lease_until < $1)
              ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED) due
      WHERE j.id = due.id
      RETURNING j.*`,
    [now, leaseUntil, JOB_TYPE],
  );
  return rows[0] ? toJob(rows[0]) : null;
}

export interface EventOrder {
  id: string;
  status: OrderStatus;
}

/** The current status of some of the event's orders. */
export async function orderStatuses(tx: Tx, orderIds: readonly string[]): Promise<EventOrder[]> {
  const { rows } = await tx.query<EventOrder>('SELECT id, status FROM orders WHERE id = ANY($1::uuid[])', [[...orderIds]]);
  return rows;
}

/** The next orders of the event after `cursor`, in id order (the job's resumable position). */
export async function nextEventOrders(tx: Tx, eventId: string, cursor: string | null, limit: number): Promise<EventOrder[]> {
  const { rows } = await tx.query<EventOrder>(
    `SELECT id, status FROM orders WHERE event_id = $1 AND ($2::uuid IS NULL OR id > $2::uuid) ORDER BY id LIMIT $3`,
    [eventId, cursor, limit],
  );
  return rows;
}

/**
 * Records a processed batch and moves the cursor; completes the job when `done`. The lease ends with the
 * batch: the next runBatch (here or on another instance) claims the job again at once. Keeping it would make
 * every following claim wait for the lease to run out (60 s per batch of 100; docs/benchmarks.md).
 */
export async function recordBatch(
  tx: Tx,
  jobId: string,
  batch: { cursor: string | null; processed: number; succeeded: number; failures: JobFailure[]; done: boolean; now: Date; retryAt: Date },
): Promise<void> {
  await tx.query(
    `UPDATE background_jobs
        SET cursor = COALESCE($2::uuid, cursor), processed = processed + $3, succeeded = succeeded + $4,
            failed = failed + $5, failures = failures || $6::jsonb, updated_at = $7::timestamptz,
            status = CASE WHEN $8::boolean THEN 'COMPLETED' ELSE status END,
            completed_at = CASE WHEN $8::boolean THEN $7::timestamptz ELSE completed_at END,
            retry_at = CASE WHEN $5 > 0 THEN COALESCE(retry_at, $9::timestamptz) ELSE retry_at END,
            lease_until = NULL
      WHERE id = $1`,
    [jobId, batch.cursor, batch.processed, batch.succeeded, batch.failures.length, JSON.stringify(batch.failures), batch.now, batch.done, batch.retryAt],
  );
}

/**
 * Claims one job (any tenant, running or completed) whose failed orders are due to be tried again and whose
 * lease is free (system transaction), leasing it until `leaseUntil`.
 */
export async function claimJobWithDueRetries(tx: Tx, now: Date, leaseUntil: Date): Promise<CancellationJob | null> {
  const { rows } = await tx.query<JobRow>(
    `UPDATE background_jobs j SET lease_until = $2, updated_at = $1
       FROM (SELECT id FROM background_jobs
              WHERE type = $3 AND retry_at <= $1 AND (lease_until IS NULL OR lease_until < $1)
              ORDER BY retry_at LIMIT 1 FOR UPDATE SKIP LOCKED) due
      WHERE j.id = due.id
      RETURNING j.*`,
    [now, leaseUntil, JOB_TYPE],
  );
  return rows[0] ? toJob(rows[0]) : null;
}

/**
 * Records a retry of the job's failed orders: those that went through leave the failures (and count as
 * succeeded), the others stay with their latest cause; the next retry is due at `retryAt` while any remain.
 */
export async function recordRetry(tx: Tx, jobId: string, retry: { remaining: JobFailure[]; resolved: number; now: Date; retryAt: Date }): Promise<void> {
  await tx.query(
    `UPDATE background_jobs
        SET failures = $2::jsonb, failed = $3, succeeded = succeeded + $4, updated_at = $5,
            retry_at = CASE WHEN $3 > 0 THEN $6::timestamptz ELSE NULL END, lease_until = NULL
      WHERE id = $1`,
    [jobId, JSON.stringify(retry.remaining), retry.remaining.length, retry.resolved, retry.now, retry.retryAt],
  );
}

/** The tenant whose orders are for this event (an event belongs to one tenant). */
export async function findEventTenant(tx: Tx, eventId: string): Promise<string | null> {
  const { rows } = await tx.query<{ tenant_id: string }>('SELECT tenant_id FROM orders WHERE event_id = $1 LIMIT 1', [eventId]);
  return rows[0]?.tenant_id ?? null;
}
