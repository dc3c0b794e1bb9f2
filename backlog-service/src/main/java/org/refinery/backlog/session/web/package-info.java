/**
 * The REST edge of refinement sessions, and their live event stream: participants' dashboards
 * hold a server-sent-events connection per session and reload the session when told that it
 * changed, which is announced only after the change committed.
 */
package org.refinery.backlog.session.web;
