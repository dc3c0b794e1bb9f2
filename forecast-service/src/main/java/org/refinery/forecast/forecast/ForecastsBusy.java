package org.refinery.forecast.forecast;

import java.time.Duration;

/** No forecast can start now: the service, or this user, already runs as many as allowed. */
public class ForecastsBusy extends RuntimeException {

	public enum Scope {
		/** Every permit of the service is taken: 503. */
		SERVICE,
		/** This user already runs the most forecasts one user may: 429. */
		USER
	}

	private final Scope scope;

	private final int limit;

	private final Duration retryAfter;

	public ForecastsBusy(Scope scope, int limit, Duration retryAfter) {
		super((scope == Scope.USER ? "You already run " + limit + " forecast(s), the most one user may run at once"
				: "This service already runs " + limit + " forecast(s), the most it runs at once")
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
