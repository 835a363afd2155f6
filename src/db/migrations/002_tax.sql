-- Tax (SPEC §7): the jurisdiction tree with match rules, dated rates per category, exemption certificates,
-- and the exemption applied to an order. Every table carries tenant_id under row-level security, as in 001.

CREATE TABLE tax_jurisdictions (
  tenant_id           uuid NOT NULL,
  code                text NOT NULL CHECK (code ~ '^[A-Z0-9]+([_-][A-Z0-9]+)*$' AND code <> 'DEFAULT'),
  name                text NOT NULL,
  level               text NOT NULL CHECK (level IN ('country','region','county','city')),
  parent_code         text,
  -- The match rule; the country is stored upper-case so that candidates are found by index.
  match_country       text NOT NULL CHECK (match_country = upper(match_country)),
  match_region        text,
  match_city          text,
  match_postal_codes  text[] NOT NULL DEFAULT '{}',
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, code),
  -- No ON DELETE action: a jurisdiction with children cannot be deleted (the service says why first).
  CONSTRAINT tax_jurisdictions_parent FOREIGN KEY (tenant_id, parent_code) REFERENCES tax_jurisdictions (tenant_id, code),
  CONSTRAINT tax_jurisdictions_not_own_parent CHECK (parent_code IS DISTINCT FROM code)
);
CREATE INDEX tax_jurisdictions_by_country ON tax_jurisdictions (tenant_id, match_country);
CREATE INDEX tax_jurisdictions_by_parent ON tax_jurisdictions (tenant_id, parent_code);

-- Rates are only ever added: a change of rate is a new row from its effective date, so the history stays.
CREATE TABLE tax_rates (
  id                 uuid PRIMARY KEY,
  tenant_id          uuid NOT NULL,
  jurisdiction_code  text NOT NULL,
  category           text NOT NULL CHECK (category IN ('tickets','platform_fee','processing_fee')),
  -- The canonical decimal percent string ("8.875"), exactly as the API shows it; never a float.
  rate               text NOT NULL CHECK (rate ~ '^(0|[1-9][0-9]{0,2})(\.[0-9]{1,6})?$'),
  effective_from     date NOT NULL,
  effective_to       date CHECK (effective_to >= effective_from),
  created_at         timestamptz NOT NULL DEFAULT now(),
  created_by         text NOT NULL,
  CONSTRAINT tax_rates_one_per_start UNIQUE (tenant_id, jurisdiction_code, category, effective_from),
  CONSTRAINT tax_rates_jurisdiction FOREIGN KEY (tenant_id, jurisdiction_code)
    REFERENCES tax_jurisdictions (tenant_id, code) ON DELETE CASCADE
);
CREATE INDEX tax_rates_by_jurisdiction ON tax_rates (tenant_id, jurisdiction_code, category, effective_from);

CREATE TABLE tax_exemptions (
  id             uuid PRIMARY KEY,
  tenant_id      uuid NOT NULL,
  user_id        text NOT NULL,
  number         text NOT NULL,
  jurisdictions  text[] NOT NULL CHECK (cardinality(jurisdictions) > 0),
  valid_from     date NOT NULL,
  valid_to       date NOT NULL CHECK (valid_to >= valid_from),
  created_at     timestamptz NOT NULL DEFAULT now(),
  created_by     text NOT NULL
);
CREATE INDEX tax_exemptions_by_user ON tax_exemptions (tenant_id, user_id, created_at DESC, id DESC);
CREATE INDEX tax_exemptions_by_created ON tax_exemptions (tenant_id, created_at DESC, id DESC);

-- The exemption certificate applied at checkout, as it was then ({id, number, jurisdictions, validFrom,
-- validTo, exemptedJurisdictions}); NULL when none. A snapshot, like taxes and tax_lines.
ALTER TABLE orders ADD COLUMN tax_exemption jsonb;

-- The tax report reads confirmed orders by confirmation time.
CREATE INDEX orders_confirmed_at ON orders (tenant_id, confirmed_at) WHERE confirmed_at IS NOT NULL;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['tax_jurisdictions','tax_rates','tax_exemptions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO order_service_app', t);
  END LOOP;
END
$$;
