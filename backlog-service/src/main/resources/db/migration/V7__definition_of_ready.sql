-- A product's Definition of Ready; products without a row use the standard one.
create table definition_of_ready
(
    product_id      uuid primary key references product (id),
    rules           text[]  not null,
    max_estimate    numeric(7, 1),
    checklist_codes text[]  not null default '{}',
    checklist_texts text[]  not null default '{}'
);

-- Custom checklist items ticked per item by people.
create table item_check
(
    item_id    uuid         not null references item (id),
    code       varchar(40)  not null,
    ticked_by  varchar(100) not null,
    ticked_at  timestamp with time zone not null default now(),
    primary key (item_id, code)
);
