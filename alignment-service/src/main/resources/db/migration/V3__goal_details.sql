-- Goals carry their product's id (for events), a weight of at least 1, versions from 1 and
-- optional key results. Themes alone carry a target investment share.
alter table goal add column product_id uuid;
update goal set weight = 1 where weight < 1;
update goal set version = 1 where version < 1;
update goal set target_investment_share = null where level <> 'THEME';
alter table goal drop constraint goal_weight_check;
alter table goal add constraint goal_weight_range check (weight between 1 and 100);
alter table goal alter column version set default 1;
alter table goal add constraint goal_share_only_on_themes
    check (target_investment_share is null or level = 'THEME');

create table key_result
(
    goal_id  uuid           not null references goal (id) on delete cascade,
    position int            not null,
    metric   varchar(200)   not null,
    baseline numeric(19, 4) not null,
    target   numeric(19, 4) not null,
    current  numeric(19, 4),
    primary key (goal_id, position)
);
