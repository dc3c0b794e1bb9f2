-- Forecasts past their retention (refinery.forecast.retention.keep) are deleted on a schedule,
-- across all products at once: an index on the time alone finds them without reading every
-- product's forecasts. Calibration reads a product's window through forecast_latest.
create index forecast_by_time on forecast (generated_at);
