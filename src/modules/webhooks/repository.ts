/** The webhooks' SQL. Every function takes the caller's transaction; none opens its own. */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/database.js';
import type { KeysetPosition } from '../../db/keyset.js';
import type { AttemptOutcome } from '../../core/webhooks.js';
import type { ClaimedDelivery, DeliveryStatus, WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './model.js';

interface EndpointRow {
  id: string;
  tenant_id: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
  disabled_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

const ENDPOINT_COLUMNS = 'id, tenant_id, url, events, description, enabled, disabled_reason, created_at, updated_at';

function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    url: row.url,
    events: row.events,
    description: row.description,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface EndpointValues {
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
}

export async function insertEndpoint(tx: Tx, id: string, tenantId: string, values: EndpointValues, secret: string, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO webhook_endpoints (id, tenant_id, url, events, description, enabled, secret, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
    [id, tenantId, values.url, values.events, values.description, values.enabled, secret, now],
  );
}

export async function updateEndpoint(tx: Tx, id: string, values: EndpointValues, now: Date): Promise<boolean> {
  const result = await tx.query(
    `UPDATE webhook_endpoints SET url = $2, events = $3, description = $4, enabled = $5,
            disabled_reason = CASE WHEN $5 THEN NULL ELSE disabled_reason END, updated_at = $6
      WHERE id = $1`,
    [id, values.url, values.events, values.description, values.enabled, now],
  );
  return result.rowCount > 0;
}

export async function deleteEndpoint(tx: Tx, id: string): Promise<boolean> {
  return (await tx.query('DELETE FROM webhook_endpoints WHERE id = $1', [id])).rowCount > 0;
}

export async function findEndpoint(tx: Tx, id: string): Promise<WebhookEndpoint | undefined> {
  const { rows } = await tx.query<EndpointRow>(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1`, [id]);
  return rows[0] ? toEndpoint(rows[0]) : undefined;
}

export async function listEndpoints(tx: Tx, limit: number, after: KeysetPosition | undefined): Promise<WebhookEndpoint[]> {
  const { rows } = await tx.query<EndpointRow>(
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints
      WHERE ($1::timestamptz IS NULL OR (created_at, id) < ($1, $2::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $3`,
    [after?.createdAt ?? null, after?.id ?? null, limit + 1],
  );
  return rows.map(toEndpoint);
}

/** A delivery of a message made by the service itself (the ping), due at once. */
export async function insertDelivery(
  tx: Tx,
  delivery: { id: string; tenantId: string; endpointId: string; messageId: string; type: string; body: string; now: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO webhook_deliveries (id, tenant_id, endpoint_id, message_id, type, body, status, next_attempt_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'PENDING', $7, $7, $7)`,
    [delivery.id, delivery.tenantId, delivery.endpointId, delivery.messageId, delivery.type, delivery.body, delivery.now],
  );
}

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  message_id: string;
  type: string;
  status: DeliveryStatus;
  next_attempt_at: Date;
  last_status_code: number | null;
  created_at: Date;
  updated_at: Date;
  attempt_list: { attempt: number; startedAt: string; durationMs: number; statusCode: number | null; outcome: AttemptOutcome; error: string | null }[];
}

const DELIVERY_SELECT = `
  SELECT d.id, d.endpoint_id, d.message_id, d.type, d.status, d.next_attempt_at, d.last_status_code, d.created_at, d.updated_at,
         COALESCE((SELECT json_agg(json_build_object('attempt', a.attempt, 'startedAt', a.started_at, 'durationMs', a.duration_ms,
                                                     'statusCode', a.status_code, 'outcome', a.outcome, 'error', a.error) ORDER BY a.attempt)
                     FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]'::json) AS attempt_list
    FROM webhook_deliveries d`;

function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    messageId: row.message_id,
    type: row.type,
    status: row.status,
    nextAttemptAt: row.status === 'PENDING' ? row.next_attempt_at : null,
    lastStatusCode: row.last_status_code,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    attempts: row.attempt_list.map(
      (a): WebhookAttempt => ({ ...a, startedAt: new Date(a.startedAt) }),
    ),
  };
}

export async function listDeliveries(
  tx: Tx,
  endpointId: string,
  filter: { status?: DeliveryStatus },
  limit: number,
  after: KeysetPosition | undefined,
): Promise<WebhookDelivery[]> {
  const { rows } = await tx.query<DeliveryRow>(
    `${DELIVERY_SELECT}
      WHERE d.endpoint_id = $1 AND ($2::text IS NULL OR d.status = $2)
        AND ($3::timestamptz IS NULL OR (d.created_at, d.id) < ($3, $4::uuid))
      ORDER BY d.created_at DESC, d.id DESC LIMIT $5`,
    [endpointId, filter.status ?? null, after?.createdAt ?? null, after?.id ?? null, limit + 1],
  );
  return rows.map(toDelivery);
}

export async function findDelivery(tx: Tx, endpointId: string, deliveryId: string): Promise<WebhookDelivery | undefined> {
  const { rows } = await tx.query<DeliveryRow>(`${DELIVERY_SELECT} WHERE d.endpoint_id = $1 AND d.id = $2`, [endpointId, deliveryId]);
  return rows[0] ? toDelivery(rows[0]) : undefined;
}

/** Makes a delivery due again at once (a manual retry); its attempts so far stay in the log. */
export async function rescheduleDelivery(tx: Tx, deliveryId: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = $2, locked_until = NULL, updated_at = $2 WHERE id = $1`,
    [deliveryId, now],
  );
}

/**
 * Claims due deliveries of enabled endpoints for sending, at most `perEndpoint` in flight per endpoint
 * (counting those other runs or instances hold) and `limit` in all. A claim is a lease: if the sender dies,
 * the delivery is due again when `leaseUntil` passes. Runs on the system path (every tenant).
 */
export async function claimDueDeliveries(tx: Tx, now: Date, leaseUntil: Date, perEndpoint: number, limit: number): Promise<ClaimedDelivery[]> {
  const { rows } = await tx.query<{
    id: string;
    tenant_id: string;
    endpoint_id: string;
    message_id: string;
    body: string;
    url: string;
    secret: string;
    attempts: number;
  }>(
    `WITH in_flight AS (
       SELECT endpoint_id, count(*)::int AS n FROM webhook_deliveries
        WHERE status = 'PENDING' AND locked_until > $1 GROUP BY endpoint_id
     ), candidates AS (
       SELECT d.id, row_number() OVER (PARTITION BY d.endpoint_id ORDER BY d.next_attempt_at, d.id) + COALESCE(f.n, 0) AS slot
         FROM webhook_deliveries d
         JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.enabled
         LEFT JOIN in_flight f ON f.endpoint_id = d.endpoint_id
        WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1 AND (d.locked_until IS NULL OR d.locked_until <= $1)
     ), chosen AS (
       SELECT d.id FROM webhook_deliveries d
        WHERE d.id IN (SELECT id FROM candidates WHERE slot <= $3)
        ORDER BY d.next_attempt_at, d.id LIMIT $4
        FOR UPDATE OF d SKIP LOCKED
     )
     UPDATE webhook_deliveries d SET locked_until = $2
       FROM chosen, webhook_endpoints e
      WHERE d.id = chosen.id AND e.id = d.endpoint_id
     RETURNING d.id, d.tenant_id, d.endpoint_id, d.message_id, d.body, e.url, e.secret, d.attempts`,
    [now, leaseUntil, perEndpoint, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    tenantId: row.tenant_id,
    endpointId: row.endpoint_id,
    messageId: row.message_id,
    body: row.body,
    url: row.url,
    secret: row.secret,
    attempts: row.attempts,
  }));
}

export interface AttemptRecord {
  deliveryId: string;
  tenantId: string;
  attempt: number;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  outcome: AttemptOutcome;
  error: string | null;
}

/** Writes an attempt and what follows it; answers false when the delivery was not the claimed one any more. */
export async function recordAttempt(
  tx: Tx,
  record: AttemptRecord,
  next: { status: DeliveryStatus; nextAttemptAt: Date | null },
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO webhook_attempts (id, tenant_id, delivery_id, attempt, started_at, duration_ms, status_code, outcome, error)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [randomUUID(), record.tenantId, record.deliveryId, record.attempt, record.startedAt, record.durationMs, record.statusCode, record.outcome, record.error],
  );
  await tx.query(
    `UPDATE webhook_deliveries
        SET attempts = $2, status = $3, next_attempt_at = COALESCE($4, next_attempt_at), locked_until = NULL,
            last_status_code = $5, last_error = $6, updated_at = $7
      WHERE id = $1`,
    [record.deliveryId, record.attempt, next.status, next.nextAttemptAt, record.statusCode, record.error, now],
  );
}

/** The receiver answered 410 Gone: the endpoint takes no more messages until an admin enables it again. */
export async function disableEndpointGone(tx: Tx, endpointId: string, now: Date): Promise<void> {
  await tx.query(`UPDATE webhook_endpoints SET enabled = false, disabled_reason = 'gone', updated_at = $2 WHERE id = $1`, [endpointId, now]);
}
