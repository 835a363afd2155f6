-- Promotions (SPEC §14): promo codes, one redemption row per order that used one, and the discount on the
-- orders and their items. How a redemption is taken without making the promotion a hot row: docs/promotions.md.

CREATE TABLE promotions (
  id                         uuid PRIMARY KEY,
  tenant_id                  uuid NOT NULL,
  code                       text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,64}$'),
  -- What codes are compared by. A column rather than an index on lower(code): under row-level security a
  -- condition on lower() (not leakproof) cannot use the index, and a tenant may have many thousand codes.
  code_key                   text GENERATED ALWAYS AS (lower(code)) STORED,
  description                text,
  type                       text NOT NULL CHECK (type IN ('percent','fixed')),
  -- percent: the exact decimal string ("12.5"); fixed: NULL (amount_off holds the value)
  percent_off                text,
  amount_off                 bigint CHECK (amount_off > 0),
  currency                   text CHECK (currency IN ('USD','EUR','GBP','CAD','AUD')),
  event_ids                  uuid[],
  ticket_type_ids            uuid[],
  starts_at                  timestamptz,
  ends_at                    timestamptz,
  max_redemptions            integer CHECK (max_redemptions >= 1),
  max_redemptions_per_user   integer CHECK (max_redemptions_per_user >= 1),
  min_subtotal               bigint CHECK (min_subtotal >= 0),
  active                     boolean NOT NULL DEFAULT true,
  -- Redemptions held (not given back), counted only while max_redemptions is set: the row is written by a
  -- checkout only when a limit has to be enforced. Recounted from promotion_redemptions when a limit is set.
  limited_redemptions        integer NOT NULL DEFAULT 0 CHECK (limited_redemptions >= 0),
  created_at                 timestamptz NOT NULL DEFAULT now(),
  updated_at                 timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT promotions_value CHECK (
    (type = 'percent' AND percent_off IS NOT NULL AND amount_off IS NULL AND currency IS NULL)
    OR (type = 'fixed' AND percent_off IS NULL AND amount_off IS NOT NULL AND currency IS NOT NULL)),
  CONSTRAINT promotions_window CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at)
);
-- Codes are unique per tenant, compared case-insensitively.
CREATE UNIQUE INDEX promotions_code_per_tenant ON promotions (tenant_id, code_key);
CREATE INDEX promotions_by_tenant_created ON promotions (tenant_id, created_at DESC, id DESC);

-- One row per order that used a code. released_at is set when the order is cancelled or expires before
-- payment; a redemption without it counts against the limits.
CREATE TABLE promotion_redemptions (
  order_id      uuid PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
  tenant_id     uuid NOT NULL,
  promotion_id  uuid NOT NULL REFERENCES promotions (id) ON DELETE RESTRICT,
  user_id       text NOT NULL,
  discount      bigint NOT NULL CHECK (discount >= 0),
  currency      text NOT NULL CHECK (currency IN ('USD','EUR','GBP','CAD','AUD')),
  taken_at      timestamptz NOT NULL,
  released_at   timestamptz
);
CREATE INDEX promotion_redemptions_held ON promotion_redemptions (promotion_id, user_id) WHERE released_at IS NULL;
CREATE INDEX promotion_redemptions_by_promotion ON promotion_redemptions (promotion_id);

ALTER TABLE orders
  ADD COLUMN discount bigint NOT NULL DEFAULT 0 CHECK (discount >= 0),
  ADD COLUMN promotion_id uuid REFERENCES promotions (id) ON DELETE RESTRICT,
  ADD COLUMN promotion_code text;
ALTER TABLE order_items ADD COLUMN discount bigint NOT NULL DEFAULT 0 CHECK (discount >= 0);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['promotions','promotion_redemptions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO order_service_app', t);
  END LOOP;
END
$$;
