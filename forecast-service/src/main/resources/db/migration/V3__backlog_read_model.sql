-- The forecast's copy of the backlog, kept from backlog-service and dependency-service events.
-- Every row carries the version of its aggregate so that older and repeated events change nothing.
create table known_product
(
    id                  uuid primary key,
    key                 varchar(10) not null,
    delivery_mode       varchar(15) not null,
    sprint_length_days  int,
    release_length_days int,
    first_period_start  date        not null,
    version             bigint      not null
);
create index known_product_by_key on known_product (key);

create table known_team
(
    id         uuid primary key,
    product_id uuid        not null,
    key        varchar(40) not null,
    work_mode  varchar(10) not null,
    version    bigint      not null
);
create index known_team_by_key on known_team (key);
create index known_team_by_product on known_team (product_id);

-- Ranks are compared byte by byte (collate "C"), as backlog-service orders them.
create table backlog_item
(
    id           uuid primary key,
    product_id   uuid          not null,
    product_key  varchar(10)   not null,
    key          varchar(40)   not null,
    team_key     varchar(40),
    status       varchar(15)   not null,
    estimate     numeric(9, 2),
    rank         varchar(255) collate "C" not null,
    parent_id    uuid,
    completed_at timestamptz,
    version      bigint        not null
);
create index backlog_item_by_product on backlog_item (product_key, rank);
create index backlog_item_by_team on backlog_item (team_key) where status = 'DONE';

-- Every dependency is kept for its version; only open BLOCKS ones are "blocking".
create table blocker
(
    id                   uuid primary key,
    product_id           uuid    not null,
    dependent_item_id    uuid    not null,
    prerequisite_item_id uuid    not null,
    blocking             boolean not null,
    version              bigint  not null
);
create index blocker_by_product on blocker (product_id) where blocking;
