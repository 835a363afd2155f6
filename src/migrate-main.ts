/**
 * Process entry for a one-off migration run (a container's init step, a Kubernetes Job, `npm run migrate`):
 * applies the pending migrations to `DATABASE_MIGRATION_URL` (the schema owner), or to `DATABASE_URL` when
 * that is not set, and exits. Safe to run from many places at once: `migrate` holds an advisory lock.
 */
import { createPostgresDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';

async function main(): Promise<void> {
  const url = process.env.DATABASE_MIGRATION_URL?.trim() || process.env.DATABASE_URL?.trim();
  if (!url) {
    console.error('DATABASE_MIGRATION_URL (or DATABASE_URL) is required to run the migrations');
    process.exit(1);
  }
  // One connection, no named statements: migrations also run through a transaction-mode pooler.
  const db = createPostgresDatabase({ connectionString: url, maxConnections: 1, preparedStatements: false, applicationName: 'order-service-migrate' });
  try {
    const applied = await migrate(db);
    console.log(applied.length > 0 ? `Applied migrations ${applied.join(', ')}` : 'The database schema is up to date');
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error('Migration failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
