/**
 * The REST edge of refinement sessions, and their live event stream: participants' dashboards
 * hold a server-sent-events connection per session and reload the session when told that it
 * changed, which is announced only after the change committed.
 * <p>
 * A stream holds a Tomcat connection for as long as it is open, so streams are bounded in every
 * way that matters for the service's health: a few per user and session and a fixed total (beyond
 * them 429 with {@code Retry-After}), which Tomcat's connection limit is raised by, so ordinary
 * requests never compete with them; a heartbeat comment that notices a departed client within two
 * beats, where a silent stream would sit in CLOSE-WAIT until its next event; and a lifetime after
 * which the browser reconnects by itself with {@code Last-Event-ID} and is sent what it missed
 * from a small replay buffer, or told to reload.
 */
package org.refinery.backlog.session.web;
