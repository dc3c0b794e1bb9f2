/**
 * Items, their order and their history in the service's PostgreSQL database.
 * <p>
 * Text search ({@code q=}) is a substring match over one lower-cased text of key, title,
 * description and acceptance criteria, served by a pg_trgm GIN index on that text (migration V20;
 * a stored column since V25). Trigrams rather than a tsvector: people search a backlog for fragments they
 * remember ("refun", "PAY-12", "3DS"), and a tsvector matches whole stemmed words only, misses
 * keys and parts of words, and depends on a language configuration; pg_trgm ships with the
 * embedded PostgreSQL used in tests and devstack and is a trusted extension a database owner may
 * create. Searches need three characters, the shortest text a trigram index can narrow down.
 * <p>
 * A page walks the rank order until it is full; its total is counted up to a cap from the
 * trigram index, teams and the other filters checked on each match ({@link JdbcItems#count}).
 * The application reads the two at the same time on two connections.
 */
package org.refinery.backlog.item.persistence;
