-- Who changed which setting of a product (name, vision, delivery mode, cadence), when, from what
-- to what; as definition_of_ready_history does for the Definition of Ready, at the product version
-- the change made.
create table product_history
(
    product_id uuid         not null references product (id),
    version    bigint       not null,
    changed_at timestamp with time zone not null default now(),
    actor      varchar(100) not null,
    actor_name varchar(100) not null,
    field      varchar(60)  not null,
    old_value  text,
    new_value  text,
    primary key (product_id, version, field)
);
