/**
 * Browser sessions in the gateway's PostgreSQL database, so that any replica serves any browser.
 * A session holds what a sign-in leaves behind: the security context of the OIDC login, the
 * authorized client with its access and refresh tokens (which the token relay reads and a refresh
 * replaces), the pending authorization request during a login and the request saved before it.
 * Spring Session's {@code JdbcIndexedSessionRepository} owns the schema, the serialization and the
 * expiry; {@link org.refinery.gateway.session.BrowserSessions} only moves its blocking calls off
 * the event loop (docs/adr/0010). Bearer-token calls never touch a session (docs/adr/0007).
 */
package org.refinery.gateway.session;
