-- Order changes (SPEC §13): a paid order gains tickets, loses some, or swaps them. The order keeps a version
-- and the open change (one at a time); items are never deleted: removed quantities are marked, and what a
-- removal credited is kept per ticket slot (like a refund's allocation) so refunds never credit it twice.

ALTER TABLE orders
  ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  -- Change fees the order kept (part of total, credited by no refund).
  ADD COLUMN change_fee bigint NOT NULL DEFAULT 0 CHECK (change_fee >= 0),
  -- The change in flight (PENDING or AWAITING_PAYMENT); refunds and other changes wait while it is set.
  ADD COLUMN open_change_id uuid;

ALTER TABLE order_items
  ADD COLUMN removed_quantity integer NOT NULL DEFAULT 0 CHECK (removed_quantity >= 0),
  -- {cells: [{itemId, slot, cells}], releasedSlots: [{itemId, slot}]}: what changes credited, per ticket slot.
  ADD COLUMN credited jsonb NOT NULL DEFAULT '{"cells": [], "releasedSlots": []}'::jsonb,
  -- The change that added the item (NULL: the checkout).
  ADD COLUMN change_id uuid,
  ADD CONSTRAINT order_items_removed_within_quantity CHECK (removed_quantity <= quantity);

-- A change's credit given back as money is a refund of its own kind.
ALTER TABLE refunds DROP CONSTRAINT refunds_kind_check;
ALTER TABLE refunds ADD CONSTRAINT refunds_kind_check CHECK (kind IN ('full','amount','items','change'));
ALTER TABLE refunds DROP CONSTRAINT refunds_basis_check;
ALTER TABLE refunds ADD CONSTRAINT refunds_basis_check CHECK (basis IN ('policy','override','event_cancelled','unfulfillable','change'));

-- Whether customers may change their orders, and until how many hours before the event (NULL: the cutoff).
ALTER TABLE refund_policy_versions
  ADD COLUMN allow_changes boolean NOT NULL DEFAULT true,
  ADD COLUMN change_cutoff_hours integer CHECK (change_cutoff_hours >= 0);

CREATE TABLE order_changes (
  id                      uuid PRIMARY KEY,
  tenant_id               uuid NOT NULL,
  order_id                uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  status                  text NOT NULL CHECK (status IN ('PENDING','AWAITING_PAYMENT','APPLIED','EXPIRED','CANCELLED','FAILED')),
  reason                  text,
  add_lines               jsonb NOT NULL,
  remove_lines            jsonb NOT NULL,
  -- The priced plan: added items with their tax lines, the credit's allocation, the order's version it was made on.
  plan                    jsonb NOT NULL,
  delta_subtotal          bigint NOT NULL,
  delta_platform_fee      bigint NOT NULL,
  delta_processing_fee    bigint NOT NULL,
  delta_tax               bigint NOT NULL,
  change_fee              bigint NOT NULL CHECK (change_fee >= 0),
  delta_total             bigint NOT NULL,
  currency                text NOT NULL CHECK (currency IN ('USD','EUR','GBP','CAD','AUD')),
  reservation_id          uuid,
  payment_intent_id       text,
  payment_client_secret   text,
  expires_at              timestamptz,
  refund_id               uuid,
  failure_code            text,
  failure_reason          text,
  requested_by            jsonb NOT NULL,
  idempotency_key         text,
  -- When the recovery job may take the change over (PENDING: undo it; AWAITING_PAYMENT: ask the Payment service
  -- whether it was paid, in case the news was lost; APPLIED: the Ticket service's part).
  recover_after           timestamptz,
  -- Set once the Ticket service committed the new tickets and released the removed ones.
  peers_settled_at        timestamptz,
  created_at              timestamptz NOT NULL,
  updated_at              timestamptz NOT NULL,
  applied_at              timestamptz,
  ended_at                timestamptz
);
CREATE INDEX order_changes_by_order ON order_changes (order_id, created_at, id);
CREATE UNIQUE INDEX order_changes_one_open_per_order ON order_changes (order_id) WHERE status IN ('PENDING','AWAITING_PAYMENT');
CREATE UNIQUE INDEX order_changes_by_key ON order_changes (tenant_id, order_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX order_changes_by_intent ON order_changes (payment_intent_id) WHERE payment_intent_id IS NOT NULL;
CREATE INDEX order_changes_awaiting_expiry ON order_changes (expires_at) WHERE status = 'AWAITING_PAYMENT';
CREATE INDEX order_changes_to_recover ON order_changes (recover_after)
  WHERE status IN ('PENDING', 'AWAITING_PAYMENT') OR (status = 'APPLIED' AND peers_settled_at IS NULL);

ALTER TABLE order_changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON order_changes USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON order_changes TO order_service_app;
