-- What other services announced that readiness depends on, kept from their events. Each row
-- holds the aggregate version it came from; older or repeated events change nothing.
create table dependency_view
(
    id                   uuid primary key,
    dependent_item_id    uuid        not null,
    prerequisite_item_id uuid        not null,
    type                 varchar(10) not null,
    status               varchar(12) not null,
    version              bigint      not null
);
create index dependency_view_by_dependent on dependency_view (dependent_item_id);
create index dependency_view_by_prerequisite on dependency_view (prerequisite_item_id);

create table goal_link_view
(
    id      uuid primary key,
    item_id uuid    not null,
    goal_id uuid    not null,
    active  boolean not null,
    version bigint  not null
);
create index goal_link_view_by_item on goal_link_view (item_id);

create table goal_view
(
    id      uuid primary key,
    status  varchar(10) not null,
    version bigint      not null
);
