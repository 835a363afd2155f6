-- Disputes (SPEC §8): payment disputes against orders, the full history of their webhooks, and the inbox
-- of payment webhooks (each webhook id is processed at most once).
--
-- tenant_id is NULL for a dispute whose payment intent matches no order. Such rows are invisible to every
-- tenant transaction (the policy compares with =, and NULL = x is never true) and only the system path
-- (the schema owner, outside row-level security) reads or writes them.

CREATE TABLE webhook_inbox (
  webhook_id   text PRIMARY KEY,
  tenant_id    uuid,
  type         text NOT NULL,
  received_at  timestamptz NOT NULL
);

CREATE TABLE disputes (
  id                     uuid PRIMARY KEY,
  tenant_id              uuid,
  order_id               uuid REFERENCES orders (id) ON DELETE RESTRICT,
  payment_dispute_id     text NOT NULL,
  payment_intent_id      text NOT NULL,
  amount                 bigint NOT NULL CHECK (amount >= 0),
  currency               text NOT NULL CHECK (currency IN ('USD','EUR','GBP','CAD','AUD')),
  reason                 text NOT NULL,
  status                 text NOT NULL CHECK (status IN ('needs_response','under_review','won','lost','warning_closed')),
  outcome                text CHECK (outcome IN ('won','lost','warning_closed')),
  lost_amount            bigint NOT NULL DEFAULT 0 CHECK (lost_amount >= 0),
  evidence_due_by        timestamptz,
  double_loss_risk       boolean NOT NULL DEFAULT false,
  tickets_void_state     text CHECK (tickets_void_state IN ('pending','voided','failed')),
  tickets_void_attempts  integer NOT NULL DEFAULT 0,
  tickets_void_next_at   timestamptz,
  last_event_at          timestamptz NOT NULL,
  opened_at              timestamptz NOT NULL,
  closed_at              timestamptz,
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  CONSTRAINT disputes_payment_dispute_unique UNIQUE (payment_dispute_id),
  CONSTRAINT disputes_tenant_iff_order CHECK ((tenant_id IS NULL) = (order_id IS NULL)),
  CONSTRAINT disputes_outcome_iff_closed CHECK ((outcome IS NULL) = (status IN ('needs_response','under_review'))),
  CONSTRAINT disputes_outcome_is_status CHECK (outcome IS NULL OR outcome = status)
);
CREATE INDEX disputes_by_tenant_created ON disputes (tenant_id, created_at DESC, id DESC);
CREATE INDEX disputes_by_order ON disputes (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX disputes_open_due ON disputes (tenant_id, evidence_due_by) WHERE status IN ('needs_response','under_review');
CREATE INDEX disputes_tickets_void_due ON disputes (tickets_void_next_at) WHERE tickets_void_state = 'pending';

CREATE TABLE dispute_events (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id        uuid,
  dispute_id       uuid NOT NULL REFERENCES disputes (id) ON DELETE CASCADE,
  webhook_id       text NOT NULL,
  type             text NOT NULL CHECK (type IN ('dispute.created','dispute.updated','dispute.closed')),
  status           text NOT NULL,
  amount           bigint NOT NULL CHECK (amount >= 0),
  reason           text NOT NULL,
  evidence_due_by  timestamptz,
  occurred_at      timestamptz NOT NULL,
  received_at      timestamptz NOT NULL,
  applied          boolean NOT NULL
);
CREATE INDEX dispute_events_by_dispute ON dispute_events (dispute_id, occurred_at, id);

-- Row-level security, as in 001: a tenant transaction sees and writes only its own tenant's rows.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['webhook_inbox','disputes','dispute_events'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END
$$;
GRANT SELECT, INSERT, UPDATE ON disputes TO order_service_app;
GRANT SELECT, INSERT ON dispute_events TO order_service_app;
GRANT SELECT, INSERT ON webhook_inbox TO order_service_app;
