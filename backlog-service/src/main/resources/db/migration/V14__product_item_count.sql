-- How many items a product has (removed ones included, as the unfiltered backlog view shows them),
-- kept in the transaction that adds an item, so that a page of the backlog does not count the
-- whole product on every read. Items are never deleted: removal is a status.
alter table product_order add column item_count bigint not null default 0;
update product_order o set item_count = (select count(*) from item i where i.product_id = o.product_id);
