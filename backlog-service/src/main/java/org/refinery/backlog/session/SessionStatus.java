package org.refinery.backlog.session;

/**
 * SCHEDULED until the first outcome is recorded, OPEN while refining, then over for good: CLOSED
 * when it was held, CANCELLED when it was called off.
 */
public enum SessionStatus {

	SCHEDULED, OPEN, CLOSED, CANCELLED;

	public boolean isOver() {
		return this == CLOSED || this == CANCELLED;
	}

}
