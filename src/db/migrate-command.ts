/**
 * `npm run migrate`: applies the pending migrations and the grants step as the schema owner, once, for
 * deployments where the service's own login may not change the schema (docs/deploy.md). Reads
 * DATABASE_MIGRATION_URL, or DATABASE_URL when that is the owner's.
 */
import { createPostgresDatabase } from './database.js';
import { migrate } from './migrate.js';

const url = process.env.DATABASE_MIGRATION_URL?.trim() || process.env.DATABASE_URL?.trim();
if (!url) {
  console.error('Set DATABASE_MIGRATION_URL (or DATABASE_URL) to the schema owner\'s PostgreSQL login');
  process.exit(1);
}
const db = createPostgresDatabase({ connectionString: url, maxConnections: 1, applicationName: 'order-service-migrate' });
try {
  const applied = await migrate(db);
  process.stdout.write(`${applied.length > 0 ? `Applied migrations ${applied.join(', ')} and the grants` : 'No migration pending'}\n`);
} catch (error) {
  console.error('Migration failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
