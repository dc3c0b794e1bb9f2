-- When a dependency was first announced (the occurrence time of the first event the backlog
-- received about it), so that dependencies open for a long time can be counted.
alter table dependency_view add column identified_at timestamp with time zone not null default now();

-- The latest forecast of each product, reduced to what the refinement-health score needs: how
-- far apart its P50 and P95 completion periods are. Forecasts are immutable and always version
-- 1, so "newer" means generated later.
create table forecast_view
(
    product_id    uuid primary key,
    forecast_id   uuid not null,
    generated_at  timestamp with time zone not null,
    median_spread numeric(9, 3),
    items         integer not null
);
