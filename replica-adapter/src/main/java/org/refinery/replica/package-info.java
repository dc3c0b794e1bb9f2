/**
 * What a service needs to run as several replicas on its one PostgreSQL. Scheduled work that
 * must run once asks for a named lock in the service's table {@code shedlock} (ShedLock, ADR
 * 0011): every replica keeps its schedule, the one that gets the lock runs, the others skip that
 * turn; times come from the database, and a replica killed mid-run blocks the job only until the
 * lock's limit. Changes every replica must hear of (a cache to drop, a live update to push) go
 * as notices sent with the change's transaction (LISTEN/NOTIFY, ADR 0012), so they arrive on
 * commit and never for a rollback. Jobs that are per replica on purpose take no lock.
 */
package org.refinery.replica;
