/** Presence records in PostgreSQL, shared by every replica of the service. */
package org.refinery.backlog.session.presence.persistence;
