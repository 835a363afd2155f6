-- Refund policies (versioned) and refunds (SPEC §6). A policy is a head row plus one immutable row per
-- version; orders reference the version in force when they were confirmed. A refund records what it took
-- from each ticket slot of its order (allocation), so the order's refund ledger can be rebuilt exactly.

CREATE TABLE refund_policies (
  id               uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL,
  current_version  integer NOT NULL CHECK (current_version >= 1),
  scope            text NOT NULL CHECK (scope IN ('tenant','event','ticketType')),
  event_id         uuid,
  ticket_type_id   uuid,
  -- 'tenant' | 'event:<id>' | 'ticketType:<id>': at most one active policy per key and tenant.
  scope_key        text NOT NULL,
  active           boolean NOT NULL DEFAULT true,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  deactivated_at   timestamptz,
  CONSTRAINT refund_policies_scope_target CHECK (
    (scope = 'tenant' AND event_id IS NULL AND ticket_type_id IS NULL)
    OR (scope = 'event' AND event_id IS NOT NULL AND ticket_type_id IS NULL)
    OR (scope = 'ticketType' AND ticket_type_id IS NOT NULL))
);
CREATE UNIQUE INDEX refund_policies_one_active_per_scope ON refund_policies (tenant_id, scope_key) WHERE active;
CREATE INDEX refund_policies_by_tenant_created ON refund_policies (tenant_id, created_at DESC, id DESC);

CREATE TABLE refund_policy_versions (
  policy_id              uuid NOT NULL REFERENCES refund_policies (id) ON DELETE RESTRICT,
  tenant_id              uuid NOT NULL,
  version                integer NOT NULL CHECK (version >= 1),
  name                   text NOT NULL,
  scope                  text NOT NULL CHECK (scope IN ('tenant','event','ticketType')),
  event_id               uuid,
  ticket_type_id         uuid,
  rules                  jsonb NOT NULL,
  cutoff_hours           integer NOT NULL CHECK (cutoff_hours >= 0),
  refund_platform_fee    boolean NOT NULL,
  refund_processing_fee  boolean NOT NULL,
  allow_partial          boolean NOT NULL,
  auto_approve_below     bigint NOT NULL CHECK (auto_approve_below >= 0),
  created_at             timestamptz NOT NULL DEFAULT now(),
  created_by             text NOT NULL,
  PRIMARY KEY (policy_id, version)
);

-- The snapshot an order keeps names a version that exists (NULL: the built-in default).
ALTER TABLE orders ADD CONSTRAINT orders_refund_policy_version_fk
  FOREIGN KEY (refund_policy_id, refund_policy_version) REFERENCES refund_policy_versions (policy_id, version);

CREATE TABLE refunds (
  id                        uuid PRIMARY KEY,
  tenant_id                 uuid NOT NULL,
  order_id                  uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  status                    text NOT NULL CHECK (status IN ('PENDING_REVIEW','PENDING','SUCCEEDED','FAILED','REJECTED')),
  amount                    bigint NOT NULL CHECK (amount > 0),
  currency                  text NOT NULL CHECK (currency IN ('USD','EUR','GBP','CAD','AUD')),
  reason                    text NOT NULL,
  kind                      text NOT NULL CHECK (kind IN ('full','amount','items')),
  basis                     text NOT NULL CHECK (basis IN ('policy','override','event_cancelled')),
  requested_items           jsonb,
  breakdown_tickets         bigint NOT NULL CHECK (breakdown_tickets >= 0),
  breakdown_platform_fee    bigint NOT NULL CHECK (breakdown_platform_fee >= 0),
  breakdown_processing_fee  bigint NOT NULL CHECK (breakdown_processing_fee >= 0),
  breakdown_tax             bigint NOT NULL CHECK (breakdown_tax >= 0),
  -- {cells: [{itemId, slot, cells: {tickets, platformFee, processingFee, ticketsTax, ...}}], releasedSlots: [{itemId, slot}]}
  allocation                jsonb NOT NULL,
  ticket_ids                uuid[] NOT NULL DEFAULT '{}',
  policy_id                 uuid,
  policy_version            integer,
  rule_applied              jsonb,
  requested_by              text NOT NULL,
  requested_by_type         text NOT NULL CHECK (requested_by_type IN ('user','service','system')),
  requested_by_role         text,
  review_required           boolean NOT NULL,
  reviewed_by               text,
  reviewed_at               timestamptz,
  review_note               text,
  peer_refund_id            text,
  failure_reason            text,
  idempotency_key           text,
  tickets_released_at       timestamptz,
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now(),
  settled_at                timestamptz
);
CREATE INDEX refunds_by_order ON refunds (order_id, created_at, id);
CREATE INDEX refunds_by_peer_refund ON refunds (peer_refund_id) WHERE peer_refund_id IS NOT NULL;
-- One live refund per caller key and order (refundInFull); a FAILED attempt frees the key for a retry.
CREATE UNIQUE INDEX refunds_idempotency_key ON refunds (tenant_id, order_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL AND status <> 'FAILED';
CREATE INDEX refunds_tickets_to_release ON refunds (tenant_id, order_id)
  WHERE status = 'SUCCEEDED' AND tickets_released_at IS NULL;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['refund_policies','refund_policy_versions','refunds'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO order_service_app', t);
  END LOOP;
END
$$;
