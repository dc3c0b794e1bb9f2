-- Baseline settings: what the platform computes each product's baseline with. Only the product
-- owner (or an administrator) changes them, against the version held (If-Match); every change is
-- kept in forecast_settings_change so that a moved date can be traced to a changed setting.
create table forecast_settings
(
    product_key    varchar(10)  not null primary key,
    trials         int          not null,
    mode           varchar(10)  not null,
    horizon        int          not null,
    history_window int,
    version        bigint       not null,
    changed_at     timestamptz  not null,
    changed_by     varchar(255) not null
);

create table forecast_settings_change
(
    product_key    varchar(10)  not null,
    version        bigint       not null,
    trials         int          not null,
    mode           varchar(10)  not null,
    horizon        int          not null,
    history_window int,
    changed_at     timestamptz  not null,
    changed_by     varchar(255) not null,
    primary key (product_key, version)
);

-- What-if scenarios, kept per person and product (a bounded number each). The changes are the
-- scenario; its last run's comparison with the baseline is kept so that a list answers at once.
-- Scenarios never enter the forecast table: calibration and the health score see baselines only.
create table scenario
(
    id          uuid primary key,
    product_key varchar(10)  not null,
    owner_id    varchar(255) not null,
    name        varchar(80)  not null,
    changes     jsonb        not null,
    created_at  timestamptz  not null,
    run_at      timestamptz,
    comparison  jsonb,
    unique (product_key, owner_id, name)
);
create index scenario_by_owner on scenario (owner_id, product_key, created_at);
