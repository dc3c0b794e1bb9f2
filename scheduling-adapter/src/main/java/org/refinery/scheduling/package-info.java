/**
 * Scheduled work that must run once across a service's replicas. Every replica keeps its
 * schedules (a replica that dies must not take a job with it), and before a run each asks for a
 * named lock in the service's own PostgreSQL table {@code shedlock} (ShedLock, ADR 0011): the
 * replica that gets it runs, the others skip that turn. Times come from the database, so clocks
 * of replicas that disagree cannot let two runs overlap. A lock is held at most for the time a
 * job names; a replica killed mid-run therefore blocks that job only until then. Jobs that are
 * per replica on purpose (gauges each replica reports for itself, a replica's in-memory queue)
 * take no lock.
 */
package org.refinery.scheduling;
