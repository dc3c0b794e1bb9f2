-- Teams refine the product backlog together; a team key starts with its product's key
-- (PAY-CHECKOUT) so that keys are unique across products and readable in every event.
create table team
(
    id          uuid primary key,
    product_id  uuid         not null references product (id),
    key         varchar(40)  not null unique,
    name        varchar(200) not null,
    work_mode   varchar(10)  not null check (work_mode in ('SCRUM', 'KANBAN')),
    version     bigint       not null,
    created_at  timestamp with time zone not null default now()
);
create index team_by_product on team (product_id);
