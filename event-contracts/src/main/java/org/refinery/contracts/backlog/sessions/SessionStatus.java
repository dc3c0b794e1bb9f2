package org.refinery.contracts.backlog.sessions;

/**
 * Where a session is: planned, under way (the first recorded outcome opens it) or over.
 */
public enum SessionStatus {

	SCHEDULED, OPEN, CLOSED

}
