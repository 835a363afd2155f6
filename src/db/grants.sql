-- The grants step, run by src/db/migrate.ts after every migration run, as the schema owner. Idempotent.
-- For every table of the schema: order_service_system gets the privileges order_service_app has (no more),
-- and a table under row-level security gets the policy system_access for it, so that the system path sees
-- every tenant's rows of exactly the tables the service may touch, with exactly the operations it may do.
DO $$
DECLARE
  t record;
  privilege text;
BEGIN
  FOR t IN
    SELECT c.oid::regclass AS rel, c.relrowsecurity AS rls
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> 'schema_migrations'
  LOOP
    FOREACH privilege IN ARRAY ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE'] LOOP
      IF has_table_privilege('order_service_app', t.rel, privilege) THEN
        EXECUTE format('GRANT %s ON %s TO order_service_system', privilege, t.rel);
      ELSE
        EXECUTE format('REVOKE %s ON %s FROM order_service_system', privilege, t.rel);
      END IF;
    END LOOP;
    IF t.rls AND NOT EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = t.rel AND polname = 'system_access') THEN
      EXECUTE format('CREATE POLICY system_access ON %s TO order_service_system USING (true) WITH CHECK (true)', t.rel);
    END IF;
  END LOOP;
END
$$;
-- The service checks at start that no migration is pending.
GRANT SELECT ON schema_migrations TO order_service_system;
