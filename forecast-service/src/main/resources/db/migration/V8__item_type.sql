-- The kind of each item, so that an epic or feature not broken down yet can count as the
-- product's typical number of children. Items stored before this read null (kind unknown, worked
-- as one item) until their next event says their kind.
alter table backlog_item add column item_type text;
