/**
 * Rate limits at the edge, per signed-in user or, for anonymous callers, per client address, so
 * that one runaway script cannot starve everyone else. Buckets live in memory: each gateway
 * replica limits the traffic it sees, which bounds the total at replicas × limit.
 */
package org.refinery.gateway.ratelimit;
