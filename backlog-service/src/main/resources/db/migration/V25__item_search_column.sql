-- The searched text stored with the row (issue 18). A trigram index is lossy: every candidate it
-- returns is checked again against the text, and with the index on an expression (V20) that check
-- rebuilt the text from four columns for every candidate, thousands of times for a common word.
-- A stored generated column is written once per insert or update and read by that check.
-- Adding it rewrites the table once; the index moves from the expression to the column.
alter table item
    add column search_text text generated always as (item_search_text(key, title, description, acceptance_criteria)) stored;

drop index item_search;

create index item_search on item using gin (search_text gin_trgm_ops);
