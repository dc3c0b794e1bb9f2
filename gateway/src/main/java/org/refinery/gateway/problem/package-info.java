/**
 * The gateway's own answers to what it cannot serve, as RFC 9457 {@code application/problem+json}
 * like every service's: a path no route or page matches, a method an endpoint does not take, an
 * origin or CSRF token the security filters refuse, a service a route without circuit breaker
 * cannot reach, and anything unexpected, which is logged but never described to the caller. A
 * browser navigation (a request that asks for HTML) keeps Boot's plain error page, the way it gets
 * the login page instead of a 401 problem.
 */
package org.refinery.gateway.problem;
