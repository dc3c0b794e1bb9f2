package org.refinery.backlog.session.web;

import java.time.Duration;

/** A stream refused because its caller, or the service, holds as many as allowed. */
class TooManyStreams extends RuntimeException {

	private final String limit;

	private final Duration retryAfter;

	TooManyStreams(String limit, String detail, Duration retryAfter) {
		super(detail);
		this.limit = limit;
		this.retryAfter = retryAfter;
	}

	/** Which cap refused: {@code user-and-session}, {@code user} or {@code total}. */
	String limit() {
		return limit;
	}

	Duration retryAfter() {
		return retryAfter;
	}

}
