-- Sessions can be corrected until they are over, and cancelled. A closed session keeps how many
-- teams it heard and whether that made it cross-team; a cancelled one keeps why.
alter table refinement_session drop constraint refinement_session_status_check;
alter table refinement_session add constraint refinement_session_status_check
    check (status in ('SCHEDULED', 'OPEN', 'CLOSED', 'CANCELLED'));
alter table refinement_session add column teams_heard integer;
alter table refinement_session add column cross_team boolean;
alter table refinement_session add column cancel_reason varchar(1000);

-- What a session decided beyond its note: the estimate it set, the items it split an item into.
alter table session_outcome add column estimate numeric(7, 1);
alter table session_outcome add column children uuid[] not null default '{}';

-- Who changed what of a session and a Definition of Ready, as item_history does for items.
create table session_history
(
    session_id uuid         not null references refinement_session (id),
    version    bigint       not null,
    changed_at timestamp with time zone not null default now(),
    actor      varchar(100) not null,
    actor_name varchar(100) not null,
    field      varchar(60)  not null,
    old_value  text,
    new_value  text,
    primary key (session_id, version, field)
);

create table definition_of_ready_history
(
    product_id uuid         not null references product (id),
    version    bigint       not null,
    changed_at timestamp with time zone not null default now(),
    actor      varchar(100) not null,
    actor_name varchar(100) not null,
    field      varchar(60)  not null,
    old_value  text,
    new_value  text,
    primary key (product_id, version, field)
);

-- Checklist ticks are recorded per code ("check:ux-reviewed"), which needs longer field names.
alter table item_history alter column field type varchar(60);
