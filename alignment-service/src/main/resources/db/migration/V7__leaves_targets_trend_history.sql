-- Effort counts leaves: the read model keeps each item's parent. The dates the back-filled trend
-- is computed from: when an item was first seen (created, for items seen from their ItemCreated)
-- and when it was closed (done or removed); rows read before this migration have neither.
alter table backlog_item add column parent_id uuid;
alter table backlog_item add column created_at timestamptz;
alter table backlog_item add column closed_at timestamptz;
create index backlog_item_by_parent on backlog_item (parent_id) where parent_id is not null;

-- When a link stopped holding; links removed before this migration have no date.
alter table goal_link add column unlinked_at timestamptz;

-- Product goals may carry a target share of their product's effort, as themes do of the portfolio's.
alter table goal drop constraint goal_share_only_on_themes;
alter table goal add constraint goal_share_on_themes_and_product_goals
    check (target_investment_share is null or level in ('THEME', 'PRODUCT_GOAL'));

-- A measured snapshot (the hourly job) always replaces a back-filled one; never the other way round.
alter table alignment_snapshot add column backfilled boolean not null default false;

-- A product's trend is back-filled from the read model when it is first seen, and again after
-- changes during its first day (while the read model may still be catching up on its history).
create table trend_backfill
(
    product_key   varchar(10) primary key,
    first_seen_at timestamptz not null,
    pending       boolean     not null,
    done_at       timestamptz
);
insert into trend_backfill (product_key, first_seen_at, pending)
select distinct key, now(), true from product;

-- Who changed what, and when, for every change people make to goals and links.
create table goal_revision
(
    goal_id       uuid         not null references goal (id) on delete cascade,
    version       bigint       not null,
    action        varchar(10)  not null,
    at            timestamptz  not null,
    actor_subject varchar(100) not null,
    actor_name    varchar(100) not null,
    changes       jsonb        not null,
    primary key (goal_id, version)
);

create table link_revision
(
    link_id       uuid         not null references goal_link (id) on delete cascade,
    version       bigint       not null,
    action        varchar(10)  not null,
    at            timestamptz  not null,
    actor_subject varchar(100) not null,
    actor_name    varchar(100) not null,
    changes       jsonb        not null,
    primary key (link_id, version)
);
