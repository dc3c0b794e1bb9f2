-- A counter per product, raised in every transaction that adds or removes an open BLOCKS
-- dependency. Each instance keeps the product's blocking graph in memory and compares the graph's
-- version with this one before a cycle check: equal means current, otherwise it rebuilds.
create table product_graph
(
    product_key varchar(10) primary key,
    version     bigint not null
);
