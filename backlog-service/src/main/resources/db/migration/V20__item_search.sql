-- Text search over an item's key, title, description and acceptance criteria (issue 18): a
-- trigram GIN index over one lower-cased text, so that "q=" finds any substring of three or more
-- characters through the index, however large the product. pg_trgm is a trusted contrib
-- extension (PostgreSQL 13+): the embedded PostgreSQL ships it and a database owner may create it.
create extension if not exists pg_trgm;

-- array_to_string is only STABLE in general (element output may depend on settings); for text[]
-- it is not, so this wrapper may be IMMUTABLE, which an index expression requires.
create function item_search_text(key varchar, title varchar, description text, criteria text[])
    returns text
    language sql
    immutable parallel safe
as
$$
select lower(key || ' ' || title || ' ' || coalesce(description, '') || ' ' || array_to_string(criteria, ' '))
$$;

create index item_search on item using gin (item_search_text(key, title, description, acceptance_criteria) gin_trgm_ops);
