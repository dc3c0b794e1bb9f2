/**
 * One service's outage never blocks the others: each route has its own circuit breaker and
 * time limit, and a caller of a service that is down gets a plain 503 problem with a hint when
 * to try again, instead of a hanging request or a framework error page.
 */
package org.refinery.gateway.resilience;
