/**
 * Durable idempotency keys (SPEC §3) in PostgreSQL, scoped per tenant and user. A key is claimed with one
 * upsert: the first request inserts it `in_progress`; a repeat sees the stored answer, a different body,
 * or a request still running. A claim whose holder died (lease passed) can be taken over by the same body.
 */
import type { CarriedWrite } from '../db/carried-write.js';
import type { Database } from '../db/database.js';

export const IDEMPOTENCY_TTL_HOURS = 24;
const LEASE_SECONDS = 120;

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; contentType: string; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' };

export interface IdempotencyScope {
  tenantId: string;
  userId: string;
  key: string;
}

interface StoredKey {
  request_hash: string | null;
  state: 'in_progress' | 'completed' | null;
  response_status: number | null;
  response_type: string | null;
  response_body: string | null;
}

export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
}

/** Completes a key still in progress with the answer; a key completed or released meanwhile stays as it is. */
function completion(scope: IdempotencyScope, response: StoredResponse): CarriedWrite {
  return {
    sql: (p) =>
      `UPDATE idempotency_keys SET state = 'completed', response_status = $${p + 3}, response_type = $${p + 4}, response_body = $${p + 5}
        WHERE tenant_id = $${p} AND user_id = $${p + 1} AND key = $${p + 2} AND state = 'in_progress'`,
    params: [scope.tenantId, scope.userId, scope.key, response.status, response.contentType, response.body],
  };
}

export class IdempotencyStore {
  constructor(private readonly db: Database) {}

  /**
   * One statement: the upsert claims the key when it is new, expired, or abandoned by a holder that died with
   * the same body; otherwise the key as it was before this statement tells replay, mismatch or in progress.
   * Each statement names the tenant (Database.statement runs outside row-level security).
   */
  async claim(scope: IdempotencyScope, requestHash: string, now: Date): Promise<Claim> {
    const lockedUntil = new Date(now.getTime() + LEASE_SECONDS * 1000);
    const expiresAt = new Date(now.getTime() + IDEMPOTENCY_TTL_HOURS * 3600 * 1000);
    const { rows } = await this.db.statement<StoredKey & { claimed: boolean }>(
      `WITH claimed AS (
         INSERT INTO idempotency_keys (tenant_id, user_id, key, request_hash, state, locked_until, created_at, expires_at)
         VALUES ($1, $2, $3, $4, 'in_progress', $5, $6, $7)
         ON CONFLICT (tenant_id, user_id, key) DO UPDATE
           SET request_hash = EXCLUDED.request_hash, state = 'in_progress', response_status = NULL,
               response_type = NULL, response_body = NULL, locked_until = EXCLUDED.locked_until,
               created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
           WHERE idempotency_keys.expires_at < $6
              OR (idempotency_keys.state = 'in_progress' AND idempotency_keys.locked_until < $6
                  AND idempotency_keys.request_hash = EXCLUDED.request_hash)
         RETURNING key
       )
       SELECT EXISTS (SELECT 1 FROM claimed) AS claimed, k.request_hash, k.state, k.response_status, k.response_type, k.response_body
         FROM (SELECT 1) AS one
         LEFT JOIN idempotency_keys k ON k.tenant_id = $1 AND k.user_id = $2 AND k.key = $3`,
      [scope.tenantId, scope.userId, scope.key, requestHash, lockedUntil, now, expiresAt],
    );
    const row = rows[0];
    if (!row || row.claimed) return { kind: 'claimed' };
    // No row before this statement, yet not claimed: a concurrent request inserted it first and holds it.
    if (row.request_hash === null) return { kind: 'in_progress' };
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.state === 'in_progress' || row.response_status === null) return { kind: 'in_progress' };
    return {
      kind: 'replay',
      status: row.response_status,
      contentType: row.response_type ?? 'application/json',
      body: row.response_body ?? '',
    };
  }

  async complete(scope: IdempotencyScope, response: StoredResponse): Promise<void> {
    const write = completion(scope, response);
    await this.db.statement(write.sql(1), write.params);
  }

  /**
   * The same completion as a write for a statement of the caller's tenant transaction to carry (the
   * transaction of the tenant in `scope`; row-level security lets it touch that tenant's keys only): the
   * answer is stored if and only if that transaction commits.
   */
  completionIn(scope: IdempotencyScope, response: StoredResponse): CarriedWrite {
    return completion(scope, response);
  }

  /** Forgets a claim whose request failed in a way worth retrying (5xx, 429), so the key can be used again. */
  async release(scope: IdempotencyScope): Promise<void> {
    await this.db.statement(`DELETE FROM idempotency_keys WHERE tenant_id = $1 AND user_id = $2 AND key = $3 AND state = 'in_progress'`, [
      scope.tenantId,
      scope.userId,
      scope.key,
    ]);
  }

  /** Deletes keys past their 24 h; answers how many. */
  purgeExpired(now: Date): Promise<number> {
    return this.db.system(async (tx) => (await tx.query('DELETE FROM idempotency_keys WHERE expires_at < $1', [now])).rowCount);
  }
}
