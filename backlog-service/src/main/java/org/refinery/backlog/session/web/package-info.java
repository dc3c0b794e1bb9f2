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
 * <p>
 * The same stream carries what is no change of the session itself, without an event id so that
 * {@code Last-Event-ID} stays a session version: {@code round-opened}, {@code round-voted} (who,
 * never the value) and {@code round-revealed} (every vote) of estimation rounds, and
 * {@code presence-changed} when someone opens or leaves the workspace. Opening a stream is what
 * makes a person present ({@code PresenceKeeper}); the page reloads rounds and presence whenever
 * it (re)connects, so these events are not replayed.
 */
package org.refinery.backlog.session.web;
