/**
 * The gateway's own answers to what it cannot serve, as RFC 9457 {@code application/problem+json}
 * like every service's: a path no route or page matches, a method an endpoint does not take, an
 * origin or CSRF token the security filters refuse, a service a route without circuit breaker
 * cannot reach, and anything unexpected, which is logged but never described to the caller. A
 * browser navigation (a request that asks for HTML) keeps Boot's plain error page, the way it gets
 * the login page instead of a 401 problem.
 *
 * <p>Requests the gateway will not pass on are refused the same way, with {@code errors} naming the
 * part at fault ({@code #/path}, {@code #/query/<name>}, {@code #/header/<name>}) and its value
 * shortened, control characters escaped. The limits ({@link org.refinery.gateway.problem.RequestLimits})
 * are enforced by a filter ahead of everything else, because Netty's decoder, which would otherwise
 * enforce them, answers with empty bodies; its own limits are therefore set far higher, and what still
 * trips them or is no URI at all is answered on the connection itself
 * ({@link org.refinery.gateway.problem.MalformedRequests}). The security firewall's refusals of
 * ambiguous paths become problems too.
 */
package org.refinery.gateway.problem;
