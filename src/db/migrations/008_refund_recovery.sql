-- Crash safety of refunds. A PENDING refund records when it was handed to the Payment service
-- (submitted_at: the transaction that re-checked the dispute lock) and when the refund-recovery job may
-- next look at it (recover_after, a lease that also spaces the retries); the Idempotency-Key of the HTTP
-- request that created it (request_key, with requested_by the key's user), so a repeat of that request finds it.
ALTER TABLE refunds ADD COLUMN submitted_at timestamptz;
ALTER TABLE refunds ADD COLUMN recover_after timestamptz;
ALTER TABLE refunds ADD COLUMN recovery_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE refunds ADD COLUMN request_key text;
UPDATE refunds SET recover_after = updated_at, submitted_at = updated_at WHERE status = 'PENDING';
-- recover_after of a SUCCEEDED refund: when the ticket-release job may retry releasing its tickets.
UPDATE refunds SET recover_after = updated_at WHERE status = 'SUCCEEDED' AND tickets_released_at IS NULL;
CREATE INDEX refunds_to_recover ON refunds (recover_after) WHERE status = 'PENDING';
CREATE INDEX refunds_by_request_key ON refunds (order_id, requested_by, request_key) WHERE request_key IS NOT NULL;

-- A payment that arrived for an order that could not take it is refunded as a refund like any other.
ALTER TABLE refunds DROP CONSTRAINT refunds_basis_check;
ALTER TABLE refunds ADD CONSTRAINT refunds_basis_check CHECK (basis IN ('policy','override','event_cancelled','unfulfillable'));

-- Per-item failures of a background job are retried (event cancellation: e.g. once a dispute closed);
-- retry_at is when the next retry of the job's outstanding failures is due (NULL: none outstanding).
ALTER TABLE background_jobs ADD COLUMN retry_at timestamptz;
CREATE INDEX background_jobs_retry_due ON background_jobs (retry_at) WHERE retry_at IS NOT NULL;

-- An order that ended (CANCELLED, EXPIRED) while holding peer resources records since when their release
-- (the ticket hold, the payment intent) is outstanding, in the same transaction; the release after the commit
-- clears it, and the order-release job retries those outstanding longer than ORDER_RELEASE_RETRY_SECONDS, so
-- a release that a crash or a peer outage interrupted is finished. NULL: nothing left to release.
ALTER TABLE orders ADD COLUMN release_pending_since timestamptz;
CREATE INDEX orders_release_pending ON orders (release_pending_since) WHERE release_pending_since IS NOT NULL;
