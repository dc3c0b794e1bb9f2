-- Refinement sessions: representatives of several teams refine items of one product together;
-- what they decided per item is kept as outcomes.
create table refinement_session
(
    id          uuid primary key,
    product_id  uuid         not null references product (id),
    title       varchar(200) not null,
    facilitator varchar(100) not null,
    starts_at   timestamp with time zone not null,
    status      varchar(10)  not null check (status in ('SCHEDULED', 'OPEN', 'CLOSED')),
    agenda      uuid[]       not null default '{}',
    version     bigint       not null,
    closed_at   timestamp with time zone
);
create index refinement_session_by_product on refinement_session (product_id, starts_at);

create table session_participant
(
    session_id     uuid         not null references refinement_session (id),
    team_key       varchar(40)  not null,
    representative varchar(100) not null,
    primary key (session_id, team_key, representative)
);

create table session_outcome
(
    id          uuid primary key,
    session_id  uuid          not null references refinement_session (id),
    item_id     uuid          not null references item (id),
    kind        varchar(24)   not null,
    note        varchar(4000),
    recorded_by varchar(100)  not null,
    recorded_at timestamp with time zone not null
);
create index session_outcome_by_session on session_outcome (session_id, recorded_at);
