-- Products share one ordered backlog among many teams; the key (PAY) is what people type.
create table product
(
    id                 uuid primary key,
    key                varchar(10)  not null unique,
    name               varchar(200) not null,
    vision             text,
    delivery_mode      varchar(20)  not null check (delivery_mode in ('SCALED_SCRUM', 'SCALED_KANBAN')),
    sprint_length_days int check (sprint_length_days between 1 and 60),
    release_length_days int check (release_length_days between 1 and 366),
    first_period_start date         not null,
    version            bigint       not null default 0,
    created_at         timestamp with time zone not null default now()
);
