-- Retention of the delivery log (refinery.webhooks.keep-delivered, keep-dead): the purge looks
-- for delivered rows by delivered_at and dead ones by their last attempt. Without these it would
-- read the whole table, the very table that grows. Partial, so that the open deliveries the
-- worker churns through are in neither.
create index webhook_delivery_delivered on webhook_delivery (delivered_at) where status = 'DELIVERED';
create index webhook_delivery_dead on webhook_delivery (last_attempt_at) where status = 'DEAD';
