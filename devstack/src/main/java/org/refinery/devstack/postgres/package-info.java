/**
 * A real PostgreSQL 17 from the embedded binaries on Maven Central (zonky), with one database and
 * one role per service and one for the gateway (browser sessions, rate-limit buckets). The binaries need no installation and, when the launcher runs as root,
 * zonky runs them through {@code unshare -U} because PostgreSQL refuses to run as root. The
 * postmaster is daemonised by {@code pg_ctl}, so it is not a child of the launcher: it is tracked
 * through {@code postmaster.pid} and always stopped gracefully (never SIGKILL, which could leave
 * shared memory and a data directory that needs recovery).
 */
package org.refinery.devstack.postgres;
