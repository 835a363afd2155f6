/**
 * Migrations run once however many instances start at the same moment: each instance migrates at start on a
 * connection of its own, and the advisory lock makes all but one find nothing left to do. Also the one-off
 * migration command that a container's init step or a Kubernetes Job runs.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../../src/db/database.js';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { createScratchDatabase, type ScratchDatabase } from '../support/orders.js';
import { serviceTargets } from '../support/services.js';

const run = promisify(execFile);
const targets = await serviceTargets();

async function appliedVersions(url: string): Promise<{ version: number; count: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: number; count: string }>(
      'SELECT version, count(*) AS count FROM schema_migrations GROUP BY version ORDER BY version',
    );
    return rows.map((row) => ({ version: row.version, count: Number(row.count) }));
  } finally {
    await client.end();
  }
}

describe.runIf(targets.databaseUrl)('migrations at start-up', () => {
  let scratch: ScratchDatabase | null = null;
  const scratchDatabases: ScratchDatabase[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(targets.databaseUrl!);
    if (scratch) scratchDatabases.push(scratch);
  });
  afterAll(async () => {
    await Promise.all(scratchDatabases.map((database) => database.drop()));
  });

  it('five instances starting at once on an empty database apply each migration exactly once', async () => {
    expect(scratch, 'a database of its own').not.toBeNull();
    const instances = Array.from({ length: 5 }, () => createPostgresDatabase({ connectionString: scratch!.url, maxConnections: 1 }));
    try {
      const appliedByEach = await Promise.all(instances.map((db) => migrate(db)));
      const expected = (await loadMigrations()).map((migration) => migration.version);
      // One instance applied everything; the four others waited on the lock and found nothing to do.
      expect(appliedByEach.flat().sort((a, b) => a - b)).toEqual(expected);
      expect(appliedByEach.filter((applied) => applied.length > 0)).toHaveLength(1);
      expect(await appliedVersions(scratch!.url)).toEqual(expected.map((version) => ({ version, count: 1 })));
    } finally {
      await Promise.all(instances.map((db) => db.close()));
    }
  });

  it('the one-off migration command migrates DATABASE_MIGRATION_URL and exits 0, then finds nothing to do', async () => {
    const own = await createScratchDatabase(targets.databaseUrl!);
    expect(own, 'a database of its own').not.toBeNull();
    scratchDatabases.push(own!);
    const command = () =>
      run(process.execPath, ['--import', 'tsx', 'src/db/migrate-command.ts'], {
        env: { ...process.env, DATABASE_URL: '', DATABASE_MIGRATION_URL: own!.url },
        timeout: 60_000,
      });
    const first = await command();
    expect(first.stdout).toMatch(/^Applied migrations \d+/m);
    const second = await command();
    expect(second.stdout).toContain('No migration pending');
    const expected = (await loadMigrations()).map((migration) => ({ version: migration.version, count: 1 }));
    expect(await appliedVersions(own!.url)).toEqual(expected);
  });
});
