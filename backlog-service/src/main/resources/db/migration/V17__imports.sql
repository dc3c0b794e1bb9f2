-- Imports of backlogs from external trackers (issue 20). Each imported item keeps where it came
-- from, so that importing the same file again matches every row to the item it made: nothing is
-- duplicated, and a job cut short by a crash is simply sent again.
create table item_external_reference
(
    product_id   uuid        not null references product (id) on delete cascade,
    system       varchar(20) not null check (system in ('jira', 'azure', 'refinery')),
    external_key varchar(100) not null,
    item_id      uuid        not null references item (id) on delete cascade,
    primary key (product_id, system, external_key)
);
create index item_external_reference_by_item on item_external_reference (item_id);

-- One import job: a preview (dry run) or an apply, its progress counts committed with each batch.
create table item_import
(
    id          uuid primary key,
    product_id  uuid         not null references product (id) on delete cascade,
    format      varchar(20)  not null,
    dry_run     boolean      not null,
    status      varchar(20)  not null check (status in ('RUNNING', 'COMPLETED', 'FAILED', 'INTERRUPTED')),
    file_name   varchar(300),
    started_by  varchar(100) not null,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone,
    failure     text,
    updated_at  timestamp with time zone not null,
    row_count   integer      not null default 0,
    created     integer      not null default 0,
    updated     integer      not null default 0,
    unchanged   integer      not null default 0,
    errors      integer      not null default 0,
    missing     integer      not null default 0
);
create index item_import_by_product on item_import (product_id, started_at desc);

-- What happened to each row (line 0: an item imported earlier that the file no longer has).
-- Blocks links are kept with both external keys, for a later step to create dependencies.
create table item_import_row
(
    import_id    uuid         not null references item_import (id) on delete cascade,
    line         bigint       not null,
    external_key varchar(100),
    action       varchar(10)  not null check (action in ('CREATED', 'UPDATED', 'UNCHANGED', 'ERROR', 'MISSING')),
    item_key     varchar(60),
    reason       text,
    blocks       text[]       not null default '{}',
    blocked_by   text[]       not null default '{}'
);
create index item_import_row_by_import on item_import_row (import_id, line);
