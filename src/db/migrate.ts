/**
 * Numbered SQL migrations (src/db/migrations/NNN_name.sql), applied in order, each once, all under one
 * transaction-scoped advisory lock so that several instances starting together never race (and it works
 * through PgBouncer's transaction pooling, where session locks would not).
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const LOCK_KEY = 4_210_004; // any constant shared by every instance of this service

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql: await readFile(`${dir}${file}`, 'utf8'),
    })),
  );
}

const GRANTS_FILE = fileURLToPath(new URL('./grants.sql', import.meta.url));

/** The versions of `all` not applied yet (all of them on an empty database). Needs no privilege beyond SELECT. */
export async function pendingMigrations(db: Database, all: Migration[]): Promise<Migration[]> {
  const versions = await db.system(async (tx) => {
    const { rows } = await tx.query<{ present: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`);
    if (!rows[0]?.present) return [];
    return (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version);
  });
  const applied = new Set(versions);
  return all.filter((migration) => !applied.has(migration.version));
}

export class MigrationsPending extends Error {
  constructor(versions: number[], cause: unknown) {
    super(
      `Migrations ${versions.join(', ')} are pending and the database login of DATABASE_URL cannot apply them ` +
        '(it is not the schema owner, as it should not be): set DATABASE_MIGRATION_URL to the owner, or run `npm run migrate` with it',
      { cause },
    );
    this.name = 'MigrationsPending';
  }
}

/**
 * Applies the pending migrations, then the grants step (src/db/grants.sql), in one transaction; answers the
 * versions applied now. With nothing pending it changes nothing, so a login that may not create tables
 * (the service's own, least-privileged) starts fine on a migrated database.
 */
export async function migrate(db: Database, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  if ((await pendingMigrations(db, all)).length === 0) return [];
  const grants = await readFile(GRANTS_FILE, 'utf8');
  return db.system(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const now: number[] = [];
    for (const migration of all) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      now.push(migration.version);
    }
    if (now.length > 0) await tx.exec(grants);
    return now;
  });
}
