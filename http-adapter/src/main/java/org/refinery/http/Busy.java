package org.refinery.http;

import java.time.Duration;

/**
 * No more of some bounded work (an export, a forecast, an import) can start now: this user, or
 * the service, already runs as many as {@link Permits} allow. Answered by {@link BusyProblems}:
 * 429 for the user, 503 for the service, both with {@code Retry-After}.
 */
public class Busy extends RuntimeException {

	public enum Scope {
		/** This user already runs the most one user may: 429. */
		USER,
		/** The service runs as many as it allows: 503. */
		SERVICE
	}

	private final Scope scope;

	private final String work;

	private final int limit;

	private final Duration retryAfter;

	/** @param work what is bounded, one word in the singular: {@code export}, {@code forecast} */
	public Busy(Scope scope, String work, int limit, Duration retryAfter) {
		super((scope == Scope.USER ? "You already run " + limit + " " + work + "(s), the most one user may run at once"
				: "This service already runs " + limit + " " + work + "(s), the most it runs at once")
				+ "; try again in " + retryAfter.toSeconds() + " s");
		this.scope = scope;
		this.work = work;
		this.limit = limit;
		this.retryAfter = retryAfter;
	}

	public Scope scope() {
		return scope;
	}

	public String work() {
		return work;
	}

	public int limit() {
		return limit;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/** {@code user-busy} or {@code service-busy}: tells these refusals from the gateway's own rate limit. */
	public String reason() {
		return scope == Scope.USER ? "user-busy" : "service-busy";
	}

	/** {@code Too many exports of yours} or {@code Exports busy}. */
	String title() {
		return scope == Scope.USER ? "Too many " + work + "s of yours"
				: Character.toUpperCase(work.charAt(0)) + work.substring(1) + "s busy";
	}

}
