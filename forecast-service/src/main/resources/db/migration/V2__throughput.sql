-- Throughput per team and period: what the team finished, in items and in points. Periods
-- with zero throughput are stored too; they matter to the simulation as much as good ones.
create table throughput_sample
(
    team_key     varchar(40)   not null,
    product_key  varchar(10)   not null,
    period_start date          not null,
    period_end   date          not null,
    items        int           not null check (items >= 0),
    points       numeric(9, 2) not null check (points >= 0),
    source       varchar(10)   not null check (source in ('IMPORTED', 'OBSERVED')),
    primary key (team_key, period_start),
    check (period_start <= period_end)
);
create index throughput_by_product on throughput_sample (product_key);
