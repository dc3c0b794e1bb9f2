-- Computed forecasts, kept whole as JSON: the latest per product is served, older ones are the
-- material for calibration (how often past P85 held).
create table forecast
(
    id           uuid primary key,
    product_id   uuid        not null,
    product_key  varchar(10) not null,
    generated_at timestamptz not null,
    body         jsonb       not null
);
create index forecast_latest on forecast (product_key, generated_at desc);
