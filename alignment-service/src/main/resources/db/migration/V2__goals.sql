-- Goals form a hierarchy: organisation objectives > strategic themes > product goals.
-- Only product goals belong to a product; objectives and themes span the organisation.
create table goal
(
    id                      uuid primary key,
    level                   varchar(12)  not null check (level in ('OBJECTIVE', 'THEME', 'PRODUCT_GOAL')),
    parent_id               uuid references goal (id),
    product_key             varchar(10),
    title                   varchar(300) not null,
    owner                   varchar(100),
    status                  varchar(10)  not null check (status in ('ACTIVE', 'ACHIEVED', 'RETIRED')),
    weight                  int          not null default 1 check (weight between 0 and 100),
    target_investment_share numeric(5, 4) check (target_investment_share between 0 and 1),
    timeframe_start         date,
    timeframe_end           date,
    version                 bigint       not null default 0,
    check ((level = 'PRODUCT_GOAL') = (product_key is not null)),
    check (timeframe_start is null or timeframe_end is null or timeframe_start <= timeframe_end)
);
create index goal_by_product on goal (product_key);
create index goal_by_parent on goal (parent_id);
