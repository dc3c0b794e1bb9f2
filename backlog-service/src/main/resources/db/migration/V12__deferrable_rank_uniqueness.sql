-- Respacing a product's order rewrites every rank in one transaction; ranks must be unique when
-- it commits, not after each row.
alter table item drop constraint item_product_id_rank_key;
alter table item add constraint item_product_rank_unique unique (product_id, rank) deferrable initially immediate;
