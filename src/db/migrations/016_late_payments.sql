-- A payment that succeeded for an order that has not taken it (the order ended, its tickets were gone, or the
-- payment came while the order was being cancelled) records since when that payment awaits its outcome: the
-- order confirmed, or the payment refunded in full. It is set before any peer is called, cleared in the
-- transaction that confirms the order or settles the refund, and the late-payment job takes up the ones left
-- longer than ORDER_RELEASE_RETRY_SECONDS (a failed refund, a crash, a message that went to the dead letters).
ALTER TABLE orders ADD COLUMN late_payment_since timestamptz;
CREATE INDEX orders_late_payment ON orders (late_payment_since) WHERE late_payment_since IS NOT NULL;
