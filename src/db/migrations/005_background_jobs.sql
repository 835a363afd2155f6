-- Resumable background jobs (event cancellation): progress, cursor and per-item failures survive a
-- restart; a lease lets exactly one instance work on a job at a time.
CREATE TABLE background_jobs (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  type          text NOT NULL,
  dedupe_key    text NOT NULL,
  status        text NOT NULL CHECK (status IN ('RUNNING','COMPLETED')),
  params        jsonb NOT NULL DEFAULT '{}'::jsonb,
  total         integer NOT NULL DEFAULT 0,
  processed     integer NOT NULL DEFAULT 0,
  succeeded     integer NOT NULL DEFAULT 0,
  failed        integer NOT NULL DEFAULT 0,
  failures      jsonb NOT NULL DEFAULT '[]'::jsonb,
  cursor        uuid,
  lease_until   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  completed_at  timestamptz,
  CONSTRAINT background_jobs_once UNIQUE (tenant_id, type, dedupe_key)
);
CREATE INDEX background_jobs_running ON background_jobs (created_at) WHERE status = 'RUNNING';
CREATE INDEX orders_by_event_id ON orders (event_id, id);

ALTER TABLE background_jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON background_jobs USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON background_jobs TO order_service_app;
