-- A refund of an order whose money came through several payment intents (its own, and those of order changes
-- that charged more) is paid out in parts, one per intent, each with its own key at the Payment service. The
-- parts are planned once, when the refund is handed over, and kept here so that the recovery job asks for the
-- same parts again: [{"intentId": ..., "amount": ..., "key": ...}]. NULL: a refund not handed over yet, or one
-- handed over before parts were kept (it went, whole, to the order's own intent).
ALTER TABLE refunds ADD COLUMN payment_parts jsonb;
