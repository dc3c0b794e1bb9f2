/**
 * Reading a product's items for an export through one PostgreSQL cursor: PgJDBC streams rows only
 * with a fetch size inside a transaction, otherwise it reads the whole result before the first row.
 */
package org.refinery.backlog.export.persistence;
