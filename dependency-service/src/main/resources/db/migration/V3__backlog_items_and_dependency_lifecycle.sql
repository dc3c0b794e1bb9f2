-- What this service knows of backlog items, upserted from item events when their version is newer.
-- Ranks are compared as plain strings (byte order), as the backlog service orders them.
create table backlog_item
(
    id          uuid primary key,
    product_id  uuid         not null,
    product_key varchar(10)  not null,
    key         varchar(40)  not null,
    team_key    varchar(40),
    rank        varchar(100) collate "C" not null,
    status      varchar(16)  not null,
    estimate    numeric(6, 1),
    version     bigint       not null,
    updated_at  timestamp with time zone not null default now()
);
create index backlog_item_by_product on backlog_item (product_key, rank);

-- A dependency records its product id (for events), the keys of both items (for people), the
-- refinement session it came from, and who identified it and last changed its status, when, why.
alter table dependency
    add column product_id            uuid,
    add column dependent_item_key    varchar(40),
    add column prerequisite_item_key varchar(40),
    add column session_id            uuid,
    add column identified_by         varchar(255),
    add column status_changed_at     timestamp with time zone,
    add column status_changed_by     varchar(255),
    add column status_reason         text,
    add column prerequisite_removed  boolean not null default false;

-- Only open dependencies are duplicates of each other: a resolved one may be identified again.
drop index dependency_unique_edge;
create unique index dependency_unique_open_edge on dependency (dependent_item_id, prerequisite_item_id, type)
    where status in ('IDENTIFIED', 'ACKNOWLEDGED');
create index dependency_by_prerequisite on dependency (prerequisite_item_id);
