package org.refinery.backlog.export;

import java.time.Duration;

/** No export can start now: this user, or the service, already runs as many as allowed. */
public class ExportsBusy extends RuntimeException {

	public enum Scope {
		/** This user already runs the most exports one user may: 429. */
		USER,
		/** The service runs as many exports as it allows: 503. */
		SERVICE
	}

	private final Scope scope;

	private final int limit;

	private final Duration retryAfter;

	public ExportsBusy(Scope scope, int limit, Duration retryAfter) {
		super((scope == Scope.USER ? "You already run " + limit + " export(s), the most one user may run at once"
				: "This service already runs " + limit + " export(s), the most it runs at once")
				+ "; try again in " + retryAfter.toSeconds() + " s");
		this.scope = scope;
		this.limit = limit;
		this.retryAfter = retryAfter;
	}

	public Scope scope() {
		return scope;
	}

	public int limit() {
		return limit;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
