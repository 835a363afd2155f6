-- Orders, their items and timeline, durable idempotency keys, the outbox and inbox, tenant settings.
-- Every table carries tenant_id and is guarded by row-level security bound to app.tenant_id, which
-- the service sets with set_config(..., true) (SET LOCAL) inside each transaction.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'order_service_app') THEN
    CREATE ROLE order_service_app NOLOGIN;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO order_service_app;

CREATE FUNCTION current_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

CREATE SEQUENCE order_number_seq;

CREATE TABLE tenant_settings (
  tenant_id  uuid PRIMARY KEY,
  settings   jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
  id                      uuid PRIMARY KEY,
  tenant_id               uuid NOT NULL,
  order_number            text NOT NULL,
  user_id                 text NOT NULL,
  event_id                uuid NOT NULL,
  status                  text NOT NULL CHECK (status IN
                            ('PENDING','RESERVED','CONFIRMED','PARTIALLY_REFUNDED','REFUNDED','CANCELLED','EXPIRED')),
  currency                text NOT NULL CHECK (currency IN ('USD','EUR','GBP','CAD','AUD')),
  price_mode              text NOT NULL CHECK (price_mode IN ('exclusive','inclusive')),
  subtotal                bigint NOT NULL CHECK (subtotal >= 0),
  platform_fee            bigint NOT NULL CHECK (platform_fee >= 0),
  processing_fee          bigint NOT NULL CHECK (processing_fee >= 0),
  tax                     bigint NOT NULL CHECK (tax >= 0),
  total                   bigint NOT NULL CHECK (total > 0),
  taxes                   jsonb NOT NULL DEFAULT '[]'::jsonb,
  tax_lines               jsonb NOT NULL DEFAULT '[]'::jsonb,
  reservation_id          uuid,
  reservation_expires_at  timestamptz,
  reservation_extended    boolean NOT NULL DEFAULT false,
  vip                     boolean NOT NULL DEFAULT false,
  payment_intent_id       text,
  payment_client_secret   text,
  payment_status          text,
  refunded_amount         bigint NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0),
  refund_locked           boolean NOT NULL DEFAULT false,
  refund_policy_id        uuid,
  refund_policy_version   integer,
  metadata                jsonb NOT NULL DEFAULT '{}'::jsonb,
  cancel_reason           text,
  failure_code            text,
  saga_deadline           timestamptz,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  confirmed_at            timestamptz,
  cancelled_at            timestamptz,
  expired_at              timestamptz,
  CONSTRAINT orders_refund_not_above_total CHECK (refunded_amount <= total),
  CONSTRAINT orders_number_unique UNIQUE (tenant_id, order_number)
);
CREATE INDEX orders_by_tenant_created ON orders (tenant_id, created_at DESC, id DESC);
CREATE INDEX orders_by_user_created ON orders (tenant_id, user_id, created_at DESC, id DESC);
CREATE INDEX orders_by_event ON orders (tenant_id, event_id);
CREATE INDEX orders_live_by_user_event ON orders (tenant_id, user_id, event_id) WHERE status IN ('PENDING','RESERVED');
CREATE INDEX orders_reserved_expiry ON orders (reservation_expires_at) WHERE status = 'RESERVED';
CREATE INDEX orders_pending_deadline ON orders (saga_deadline) WHERE status = 'PENDING';
CREATE INDEX orders_by_payment_intent ON orders (payment_intent_id) WHERE payment_intent_id IS NOT NULL;

CREATE TABLE order_items (
  id               uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL,
  order_id         uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  position         integer NOT NULL,
  ticket_type_id   uuid NOT NULL,
  quantity         integer NOT NULL CHECK (quantity BETWEEN 1 AND 10),
  unit_price       bigint NOT NULL CHECK (unit_price >= 0),
  subtotal         bigint NOT NULL CHECK (subtotal >= 0),
  platform_fee     bigint NOT NULL CHECK (platform_fee >= 0),
  processing_fee   bigint NOT NULL CHECK (processing_fee >= 0),
  tax              bigint NOT NULL CHECK (tax >= 0),
  total            bigint NOT NULL CHECK (total >= 0),
  ticket_ids       uuid[] NOT NULL DEFAULT '{}',
  UNIQUE (order_id, position)
);
CREATE INDEX order_items_by_order ON order_items (order_id);

CREATE TABLE order_events (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id    uuid NOT NULL,
  order_id     uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  type         text NOT NULL,
  from_status  text,
  to_status    text,
  actor_type   text NOT NULL CHECK (actor_type IN ('user','service','system')),
  actor_id     text NOT NULL,
  actor_role   text,
  ip           text,
  reason       text,
  data         jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_events_by_order ON order_events (order_id, id);

CREATE TABLE idempotency_keys (
  tenant_id        uuid NOT NULL,
  user_id          text NOT NULL,
  key              text NOT NULL,
  request_hash     text NOT NULL,
  state            text NOT NULL CHECK (state IN ('in_progress','completed')),
  response_status  integer,
  response_type    text,
  response_body    text,
  locked_until     timestamptz NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_id, key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);

CREATE TABLE outbox (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  type          text NOT NULL,
  message       jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  published_at  timestamptz,
  attempts      integer NOT NULL DEFAULT 0
);
CREATE INDEX outbox_unpublished ON outbox (created_at) WHERE published_at IS NULL;

CREATE TABLE inbox (
  message_id    text PRIMARY KEY,
  tenant_id     uuid,
  type          text NOT NULL,
  processed_at  timestamptz NOT NULL DEFAULT now()
);

-- Row-level security: a tenant transaction sees and writes only its own tenant's rows.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['tenant_settings','orders','order_items','order_events','idempotency_keys','outbox'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO order_service_app', t);
  END LOOP;
END
$$;
ALTER TABLE inbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON inbox USING (tenant_id IS NOT DISTINCT FROM current_tenant_id())
  WITH CHECK (tenant_id IS NOT DISTINCT FROM current_tenant_id());
GRANT SELECT, INSERT ON inbox TO order_service_app;
GRANT USAGE ON SEQUENCE order_number_seq TO order_service_app;
GRANT EXECUTE ON FUNCTION current_tenant_id() TO order_service_app;
