package org.refinery.contracts.backlog.sessions;

/**
 * Where a session is: planned, under way (the first recorded outcome opens it), over, or called
 * off before it was closed ({@code CANCELLED}, added within v1).
 */
public enum SessionStatus {

	SCHEDULED, OPEN, CLOSED, CANCELLED

}
