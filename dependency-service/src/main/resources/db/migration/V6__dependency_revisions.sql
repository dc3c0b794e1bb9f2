-- Who changed what, and when: one row per version of a dependency, written in the transaction of
-- the change. The changed fields are JSON (field, from, to) because a change touches a varying set.
-- Dependencies stored before this table existed have no rows for their earlier versions.
create table dependency_revision
(
    dependency_id uuid         not null references dependency (id) on delete cascade,
    version       bigint       not null,
    changed_at    timestamptz  not null,
    actor_subject varchar(255) not null,
    actor_name    varchar(255) not null,
    changes       jsonb        not null,
    primary key (dependency_id, version)
);
