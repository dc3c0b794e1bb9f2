/**
 * One service's outage never blocks the others: each route has its own circuit breaker and
 * time limit (Resilience4j instances named as the route, so a forecast may run longer than a
 * backlog read), and a caller of a service that is down gets a plain 503 problem with a hint when
 * to try again, or a 504 problem when it did not answer in time, instead of a hanging request or a
 * framework error page.
 */
package org.refinery.gateway.resilience;
