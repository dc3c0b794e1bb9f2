-- What this service knows of refinement sessions, upserted from session events when their version
-- is newer: enough to check that a dependency's session exists and refines the items' product.
create table refinement_session
(
    id         uuid primary key,
    product_id uuid         not null,
    title      text         not null,
    status     varchar(16)  not null,
    version    bigint       not null,
    updated_at timestamp with time zone not null default now()
);
