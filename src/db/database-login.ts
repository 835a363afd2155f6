/**
 * Who the service is in PostgreSQL. It must run as a login that row-level security binds: not a superuser,
 * not BYPASSRLS, not the owner of the tables (owners pass their own tables' policies, and may drop them or
 * switch the policies off). In production the service refuses to start otherwise (docs/deploy.md).
 */
import type { Database } from './database.js';

export interface DatabaseLogin {
  role: string;
  superuser: boolean;
  bypassRls: boolean;
  /** Owns (directly or through a role it belongs to) some table of the service's schema. */
  ownsTables: boolean;
}

export async function databaseLogin(db: Database): Promise<DatabaseLogin> {
  const { rows } = await db.system((tx) =>
    tx.query<DatabaseLogin>(
      `SELECT r.rolname AS role, r.rolsuper AS superuser, r.rolbypassrls AS "bypassRls",
              EXISTS (SELECT 1 FROM pg_tables t
                       WHERE t.schemaname = current_schema() AND pg_has_role(r.oid, t.tableowner, 'USAGE')) AS "ownsTables"
         FROM pg_roles r
        WHERE r.rolname = session_user`,
    ),
  );
  const login = rows[0];
  if (!login) throw new Error('could not read the database login role');
  return login;
}

/** What is wrong with `login` for running the service; empty when it is least-privileged. */
export function loginExcesses(login: DatabaseLogin): string[] {
  return [
    ...(login.superuser ? ['is a superuser'] : []),
    ...(login.bypassRls ? ['bypasses row-level security (BYPASSRLS)'] : []),
    ...(login.ownsTables ? ['owns the tables'] : []),
  ];
}

export class DatabaseLoginTooPowerful extends Error {
  constructor(login: DatabaseLogin, excesses: string[]) {
    super(
      `DATABASE_URL logs in as "${login.role}", which ${excesses.join(', ')}: in production the service runs as a ` +
        'least-privileged login (member of order_service_app and order_service_system) and migrations run as the ' +
        'owner from DATABASE_MIGRATION_URL or `npm run migrate` (docs/deploy.md)',
    );
    this.name = 'DatabaseLoginTooPowerful';
  }
}
