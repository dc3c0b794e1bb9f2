-- What became of each Blocks link of an applied import (issue 20), on the row that named it: sent
-- to dependency-service (PENDING) and answered there (CREATED, EXISTING, REFUSED with the reason),
-- or never sent because an end is no item imported from the same system (UNRESOLVED). A Jira link
-- appears on both its rows, so one answer settles both.
create table item_import_link
(
    import_id        uuid         not null references item_import (id) on delete cascade,
    line             bigint       not null,
    prerequisite_key varchar(100) not null,
    dependent_key    varchar(100) not null,
    status           varchar(10)  not null check (status in ('PENDING', 'CREATED', 'EXISTING', 'REFUSED', 'UNRESOLVED')),
    reason           text,
    dependency_id    uuid,
    primary key (import_id, line, prerequisite_key, dependent_key)
);
create index item_import_link_by_pair on item_import_link (import_id, prerequisite_key, dependent_key);
