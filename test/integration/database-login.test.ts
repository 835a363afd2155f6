/**
 * Least privilege in PostgreSQL: the service's login is neither superuser, nor owner, nor BYPASSRLS; the
 * grants step after every migration gives its system path exactly the tenant role's privileges across
 * tenants, tables of later migrations included; the login cannot switch row-level security off or become
 * another role; in production the service refuses to start as a superuser.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createPostgresDatabase, pgErrorCode, type Database } from '../../src/db/database.js';
import { databaseLogin, DatabaseLoginTooPowerful, loginExcesses } from '../../src/db/database-login.js';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { checkDatabaseLogin } from '../../src/infrastructure.js';
import { TEST_SECRETS } from '../support/harness.js';
import { createScratchDatabase, type ScratchDatabase } from '../support/order-factories.js';
import { serviceTargets } from '../support/services.js';

const targets = await serviceTargets();
/** A login that may create databases and roles: the migration owner in CI, the local superuser elsewhere. */
const adminUrl = process.env.DATABASE_MIGRATION_URL || targets.databaseUrl;

const LATER_MIGRATION = {
  version: 990,
  name: 'later_things',
  // Written the way every migration adds a table: tenant_id, the tenant_isolation policy, grants to the tenant role.
  sql: `CREATE TABLE later_things (id uuid PRIMARY KEY, tenant_id uuid NOT NULL, label text NOT NULL);
        ALTER TABLE later_things ENABLE ROW LEVEL SECURITY;
        CREATE POLICY tenant_isolation ON later_things USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
        GRANT SELECT, INSERT ON later_things TO order_service_app;`,
};

const expectRefused = async (work: Promise<unknown>, code = '42501') => {
  const error = await work.then(() => undefined, (caught: unknown) => caught);
  expect(error, 'the statement should have been refused').toBeDefined();
  expect(pgErrorCode(error)).toBe(code);
};

describe.skipIf(!adminUrl)('the database login', () => {
  const loginRole = `order_service_login_${randomBytes(4).toString('hex')}`;
  let scratch: ScratchDatabase | null = null;
  let owner: Database;
  let login: Database;
  let admin: pg.Client;

  beforeAll(async () => {
    scratch = await createScratchDatabase(adminUrl!);
    if (!scratch) throw new Error('could not create a scratch database with the admin login');
    owner = createPostgresDatabase({ connectionString: scratch.url, maxConnections: 2 });
    await migrate(owner, [...(await loadMigrations()), LATER_MIGRATION]);
    admin = new pg.Client({ connectionString: scratch.url });
    admin.on('error', () => undefined);
    await admin.connect();
    await admin.query(`CREATE ROLE ${loginRole} LOGIN NOSUPERUSER NOBYPASSRLS`);
    await admin.query(`GRANT order_service_app, order_service_system TO ${loginRole}`);
    const asLogin = new URL(scratch.url);
    asLogin.username = loginRole;
    asLogin.password = '';
    login = createPostgresDatabase({ connectionString: asLogin.toString(), maxConnections: 2 });
  });

  afterAll(async () => {
    await login?.close();
    await owner?.close();
    await admin?.query(`DROP ROLE IF EXISTS ${loginRole}`).catch(() => undefined);
    await admin?.end();
    await scratch?.drop();
  });

  it('is least-privileged, and the owner is not', async () => {
    expect(loginExcesses(await databaseLogin(login))).toEqual([]);
    expect(loginExcesses(await databaseLogin(owner)).length).toBeGreaterThan(0);
  });

  it('in production, the service refuses to start as a superuser or owner; as the login it starts', async () => {
    const production = loadConfig({
      NODE_ENV: 'production',
      ...TEST_SECRETS,
      DATABASE_URL: scratch!.url,
      TICKET_SERVICE_URL: 'http://127.0.0.1:1',
      EVENT_SERVICE_URL: 'http://127.0.0.1:1',
      PAYMENT_SERVICE_URL: 'http://127.0.0.1:1',
    });
    const log = pino({ level: 'silent' });
    await expect(checkDatabaseLogin(production, owner, log)).rejects.toBeInstanceOf(DatabaseLoginTooPowerful);
    await expect(checkDatabaseLogin(production, login, log)).resolves.toBeUndefined();
    await expect(checkDatabaseLogin({ ...production, env: 'development' }, owner, log)).resolves.toBeUndefined();
  });

  it('binds tenant transactions by row-level security, and gives the system path every tenant on tables of later migrations too', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    for (const tenant of [a, b]) {
      await login.tenant(tenant, (tx) => tx.query('INSERT INTO later_things (id, tenant_id, label) VALUES ($1, $2, $3)', [randomUUID(), tenant, 'x']));
    }
    const seenBy = (tenant: string) => login.tenant(tenant, async (tx) => (await tx.query<{ tenant_id: string }>('SELECT tenant_id FROM later_things')).rows);
    expect((await seenBy(a)).map((row) => row.tenant_id)).toEqual([a]);
    await expectRefused(
      login.tenant(a, (tx) => tx.query('INSERT INTO later_things (id, tenant_id, label) VALUES ($1, $2, $3)', [randomUUID(), b, 'x'])),
      '42501',
    );
    const system = await login.system(async (tx) => (await tx.query<{ tenant_id: string }>('SELECT tenant_id FROM later_things')).rows);
    expect(new Set(system.map((row) => row.tenant_id))).toEqual(new Set([a, b]));
    // The system path may do what the tenant role may, no more: no DELETE was granted on this table.
    await expectRefused(login.system((tx) => tx.query('DELETE FROM later_things')));
  });

  it('cannot become a superuser, switch row-level security off, or change the schema', async () => {
    await expectRefused(login.system((tx) => tx.query('SET ROLE postgres')));
    await expectRefused(login.tenant(randomUUID(), (tx) => tx.query('SET LOCAL ROLE postgres')));
    await expectRefused(login.system((tx) => tx.query('ALTER TABLE orders DISABLE ROW LEVEL SECURITY')));
    await expectRefused(login.system((tx) => tx.query('DROP TABLE later_things')));
    await expectRefused(login.system((tx) => tx.query('CREATE TABLE intruder (id int)')));
  });

  it('starts on a migrated database without owner rights, and cannot apply a pending migration itself', async () => {
    expect(await migrate(login, [...(await loadMigrations()), LATER_MIGRATION])).toEqual([]);
    const pending = { version: 991, name: 'pending', sql: 'CREATE TABLE pending_things (id int)' };
    await expectRefused(migrate(login, [...(await loadMigrations()), LATER_MIGRATION, pending]));
  });
});
