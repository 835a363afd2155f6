/**
 * Statements on PostgreSQL connections: named prepared statements (the default) and plain ones, and what
 * happens when a migration changes a table under a statement a connection has prepared.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, pgErrorCode, type Database } from '../../src/db/database.js';
import { serviceTargets } from '../support/services.js';

const targets = await serviceTargets();
const databaseUrl = targets.databaseUrl;
// Through PgBouncer in transaction mode (DATABASE_PREPARED_STATEMENTS=false in CI) a table changed from
// another connection says nothing about prepared statements.
const prepared = process.env.DATABASE_PREPARED_STATEMENTS !== 'false';

describe.skipIf(!databaseUrl)('PostgreSQL statements', () => {
  const table = `statements_${randomBytes(4).toString('hex')}`;
  let admin: pg.Client;

  beforeAll(async () => {
    // The schema changes as the owner; the service's login (least-privileged in CI) only reads.
    admin = new pg.Client({ connectionString: process.env.DATABASE_MIGRATION_URL || databaseUrl });
    await admin.connect();
    await admin.query(`CREATE TABLE ${table} (id int PRIMARY KEY, label text NOT NULL)`);
    await admin.query(`GRANT SELECT ON ${table} TO PUBLIC`);
    await admin.query(`INSERT INTO ${table} VALUES (1, 'one'), (2, 'two')`);
  });

  afterAll(async () => {
    await admin.query(`DROP TABLE IF EXISTS ${table}`);
    await admin.end();
  });

  const readAll = (db: Database, id: number) =>
    db.system((tx) => tx.query<Record<string, unknown>>(`SELECT * FROM ${table} WHERE id = $1`, [id]));

  // Through PgBouncer 1.18 (prepared=false) named statements would land on server connections that never saw them.
  it.each(prepared ? [true, false] : [false])('answers the same with preparedStatements=%s, statement after statement', async (preparedStatements) => {
    const db = createPostgresDatabase({ connectionString: databaseUrl!, maxConnections: 2, preparedStatements });
    try {
      for (let round = 0; round < 8; round++) {
        const { rows } = await readAll(db, 1 + (round % 2));
        expect(rows).toEqual([{ id: 1 + (round % 2), label: round % 2 === 0 ? 'one' : 'two' }]);
      }
      const { rows: counted } = await db.system((tx) => tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1::int[])`, [[1, 2, 3]]));
      expect(counted).toEqual([{ n: 2 }]);
    } finally {
      await db.close();
    }
  });

  it.skipIf(!prepared)('prepares each statement once on its connection when preparedStatements is on, and none when off', async () => {
    const preparedOn = async (preparedStatements: boolean) => {
      const db = createPostgresDatabase({ connectionString: databaseUrl!, maxConnections: 1, preparedStatements });
      try {
        for (let round = 0; round < 3; round++) await readAll(db, 1);
        // The one connection of the pool: what the server holds prepared for it.
        const { rows } = await db.system((tx) => tx.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements'));
        return rows.map((row) => row.statement);
      } finally {
        await db.close();
      }
    };
    const named = await preparedOn(true);
    expect(named.filter((statement) => statement.includes(`FROM ${table} WHERE id = $1`))).toHaveLength(1);
    expect(await preparedOn(false)).toEqual([]);
  });

  it.skipIf(!prepared)('drops a connection whose prepared statement a migration made stale; the next call sees the new column', async () => {
    const db = createPostgresDatabase({ connectionString: databaseUrl!, maxConnections: 1, preparedStatements: true });
    try {
      expect((await readAll(db, 1)).rows).toEqual([{ id: 1, label: 'one' }]);
      await admin.query(`ALTER TABLE ${table} ADD COLUMN note text NOT NULL DEFAULT 'new'`);

      const stale = await readAll(db, 1).then(
        () => null,
        (error: unknown) => error,
      );
      // PostgreSQL refuses the stale statement once ('cached plan must not change result type') ...
      expect(pgErrorCode(stale)).toBe('0A000');
      // ... and the one connection of the pool was replaced, so the statement is prepared anew.
      expect((await readAll(db, 1)).rows).toEqual([{ id: 1, label: 'one', note: 'new' }]);
      expect((await readAll(db, 2)).rows).toEqual([{ id: 2, label: 'two', note: 'new' }]);
    } finally {
      await db.close();
    }
  });
});
