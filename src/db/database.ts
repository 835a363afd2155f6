/**
 * The database behind one interface: PostgreSQL through `pg` (also through PgBouncer in transaction
 * pooling) or embedded PGlite. Every unit of work is one transaction; a tenant transaction switches to
 * the RLS-bound role and sets the tenant with SET LOCAL semantics (set_config(..., true)), so nothing
 * outlives the transaction and a pooled connection never carries one tenant's context into another's.
 */
import pg from 'pg';
import type { PGlite, Transaction as PGliteTransaction } from '@electric-sql/pglite';
import { inSpan, SpanKind } from '../tracing.js';

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

/** What a repository gets: a handle on the current transaction. */
export interface Tx {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `work` in one transaction bound to `tenantId` by row-level security. */
  tenant<T>(tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one transaction as the schema owner, outside row-level security. Only for work that
   * is by nature cross-tenant: background jobs claiming due items, webhook lookups by payment intent.
   */
  system<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * One statement in a transaction of its own, as the schema owner: one round trip instead of four (BEGIN,
   * tenant binding, statement, COMMIT). Only for tables the HTTP layer keeps per tenant whose every statement
   * names its tenant (idempotency keys); the order data always goes through `tenant`.
   */
  statement<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The role that tenant transactions run as; row-level security applies to it (see migrations). */
export const APP_ROLE = 'order_service_app';

const BIND_TENANT = `SELECT set_config('role', '${APP_ROLE}', true), set_config('app.tenant_id', $1, true)`;

/** Distinct statement texts prepared per pool; the service has about a hundred. */
const MAX_PREPARED_STATEMENTS = 1000;

// Amounts are bigint columns; every value we store is a safe integer, so read them as numbers.
const INT8_OID = 20;

export interface PostgresOptions {
  connectionString: string;
  maxConnections?: number;
  applicationName?: string;
  /**
   * Send every statement as a named prepared statement, parsed and planned once per connection and then
   * only bound and executed (see docs/benchmarks.md: it more than halves PostgreSQL's CPU per statement).
   * Needs a session per connection: direct connections, or PgBouncer >= 1.21 with max_prepared_statements.
   * Off for PgBouncer < 1.21 in transaction mode, which would hand a statement to a server connection that
   * never saw it. Default true.
   */
  preparedStatements?: boolean;
}

/** 26000: the connection never saw the statement; 42P05: it saw another one of that name (both mean a pooler). */
function isMissingPreparedStatement(error: unknown): boolean {
  const code = pgErrorCode(error);
  return code === '26000' || code === '42P05';
}

function missingPreparedStatement(cause: unknown): Error {
  return new Error(
    'A prepared statement was missing on its connection: DATABASE_URL looks like PgBouncer (< 1.21, or without ' +
      'max_prepared_statements) in transaction mode; set DATABASE_PREPARED_STATEMENTS=false',
    { cause },
  );
}

/**
 * PostgreSQL refuses to run a prepared statement whose result columns changed under it (a migration of a
 * newer instance added a column to a table read with `*`): 0A000 "cached plan must not change result type".
 * The statement is re-prepared only on a fresh connection, so such a connection is discarded.
 */
function invalidatesPreparedStatements(error: unknown): boolean {
  return pgErrorCode(error) === '0A000' && error instanceof Error && error.message.includes('cached plan');
}

export function createPostgresDatabase(options: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 20,
    application_name: options.applicationName ?? 'order-service',
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client that loses its connection (e.g. the server restarts) must not crash the process.
  pool.on('error', () => undefined);

  // One name per distinct statement text, the same on every connection (pg prepares it there on first use).
  // Texts built for a varying number of rows are distinct statements too; past the cap, new texts go unnamed
  // so that neither this map nor the server's per-connection cache grows without bound.
  const prepared = options.preparedStatements ?? true;
  const statementNames = new Map<string, string>();
  const toQuery = (text: string, values: unknown[] | undefined): pg.QueryConfig => {
    if (!prepared) return { text, values };
    let name = statementNames.get(text);
    if (name === undefined) {
      if (statementNames.size >= MAX_PREPARED_STATEMENTS) return { text, values };
      name = `os_${statementNames.size + 1}`;
      statementNames.set(text, name);
    }
    return { name, text, values };
  };

  async function run<T>(tenantId: string | null, work: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      if (tenantId !== null) await client.query(toQuery(BIND_TENANT, [tenantId]));
      const tx: Tx = {
        async query<R>(sql: string, params?: readonly unknown[]) {
          const result = await client.query(toQuery(sql, params as unknown[] | undefined));
          return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
        },
        async exec(sql: string) {
          await client.query(sql);
        },
      };
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (caught) {
      let error = caught;
      broken = invalidatesPreparedStatements(error);
      if (prepared && isMissingPreparedStatement(error)) {
        broken = true;
        error = missingPreparedStatement(caught);
      }
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  return {
    kind: 'postgres',
    tenant: (tenantId, work) => run(tenantId, work),
    system: (work) => run(null, work),
    async statement<R>(sql: string, params?: readonly unknown[]) {
      // pool.query drops the connection when the statement fails, so a stale prepared statement goes with it.
      try {
        const result = await pool.query(toQuery(sql, params as unknown[] | undefined));
        return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
      } catch (error) {
        if (prepared && isMissingPreparedStatement(error)) throw missingPreparedStatement(error);
        throw error;
      }
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}

export function createPGliteDatabase(db: PGlite): Database {
  async function run<T>(tenantId: string | null, work: (tx: Tx) => Promise<T>): Promise<T> {
    return db.transaction(async (ptx: PGliteTransaction) => {
      if (tenantId !== null) await ptx.query(BIND_TENANT, [tenantId]);
      const tx: Tx = {
        async query<R>(sql: string, params?: readonly unknown[]) {
          const result = await ptx.query<R>(sql, params as unknown[] | undefined);
          return { rows: result.rows, rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
        },
        async exec(sql: string) {
          await ptx.exec(sql);
        },
      };
      return work(tx);
    });
  }
  return {
    kind: 'pglite',
    tenant: (tenantId, work) => run(tenantId, work),
    system: (work) => run(null, work),
    // Embedded: no round trips to save; a transaction keeps it in line with the other transactions.
    statement: (sql, params) => run(null, (tx) => tx.query(sql, params)),
    async ping() {
      await db.query('SELECT 1');
    },
    async close() {
      await db.close();
    },
  };
}

/**
 * The same database with a span per unit of work (SPEC §18): `db.transaction tenant`, `db.transaction system`,
 * `db.statement`. Installed only when tracing is on (infrastructure.ts).
 */
export function tracedDatabase(db: Database): Database {
  const attributes = { 'db.system.name': db.kind === 'postgres' ? 'postgresql' : 'pglite' };
  return {
    kind: db.kind,
    tenant: (tenantId, work) => inSpan('db.transaction tenant', { kind: SpanKind.CLIENT, attributes: { ...attributes, 'order_service.tenant_id': tenantId } }, () => db.tenant(tenantId, work)),
    system: (work) => inSpan('db.transaction system', { kind: SpanKind.CLIENT, attributes }, () => db.system(work)),
    statement: (sql, params) =>
      inSpan('db.statement', { kind: SpanKind.CLIENT, attributes: { ...attributes, 'db.query.summary': sql.trim().split(/\s+/).slice(0, 3).join(' ') } }, () => db.statement(sql, params)),
    ping: () => db.ping(),
    close: () => db.close(),
  };
}

/** Opens PGlite in `dataDir` (or in memory when undefined) with the same type parsing as `pg`. */
export async function openPGlite(dataDir?: string): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite(dataDir, { parsers: { [INT8_OID]: (value: string) => Number(value) } });
  await db.waitReady;
  return db;
}

/** PostgreSQL error codes we act on. */
export const PgCode = {
  uniqueViolation: '23505',
  checkViolation: '23514',
  serializationFailure: '40001',
  deadlock: '40P01',
} as const;

/** Socket errors of the connection to the database (refused, reset, unreachable, name not resolved). */
const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/**
 * Server states that pass: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting or
 * in recovery), 57014 query_canceled (statement or lock timeout), 55P03 lock_not_available; and transactions
 * the server rolled back for a concurrent one, which succeed when tried again: 40001 serialization_failure,
 * 40P01 deadlock_detected.
 */
const UNAVAILABLE_SERVER_CODES = new Set(['57P01', '57P02', '57P03', '57014', '55P03', '40001', '40P01']);
/** What pg and its pool say when a connection cannot be had in time or dies under a query. */
const UNAVAILABLE_MESSAGE = /timeout exceeded when trying to connect|connection terminated|connection timeout|Connection refused|server closed the connection/i;

/**
 * True when the database cannot serve now but may soon: it refuses connections (class 08, or 53300
 * too_many_connections and the rest of class 53, insufficient resources), is shutting down or starting, a
 * statement or lock wait timed out, it rolled the transaction back for a concurrent one (deadlock,
 * serialization failure), or the connection could not be made or was lost. Such a request is answered 503 with
 * Retry-After, never 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = pgErrorCode(current);
    if (code !== undefined && (code.startsWith('08') || code.startsWith('53') || UNAVAILABLE_SERVER_CODES.has(code) || CONNECTION_ERROR_CODES.has(code))) {
      return true;
    }
    if (code === undefined && UNAVAILABLE_MESSAGE.test(current.message)) return true;
  }
  return false;
}

export function pgErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
