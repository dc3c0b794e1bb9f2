-- An aggregate's deliveries go out in the order of its versions, not in the order they were
-- queued: the outbox sends each commit's events on their own, so Kafka may carry an item's
-- version 3 before its version 2 (WebhooksIT saw it once its tests ran side by side). Deliveries
-- queued before this column existed keep their queue order (version 0, then seq).
alter table webhook_delivery add column aggregate_version bigint not null default 0;

drop index webhook_delivery_open_by_subject;
-- The ordering check: open deliveries of an earlier version of the same aggregate and subscription.
create index webhook_delivery_open_by_subject on webhook_delivery (subscription_id, subject, aggregate_version, seq)
    where status in ('PENDING', 'SENDING');
