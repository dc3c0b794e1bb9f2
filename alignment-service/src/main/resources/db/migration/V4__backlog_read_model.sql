-- Read model of the backlog, built from backlog-service events (never from its database).
-- Each row keeps the version of the event it came from; older or repeated events change nothing.
create table product
(
    id      uuid primary key,
    key     varchar(10)  not null,
    name    varchar(200) not null,
    version bigint       not null
);
create index product_by_key on product (key);

create table backlog_item
(
    id          uuid primary key,
    product_id  uuid           not null,
    product_key varchar(10)    not null,
    key         varchar(30)    not null,
    title       text           not null,
    team_key    varchar(40),
    estimate    numeric(9, 2),
    status      varchar(15)    not null,
    rank        varchar(200)   not null,
    version     bigint         not null
);
create index backlog_item_by_product on backlog_item (product_key, rank);
