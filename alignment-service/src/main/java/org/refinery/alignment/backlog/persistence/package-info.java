/**
 * The backlog read model in alignment's own PostgreSQL database. Upserts repeat the version
 * rule in SQL, so even concurrent writers can never put an older state over a newer one.
 */
package org.refinery.alignment.backlog.persistence;
