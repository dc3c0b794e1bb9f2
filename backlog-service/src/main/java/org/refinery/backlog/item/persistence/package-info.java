/**
 * Items, their order and their history in the service's PostgreSQL database.
 * <p>
 * Text search ({@code q=}) is a substring match over one lower-cased text of key, title,
 * description and acceptance criteria, served by a pg_trgm GIN index on that expression
 * (migration V20). Trigrams rather than a tsvector: people search a backlog for fragments they
 * remember ("refun", "PAY-12", "3DS"), and a tsvector matches whole stemmed words only, misses
 * keys and parts of words, and depends on a language configuration; pg_trgm ships with the
 * embedded PostgreSQL used in tests and devstack and is a trusted extension a database owner may
 * create. Searches need three characters, the shortest text a trigram index can narrow down.
 */
package org.refinery.backlog.item.persistence;
