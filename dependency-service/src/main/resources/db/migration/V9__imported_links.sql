-- Blocks links of backlog imports (issue 20), received from backlog-service on
-- refinery.imports.v1. A link waits here until both its items have reached the backlog read
-- model (their events travel on other partitions), then the dependency rules decide about it and
-- the outcome goes back to backlog-service. The created ones are how a later import of the same
-- link recognises it, whatever the dependency's status is by then.
create table imported_link
(
    import_id            uuid         not null,
    prerequisite_item_id uuid         not null,
    dependent_item_id    uuid         not null,
    product_id           uuid         not null,
    product_key          varchar(60)  not null,
    system               varchar(20)  not null,
    prerequisite_key     varchar(100) not null,
    dependent_key        varchar(100) not null,
    actor_subject        varchar(255) not null,
    actor_username       varchar(255) not null,
    received_at          timestamp with time zone not null,
    result               varchar(10) check (result in ('CREATED', 'EXISTING', 'REFUSED')),
    reason               text,
    dependency_id        uuid,
    settled_at           timestamp with time zone,
    primary key (import_id, prerequisite_item_id, dependent_item_id)
);
create index imported_link_pending on imported_link (import_id) where result is null;
create index imported_link_by_pair on imported_link (prerequisite_item_id, dependent_item_id)
    where dependency_id is not null;

-- How many settlements each import has had: the aggregate version of ImportedLinksSettled.
create table imported_link_job
(
    import_id   uuid primary key,
    settlements bigint not null
);
