-- A product's people and their roles, granted in Refinery by its owners (issue 17, ADR 0009).
-- Keyed by username, the name people type when they add someone; the caller's token carries it
-- as preferred_username. Replaces product_owner (creators by token subject): the creator is now
-- simply the product's first PRODUCT_OWNER member, and can be removed like anyone else.
create table product_member
(
    product_id uuid         not null references product (id) on delete cascade,
    username   varchar(100) not null,
    role       varchar(20)  not null check (role in ('PRODUCT_OWNER', 'TEAM_MEMBER', 'VIEWER')),
    team_key   varchar(40),
    granted_by varchar(100) not null,
    granted_at timestamp with time zone not null default now(),
    check ((role = 'TEAM_MEMBER') = (team_key is not null))
);
create unique index product_member_role on product_member (product_id, username, role, coalesce(team_key, ''));
-- The lookup every request makes to build its caller.
create index product_member_by_username on product_member (username);

-- The membership's version per product: one row, bumped (and so locked) by every change, which
-- orders concurrent changes and lets the last-owner rule count owners without racing.
create table product_membership
(
    product_id uuid   primary key references product (id) on delete cascade,
    version    bigint not null
);

-- Who granted or revoked which role of whom, and when.
create table product_member_history
(
    product_id uuid         not null references product (id) on delete cascade,
    version    bigint       not null,
    username   varchar(100) not null,
    role       varchar(20)  not null,
    team_key   varchar(40),
    change     varchar(10)  not null check (change in ('GRANTED', 'REVOKED')),
    changed_by varchar(100) not null,
    changed_at timestamp with time zone not null default now()
);
create index product_member_history_by_product on product_member_history (product_id, version);

insert into product_member (product_id, username, role, granted_by)
select product_id, username, 'PRODUCT_OWNER', username from product_owner;
insert into product_member_history (product_id, version, username, role, change, changed_by)
select product_id, 1, username, 'PRODUCT_OWNER', 'GRANTED', username from product_owner;
insert into product_membership (product_id, version)
select distinct product_id, 1 from product_owner;

drop table product_owner;
