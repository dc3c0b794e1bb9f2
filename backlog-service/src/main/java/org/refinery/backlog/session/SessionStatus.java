package org.refinery.backlog.session;

/** SCHEDULED until the first outcome is recorded, OPEN while refining, CLOSED for good. */
public enum SessionStatus {

	SCHEDULED, OPEN, CLOSED

}
