-- Scheduled work that must run once across replicas takes a named lock here (ShedLock, ADR 0011).
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
