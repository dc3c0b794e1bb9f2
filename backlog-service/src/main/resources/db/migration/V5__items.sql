-- Backlog items: one rank order per product, shared by all its teams. Ranks are lexicographic
-- (collate "C" so PostgreSQL compares them byte by byte, as the Java code does).
create table product_order
(
    product_id  uuid primary key references product (id),
    next_number bigint not null
);

create table item
(
    id                     uuid primary key,
    product_id             uuid          not null references product (id),
    key                    varchar(30)   not null unique,
    type                   varchar(10)   not null check (type in ('EPIC', 'FEATURE', 'STORY', 'ENABLER', 'DEFECT')),
    title                  varchar(300)  not null,
    description            text,
    acceptance_criteria    text[]        not null default '{}',
    estimate               numeric(7, 1) check (estimate between 0 and 1000),
    team_key               varchar(40),
    contributing_team_keys text[]        not null default '{}',
    parent_id              uuid references item (id),
    rank                   varchar(80) collate "C" not null,
    status                 varchar(14)   not null check (status in ('DRAFT', 'IN_REFINEMENT', 'READY', 'PLANNED', 'IN_PROGRESS', 'DONE', 'REMOVED')),
    completed_at           timestamp with time zone,
    version                bigint        not null,
    updated_at             timestamp with time zone not null default now(),
    unique (product_id, rank)
);
create index item_by_team on item (product_id, team_key, rank);

-- Who changed what and when, written in the transaction of the change.
create table item_history
(
    item_id      uuid         not null references item (id),
    version      bigint       not null,
    changed_at   timestamp with time zone not null default now(),
    actor        varchar(100) not null,
    actor_name   varchar(100) not null,
    field        varchar(40)  not null,
    old_value    text,
    new_value    text,
    primary key (item_id, version, field)
);
