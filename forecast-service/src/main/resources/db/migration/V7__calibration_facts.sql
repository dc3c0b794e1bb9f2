-- The facts calibration needs, kept apart from the forecasts' JSON: per item and P85 due date
-- (the last day of the period by which it was 85 % likely done), the last time a forecast named
-- it. Recomputations repeat the same due dates, so the table grows with items x distinct due
-- dates, not with forecasts: reading a product's calibration costs the same after 5,000 forecasts
-- as after one. "The latest forecast whose due date is past" is the row with the latest
-- last_named_at among the past due dates, so nothing of the forecasts themselves is read.
create table forecast_p85
(
    product_key   varchar(10) not null,
    item_id       uuid        not null,
    due           date        not null,
    last_named_at timestamptz not null,
    primary key (product_key, item_id, due)
);
-- Retention deletes by time across all products.
create index forecast_p85_by_time on forecast_p85 (last_named_at);

insert into forecast_p85 (product_key, item_id, due, last_named_at)
select product_key, item_id, due, max(generated_at)
from (select f.product_key, f.generated_at, (i ->> 'itemId')::uuid as item_id,
             (f.body -> 'periods' -> ((i ->> 'p85')::int - 1) ->> 'end')::date as due
      from forecast f cross join lateral jsonb_array_elements(f.body -> 'items') i
      where (i ->> 'p85')::int >= 1) named
where due is not null
group by product_key, item_id, due;
