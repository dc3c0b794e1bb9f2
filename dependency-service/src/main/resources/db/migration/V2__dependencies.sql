-- A dependency: the dependent item needs the prerequisite item. Team keys are copied from the
-- backlog read model when identified, so filters by team need no join across services.
create table dependency
(
    id                    uuid primary key,
    product_key           varchar(10)  not null,
    dependent_item_id     uuid         not null,
    prerequisite_item_id  uuid         not null,
    dependent_team_key    varchar(40),
    prerequisite_team_key varchar(40),
    type                  varchar(10)  not null check (type in ('BLOCKS', 'RELATES')),
    status                varchar(12)  not null check (status in ('IDENTIFIED', 'ACKNOWLEDGED', 'RESOLVED', 'REJECTED', 'WITHDRAWN')),
    needed_by             varchar(40),
    note                  text,
    identified_at         timestamp with time zone not null default now(),
    version               bigint       not null default 0,
    check (dependent_item_id <> prerequisite_item_id)
);
create index dependency_by_product on dependency (product_key, status);
create unique index dependency_unique_edge on dependency (dependent_item_id, prerequisite_item_id, type)
    where status not in ('REJECTED', 'WITHDRAWN');
