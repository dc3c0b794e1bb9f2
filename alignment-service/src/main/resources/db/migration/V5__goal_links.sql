-- An item serves a goal. Unlinking keeps the row (active = false) so history stays complete;
-- at most one active link joins an item and a goal.
create table goal_link
(
    id                  uuid primary key,
    item_id             uuid          not null,
    goal_id             uuid          not null references goal (id),
    product_id          uuid          not null,
    product_key         varchar(10)   not null,
    rationale           varchar(2000) not null,
    contribution_weight numeric(5, 4) not null check (contribution_weight > 0 and contribution_weight <= 1),
    active              boolean       not null,
    version             bigint        not null,
    linked_by           varchar(100)  not null,
    linked_at           timestamptz   not null
);
create unique index goal_link_one_active on goal_link (item_id, goal_id) where active;
create index goal_link_by_product on goal_link (product_key) where active;
