-- The readiness last announced for an item, so that a change of readiness caused by another
-- service's event is noticed and announced exactly once.
alter table item add column ready boolean not null default false;
