-- Estimation rounds of refinement sessions (issue 18): the participants vote on an agenda item
-- together and reveal at once. A new round of the same item keeps the earlier ones as history.
create table estimation_round
(
    id          uuid primary key,
    session_id  uuid         not null references refinement_session (id),
    item_id     uuid         not null references item (id),
    number      int          not null,
    opened_by   varchar(100) not null,
    opened_at   timestamp with time zone not null,
    revealed_by varchar(100),
    revealed_at timestamp with time zone,
    unique (session_id, item_id, number)
);

-- One vote per person and round, changed until the round is revealed; points null is a pass ("?").
create table estimation_vote
(
    round_id uuid          not null references estimation_round (id),
    voter    varchar(100)  not null,
    points   numeric(5, 1),
    cast_at  timestamp with time zone not null,
    primary key (round_id, voter)
);

-- Who has a session's workspace open: one row per person and replica holding their live stream,
-- renewed by that replica's heartbeat; a row not renewed for the expiry is gone (the replica died).
create table session_presence
(
    session_id uuid         not null references refinement_session (id),
    username   varchar(100) not null,
    replica    uuid         not null,
    last_seen  timestamp with time zone not null,
    primary key (session_id, username, replica)
);
create index session_presence_by_last_seen on session_presence (last_seen);
