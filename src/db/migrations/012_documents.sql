-- Invoices and credit notes (SPEC §15): the tenant's invoice settings, the billing details and line
-- descriptions an order keeps for its documents, the documents themselves (immutable once issued) and the
-- counters their numbers come from: one row per (tenant, type, calendar year), raised in the transaction
-- that issues the document, so numbers are gap-free and never reused.

CREATE TABLE invoice_settings (
  tenant_id           uuid PRIMARY KEY,
  -- {legalName, address: {line1, line2?, city, postalCode, region?, country}, taxId?, email?}
  seller              jsonb NOT NULL,
  invoice_prefix      text NOT NULL DEFAULT 'INV-',
  credit_note_prefix  text NOT NULL DEFAULT 'CN-',
  footer              text,
  locale              text NOT NULL DEFAULT 'en-US',
  updated_at          timestamptz NOT NULL DEFAULT now()
);

-- The buyer's billing details given at checkout ({name, email?, address?, taxId?}); NULL when none.
ALTER TABLE orders ADD COLUMN billing jsonb;
-- What the item is, as its documents name it ("<event> — <ticket type>"), fixed at checkout.
ALTER TABLE order_items ADD COLUMN description text;

CREATE TABLE document_counters (
  tenant_id    uuid NOT NULL,
  type         text NOT NULL CHECK (type IN ('invoice','credit_note')),
  year         integer NOT NULL,
  last_number  integer NOT NULL CHECK (last_number >= 1),
  PRIMARY KEY (tenant_id, type, year)
);

CREATE TABLE documents (
  id                 uuid PRIMARY KEY,
  tenant_id          uuid NOT NULL,
  type               text NOT NULL CHECK (type IN ('invoice','credit_note')),
  year               integer NOT NULL,
  sequence           integer NOT NULL CHECK (sequence >= 1),
  number             text NOT NULL,
  order_id           uuid NOT NULL REFERENCES orders (id) ON DELETE RESTRICT,
  order_number       text NOT NULL,
  -- The buyer, so an owner's documents are found without the order.
  user_id            text NOT NULL,
  currency           text NOT NULL CHECK (currency IN ('USD','EUR','GBP','CAD','AUD')),
  issued_at          timestamptz NOT NULL,
  net                bigint NOT NULL CHECK (net >= 0),
  tax                bigint NOT NULL CHECK (tax >= 0),
  total              bigint NOT NULL CHECK (total >= 0),
  -- A credit note's invoice; NULL on an invoice.
  references_id      uuid REFERENCES documents (id) ON DELETE RESTRICT,
  -- What the document was issued for, once per order: 'confirmation', 'refund:<id>', later 'change:<id>'.
  source             text NOT NULL,
  seller             jsonb NOT NULL,
  buyer              jsonb NOT NULL,
  -- {priceMode, locale, footer, lines, taxes, references?}: everything else the document shows.
  body               jsonb NOT NULL,
  CONSTRAINT documents_number_unique UNIQUE (tenant_id, number),
  CONSTRAINT documents_sequence_unique UNIQUE (tenant_id, type, year, sequence),
  CONSTRAINT documents_credit_note_references CHECK ((type = 'credit_note') = (references_id IS NOT NULL))
);
-- One document per order and source: one invoice from the confirmation, one credit note per refund.
CREATE UNIQUE INDEX documents_once_per_source ON documents (order_id, source);
CREATE INDEX documents_by_tenant_issued ON documents (tenant_id, issued_at DESC, id DESC);
CREATE INDEX documents_by_user_issued ON documents (tenant_id, user_id, issued_at DESC, id DESC);

-- Issued documents never change and are never deleted, whoever asks (the table's owner included).
CREATE FUNCTION documents_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION 'issued documents are immutable (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER documents_immutable BEFORE UPDATE OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION documents_refuse_change();
CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION documents_refuse_change();

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['invoice_settings','document_counters','documents'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END
$$;
GRANT SELECT, INSERT, UPDATE ON invoice_settings TO order_service_app;
GRANT SELECT, INSERT, UPDATE ON document_counters TO order_service_app;
-- Documents: issued and read, never updated or deleted.
GRANT SELECT, INSERT ON documents TO order_service_app;
