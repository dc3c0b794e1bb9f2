-- The service's copy of product membership (ADR 0009), kept by the membership-adapter from
-- refinery.backlog.ProductMembersChanged.v1: the full member list of each product, replaced when
-- an event's membership version is newer than the one held here.
create table product_membership (
    product_key varchar(40) primary key,
    version     bigint      not null
);

create table product_member (
    product_key varchar(40)  not null references product_membership (product_key) on delete cascade,
    username    varchar(100) not null,
    role        varchar(20)  not null check (role in ('PRODUCT_OWNER', 'TEAM_MEMBER', 'VIEWER')),
    team_key    varchar(40),
    check ((role = 'TEAM_MEMBER') = (team_key is not null))
);

-- Every request looks its caller's memberships up by username.
create index product_member_by_username on product_member (username);
