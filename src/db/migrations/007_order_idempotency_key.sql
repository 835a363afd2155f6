-- The Idempotency-Key a checkout was made with, so that a retry after a crash finds the order it made,
-- while a retry after a failed checkout (released key) makes a new one.
ALTER TABLE orders ADD COLUMN idempotency_key text;
CREATE INDEX orders_by_idempotency_key ON orders (tenant_id, user_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
