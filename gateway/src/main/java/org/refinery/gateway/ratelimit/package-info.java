/**
 * Rate limits at the edge, per signed-in user or, for anonymous callers, per client address, so
 * that one runaway script cannot starve everyone else. The buckets live in the gateway's
 * PostgreSQL database and every replica spends from the same ones, so the limit holds whatever the
 * number of replicas and however the load balancer spreads a caller's requests (docs/adr/0010).
 * While the database does not answer, each replica falls back to buckets in its own memory.
 */
package org.refinery.gateway.ratelimit;
