-- Webhook subscriptions of a product (issue 20): where to send which of its events, signed with
-- the subscription's secret. The secret is never read back through the API once created.
create table webhook_subscription
(
    id          uuid          primary key,
    product_id  uuid          not null references product (id) on delete cascade,
    url         varchar(2000) not null,
    event_types varchar(100)[] not null,
    secret      varchar(200)  not null,
    created_by  varchar(100)  not null,
    created_at  timestamp with time zone not null default now()
);
create index webhook_subscription_by_product on webhook_subscription (product_id);

-- One row per event and subscription: the unique key makes a redelivered Kafka record harmless.
-- seq orders an aggregate's deliveries for one subscription: a later one waits while an earlier
-- one is PENDING or SENDING, so a receiver sees an item's events in the order they happened.
create table webhook_delivery
(
    id               uuid          primary key,
    seq              bigserial     not null unique,
    subscription_id  uuid          not null references webhook_subscription (id) on delete cascade,
    event_id         uuid          not null,
    event_type       varchar(100)  not null,
    event_source     varchar(100)  not null,
    subject          uuid          not null,
    -- ISO-8601 as the event states it: ce-time must equal the body's occurredAt to the nanosecond.
    occurred_at      varchar(40)   not null,
    payload          text          not null,
    status           varchar(10)   not null check (status in ('PENDING', 'SENDING', 'DELIVERED', 'DEAD')),
    attempts         int           not null default 0,
    next_attempt_at  timestamp with time zone not null default now(),
    lease_until      timestamp with time zone,
    last_status_code int,
    last_error       varchar(500),
    last_attempt_at  timestamp with time zone,
    delivered_at     timestamp with time zone,
    unique (event_id, subscription_id)
);
-- What the worker looks for: work that is due, oldest first.
create index webhook_delivery_due on webhook_delivery (next_attempt_at, seq) where status in ('PENDING', 'SENDING');
-- The ordering check: earlier open deliveries of the same aggregate and subscription.
create index webhook_delivery_open_by_subject on webhook_delivery (subscription_id, subject, seq)
    where status in ('PENDING', 'SENDING');
-- The delivery log of a subscription, newest first.
create index webhook_delivery_log on webhook_delivery (subscription_id, seq desc);
