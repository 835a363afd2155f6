-- Integrations (SPEC §16). Outbound webhooks: the tenant's endpoints, one delivery per (message, endpoint) and each
-- attempt of a delivery. A delivery is written by a trigger on the outbox, in the transaction that writes the
-- message: a rolled-back change never has one, a committed one always has (whichever statement wrote the
-- message, the expiry job's set-based one included). The delivery job claims due deliveries with SKIP LOCKED
-- and a lease, so a crash or a broker outage only delays them.

CREATE TABLE webhook_endpoints (
  id               uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL,
  url              text NOT NULL,
  -- Message types delivered, or {'*'} for every one.
  events           text[] NOT NULL CHECK (cardinality(events) >= 1),
  description      text,
  enabled          boolean NOT NULL DEFAULT true,
  -- 'whsec_' + base64 of the signing key. Shown once, at creation; never returned again.
  secret           text NOT NULL,
  -- Why the service disabled the endpoint ('gone': it answered 410); NULL when enabled or disabled by an admin.
  disabled_reason  text,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL
);
CREATE INDEX webhook_endpoints_by_tenant ON webhook_endpoints (tenant_id, created_at DESC, id DESC);

CREATE TABLE webhook_deliveries (
  id               uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL,
  endpoint_id      uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  -- The CloudEvent id: the webhook-id header, the same on every attempt, so receivers can deduplicate.
  message_id       uuid NOT NULL,
  type             text NOT NULL,
  -- The request body exactly as signed and sent: the CloudEvent document.
  body             text NOT NULL,
  status           text NOT NULL CHECK (status IN ('PENDING','SUCCEEDED','FAILED')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  -- A claimed delivery is being sent until this; past it, another run may take it (the sender died).
  locked_until     timestamptz,
  last_status_code integer,
  last_error       text,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  CONSTRAINT webhook_deliveries_once UNIQUE (endpoint_id, message_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);

CREATE TABLE webhook_attempts (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  delivery_id   uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempt       integer NOT NULL,
  started_at    timestamptz NOT NULL,
  duration_ms   integer NOT NULL,
  -- The receiver's HTTP status; NULL when none came (timeout, refused address, connection error).
  status_code   integer,
  outcome       text NOT NULL CHECK (outcome IN ('succeeded','failed','timeout','refused','error')),
  error         text
);
CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts (delivery_id, attempt);

-- Runs as whoever writes the message (a tenant transaction sees only its tenant's endpoints; the system path
-- sees every tenant's), so it needs no privilege beyond what the service has.
CREATE FUNCTION outbox_webhook_deliveries() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  INSERT INTO webhook_deliveries (id, tenant_id, endpoint_id, message_id, type, body, status, next_attempt_at, created_at, updated_at)
  SELECT gen_random_uuid(), NEW.tenant_id, e.id, NEW.id, NEW.type, NEW.message::text, 'PENDING', NEW.created_at, NEW.created_at, NEW.created_at
    FROM webhook_endpoints e
   WHERE e.tenant_id = NEW.tenant_id AND e.enabled AND (NEW.type = ANY (e.events) OR '*' = ANY (e.events));
  RETURN NULL;
END
$$;
CREATE TRIGGER outbox_webhook_deliveries AFTER INSERT ON outbox
  FOR EACH ROW EXECUTE FUNCTION outbox_webhook_deliveries();

-- Personal data (SPEC §16): one row per buyer whose personal data was erased, with the pseudonym that replaced
-- it. Nothing erased is kept here; the row makes a repeated erasure reuse the pseudonym.
CREATE TABLE privacy_erasures (
  tenant_id         uuid NOT NULL,
  user_id           text NOT NULL,
  pseudonym         text NOT NULL,
  first_erased_at   timestamptz NOT NULL,
  last_erased_at    timestamptz NOT NULL,
  -- The admin who asked last.
  requested_by      text NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['webhook_endpoints','webhook_deliveries','webhook_attempts','privacy_erasures'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END
$$;
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_endpoints TO order_service_app;
GRANT SELECT, INSERT, UPDATE ON webhook_deliveries TO order_service_app;
GRANT SELECT, INSERT ON webhook_attempts TO order_service_app;
GRANT SELECT, INSERT, UPDATE ON privacy_erasures TO order_service_app;
