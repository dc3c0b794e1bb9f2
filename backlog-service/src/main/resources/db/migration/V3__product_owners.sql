-- Product owners of a product besides those a Keycloak group names: whoever creates a product
-- owns it, so a product owner can shape a new product before an administrator adds the group.
create table product_owner
(
    product_id uuid         not null references product (id) on delete cascade,
    subject    varchar(100) not null,
    username   varchar(100) not null,
    primary key (product_id, subject)
);
create index product_owner_by_subject on product_owner (subject);
