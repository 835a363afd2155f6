-- Least privilege: the service logs in as a role that is neither superuser, nor owner of the tables, nor
-- BYPASSRLS (docs/deploy.md). It is a member of two NOLOGIN roles:
--   order_service_app     tenant transactions switch to it (SET LOCAL role); only tenant_isolation applies;
--   order_service_system  inherited by the login role: the system path (jobs claiming due items across
--                         tenants, lookups by payment intent, one-statement idempotency keys) runs with it.
-- What order_service_system may do is derived, after every migration, from what order_service_app may do
-- (src/db/grants.sql): the same privileges on the same tables, across tenants (policy system_access).
-- Tables of later migrations are covered by that step without a word in their migration.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'order_service_system') THEN
    CREATE ROLE order_service_system NOLOGIN;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO order_service_system;
