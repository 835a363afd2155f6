-- Order numbers count per tenant: a tenant's numbers say nothing about another tenant's volume. One counter
-- row per tenant, taken with an upsert in the transaction that writes the order: concurrent checkouts of a
-- tenant queue on that row for the rest of their (short) transaction and never get the same number. A
-- rolled-back checkout gives its number back; numbers need not be gap-free, but they are never reused.

CREATE TABLE order_number_counters (
  tenant_id    uuid PRIMARY KEY,
  last_number  bigint NOT NULL CHECK (last_number > 0)
);

-- Existing tenants go on after the highest number they hold (from the former platform-wide sequence).
INSERT INTO order_number_counters (tenant_id, last_number)
SELECT tenant_id, max(substring(order_number FROM 5)::bigint)
  FROM orders
 WHERE order_number ~ '^ORD-[0-9]+$'
 GROUP BY tenant_id;

ALTER TABLE order_number_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON order_number_counters
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON order_number_counters TO order_service_app;

DROP SEQUENCE order_number_seq;
