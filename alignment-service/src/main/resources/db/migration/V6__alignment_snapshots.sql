-- One row per product and day (open scope), written by the daily job and kept 400 days, so the
-- portfolio view can show whether alignment improves.
create table alignment_snapshot
(
    day            date           not null,
    product_key    varchar(10)    not null,
    items          int            not null,
    aligned_items  int            not null,
    effort         numeric(14, 4) not null,
    aligned_effort numeric(14, 4) not null,
    primary key (day, product_key)
);
