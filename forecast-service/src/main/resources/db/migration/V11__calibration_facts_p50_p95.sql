-- Calibration judges each baseline's P50 and P95 as well as its P85: per item, percentile and due
-- date (the last day of the period by which it was 50 or 95 % likely done), the last time a
-- baseline named it. P85 stays in forecast_p85 (V7), which its readers and the retention know.
-- Like forecast_p85, the table grows with items x distinct due dates, not with baselines.
create table forecast_due
(
    product_key   varchar(10) not null,
    item_id       uuid        not null,
    percentile    smallint    not null check (percentile in (50, 95)),
    due           date        not null,
    last_named_at timestamptz not null,
    primary key (product_key, item_id, percentile, due)
);
create index forecast_due_by_time on forecast_due (last_named_at);

insert into forecast_due (product_key, item_id, percentile, due, last_named_at)
select product_key, item_id, percentile, due, max(generated_at)
from (select f.product_key, f.generated_at, (i ->> 'itemId')::uuid as item_id, p.percentile,
             (f.body -> 'periods' -> ((i ->> ('p' || p.percentile))::int - 1) ->> 'end')::date as due
      from forecast f cross join lateral jsonb_array_elements(f.body -> 'items') i
           cross join (values (50), (95)) p(percentile)
      where (i ->> ('p' || p.percentile))::int >= 1) named
where due is not null
group by product_key, item_id, percentile, due;
