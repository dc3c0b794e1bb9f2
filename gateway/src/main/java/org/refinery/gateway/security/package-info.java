/**
 * Sign-in and token handling at the edge. Browsers log in with the authorization code flow and
 * PKCE and keep a server-side session, in the gateway's database so that every replica knows it
 * (see the session package); scripts send the realm's bearer tokens, and their API calls pass a
 * chain of their own that never touches a session. The Keycloak client registration is built
 * from the issuer without calling Keycloak, so the gateway starts even while Keycloak is still
 * booting.
 */
package org.refinery.gateway.security;
