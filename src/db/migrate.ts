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

/**
 * Numbers that were never used and never will be (docs/decisions.md, "Migrations"): 006 was left out when
 * 005 and 007 were written together. Every other number from 001 on is used once.
 */
export const RETIRED_MIGRATION_NUMBERS: readonly number[] = [6];

/**
 * Refuses a number used twice, or a retired one: migrations written side by side could otherwise both take
 * the next number, and the runner, which records versions, would apply only one of them.
 */
export function checkNumbering(migrations: readonly Pick<Migration, 'version' | 'name'>[]): void {
  const seen = new Set<number>();
  for (const migration of migrations) {
    const file = `${String(migration.version).padStart(3, '0')}_${migration.name}`;
    if (RETIRED_MIGRATION_NUMBERS.includes(migration.version)) throw new Error(`Migration ${file} uses a retired number`);
    if (seen.has(migration.version)) throw new Error(`Migration ${file} uses a number already taken`);
    seen.add(migration.version);
  }
}

/** The numbers missing between 001 and the last migration, retired ones aside (none, once every migration is in). */
export function numberingGaps(migrations: readonly Pick<Migration, 'version'>[]): number[] {
  const used = new Set(migrations.map((migration) => migration.version));
  const last = Math.max(0, ...used);
  return Array.from({ length: last }, (_, index) => index + 1).filter((n) => !used.has(n) && !RETIRED_MIGRATION_NUMBERS.includes(n));
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file)).sort();
  const migrations = await Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql: await readFile(`${dir}${file}`, 'utf8'),
    })),
  );
  checkNumbering(migrations);
  return migrations;
}

/** Applies the pending migrations; answers the versions applied now. */
export async function migrate(db: Database, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
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
    return now;
  });
}
